// libFuzzer target: the `_mta-sts` and `_smtp._tls` TXT parsers (what a zone publishes) must
// never crash, hang or leak; a record they accept is valid, and the record STS Desk would publish
// for it is accepted again with the same content.
//
// Input: the TXT RRs at one name, separated by '\n' (a TXT string can hold any byte; here a
// newline ends an RR, which costs the fuzzer nothing it could not reach otherwise). Both parsers
// read the same RRs, as a discovery run does at two names.
#include "mtasts/StsTxtRecord.h"
#include "mtasts/TlsRptTxtRecord.h"

#include <cstdint>
#include <cstdlib>

using namespace sts::mtasts;

namespace {

void checkProblems(const QList<Problem> &problems, bool haveRecord)
{
    if (haveRecord == hasErrors(problems))
        std::abort(); // a record exactly when there is no error
    for (const Problem &problem : problems) {
        if (problem.code.isEmpty() || problem.message.isEmpty())
            std::abort();
    }
}

void checkSts(const QList<QByteArray> &rrs)
{
    const StsTxtLookup lookup = parseStsTxtRecords(rrs);
    checkProblems(lookup.problems, lookup.record.has_value());
    if (!lookup.record)
        return;
    if (!isValidStsId(lookup.record->id))
        std::abort();
    const StsTxtLookup again = parseStsTxtRecords({lookup.record->toTxt()});
    if (!again.record || again.record->id != lookup.record->id ||
        again.record->extensions != lookup.record->extensions)
        std::abort();
}

void checkTlsRpt(const QList<QByteArray> &rrs)
{
    const TlsRptTxtLookup lookup = parseTlsRptTxtRecords(rrs);
    checkProblems(lookup.problems, lookup.record.has_value());
    if (!lookup.record)
        return;
    if (lookup.record->rua.isEmpty())
        std::abort();
    // The published form percent-encodes what a rua URI must not carry literally, so the URIs
    // may read back encoded, but every one of them must be accepted again.
    const TlsRptTxtLookup again = parseTlsRptTxtRecords({lookup.record->toTxt()});
    if (!again.record || again.record->rua.size() != lookup.record->rua.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> rrs = input.split('\n');
    checkSts(rrs);
    checkTlsRpt(rrs);
    return 0;
}

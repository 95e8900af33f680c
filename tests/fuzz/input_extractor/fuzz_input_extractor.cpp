// libFuzzer target: the input extractor (whatever arrives as a report file or by mail: JSON,
// gzip, zip through libarchive, a mail or an mbox through GMime, nested in any order) must never
// crash, hang, leak or exceed the memory limits of fuzz.conf, and must lose nothing: every
// input ends as documents, rejected pieces (with a reason) or counted mails, or is deferred.
//
// Input: byte 0 bit 0 says whether a mail may carry no report (as in an IMAP folder); the rest is
// the file. The extractor runs with its default limits, as the importer uses it.
#include "tlsrpt/InputExtractor.h"

#include <cstdint>
#include <cstdlib>

using namespace sts::tlsrpt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool mailMayHaveNoReport = (data[0] & 1) != 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const InputExtractor extractor;
    Origin origin;
    origin.path = QStringLiteral("/fuzz/input");
    const Extraction out = extractor.extractBytes(bytes, origin, mailMayHaveNoReport);
    // Deferred: the import's memory budget was spent and the input is read again later.
    if (out.documents.isEmpty() && out.rejected.isEmpty() && out.mailsWithoutReport == 0 &&
        !out.deferred)
        std::abort(); // the input vanished without a trace
    for (const ExtractedDocument &document : out.documents) {
        if (document.json.isEmpty() || document.origin.path != origin.path)
            std::abort();
    }
    for (const RejectedInput &rejected : out.rejected) {
        if (rejected.reason.code.isEmpty() || rejected.reason.message.isEmpty())
            std::abort();
    }
    return 0;
}

// libFuzzer target: ReportParser must never crash, hang or leak on any input, whatever succeeds
// must carry the exact input bytes, and the strict fast path must read every document it accepts
// exactly as the general parser does.
#include "tlsrpt/ReportParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sts::Result<sts::tlsrpt::Report> report = sts::tlsrpt::ReportParser::parse(input);
    if (report.ok() && report->raw != input)
        std::abort();
    const sts::Result<sts::tlsrpt::Report> general = sts::tlsrpt::ReportParser::parseGeneral(input);
    if (report.ok() != general.ok())
        std::abort();
    if (report.ok() ? !(*report == *general) : report.error().code != general.error().code)
        std::abort();
    return 0;
}

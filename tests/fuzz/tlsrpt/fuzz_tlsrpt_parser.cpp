// libFuzzer target: ReportParser must never crash, hang or leak on any input, and whatever
// succeeds must carry the exact input bytes.
#include "tlsrpt/ReportParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const sts::Result<sts::tlsrpt::Report> report = sts::tlsrpt::ReportParser::parse(input);
    if (report.ok() && report->raw != input)
        std::abort();
    return 0;
}

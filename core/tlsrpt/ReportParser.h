#pragma once

#include "tlsrpt/Report.h"
#include "util/Result.h"

namespace sts::tlsrpt {

// RFC 8460 JSON → Report. Lenient where real senders deviate (see SPEC-NOTES “What real senders
// actually send”): every leniency is recorded in Report::warnings. A document that is not a
// report at all is an error that says why. Thread-safe; pure function of its input.
class ReportParser
{
public:
    static Result<Report> parse(const QByteArray &json, const Origin &origin = {});
    // The general path alone, without the strict fast path parse() tries first (for the tests
    // and the fuzz target, which check that both read a document the same way).
    static Result<Report> parseGeneral(const QByteArray &json, const Origin &origin = {});
};

} // namespace sts::tlsrpt

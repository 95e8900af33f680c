#pragma once

#include "tlsrpt/Report.h"

#include <QByteArray>
#include <optional>

namespace sts::tlsrpt {

// The fast path of ReportParser::parse: the report when it is plain RFC 8460 without a single
// deviation, otherwise nothing (and the general parser decides).
std::optional<Report> parseStrictReport(const QByteArray &json, const Origin &origin);

} // namespace sts::tlsrpt

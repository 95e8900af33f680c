#pragma once

#include <QDateTime>
#include <QString>

// Field readings the strict and the general report parser share, so both give the same values.
namespace sts::tlsrpt {

// "2026-01-01T23:59:59Z", what nearly every sender writes, read without the general ISO parser
// (that one dominated parsing). Anything else, or an invalid date or time, returns null and takes
// the general path, which gives the same value for this form.
QDateTime plainUtc(const QString &s);

// A host or domain name as reports give it: trimmed, lower case, without trailing dots.
QString domainName(QString text);

// The largest session count a report may give for one policy or failure detail: 10^12. A count is
// one sender's sessions to one policy domain over the report's range (a day, as senders send),
// and all the e-mail sent in the world in a day is about 3.5 * 10^11 messages, so no real count
// comes near it; a larger one is forged or broken and is read as this bound, with a warning.
// With every count at most 10^12, int64 (9.2 * 10^18) holds the sum of 9.2 million counts at the
// bound: ten years of daily reports from 2,500 senders for one domain, each claiming more than
// the world's mail. (Sums saturate anyway, because nothing bounds how many reports a forger
// sends: see util/Saturating.h.)
inline constexpr qint64 maxSessionCount = 1'000'000'000'000;

} // namespace sts::tlsrpt

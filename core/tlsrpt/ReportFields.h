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

} // namespace sts::tlsrpt

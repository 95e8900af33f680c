#pragma once

#include <QString>
#include <QStringList>

namespace sts::tls {

class Certificate;

// Server identity checks as RFC 6125 and RFC 8461 §4.1 require them for SMTP: the reference
// identity is the MX host name, compared with DNS-ID subjectAltNames only (the subject CN counts
// only when the certificate has no DNS-ID at all), case-insensitively, in A-label form. A wildcard
// is accepted only as the whole left-most label and stands for exactly one label.
namespace NameMatcher {

// "Müller.Example." -> "xn--mller-kva.example"; empty when the name is not a valid host name.
QString normalizeHost(const QString &host);

// True when the presented identifier (a DNS-ID such as "*.example.com") matches `host`.
bool matches(const QString &presentedId, const QString &host);

// The identifiers that count for name checks: DNS-IDs, or the CN when there are none.
QStringList referenceIdentifiers(const Certificate &certificate);

bool certificateMatches(const Certificate &certificate, const QString &host);

} // namespace NameMatcher

} // namespace sts::tls

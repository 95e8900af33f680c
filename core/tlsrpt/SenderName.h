#pragma once

#include <QString>

namespace sts::tlsrpt {

// The organisation behind a report, the way a consultant names it: "Google LLC", "Google Inc." and
// "google.com" are all "Google". Aggregates and the "major senders" rule group by this name.
QString normalizedSenderName(const QString &organizationName);

} // namespace sts::tlsrpt

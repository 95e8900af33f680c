#pragma once

#include <QDateTime>
#include <QString>

namespace sts {

// The one textual form STS Desk stores and exchanges timestamps in: RFC 3339, UTC, milliseconds,
// "2026-11-29T11:17:45.000Z". It sorts lexicographically, which the storage layer relies on.
QString toIsoUtc(const QDateTime &at);
QDateTime fromIsoUtc(const QString &text);

} // namespace sts

#pragma once

#include "tls/Certificate.h"

#include <QDateTime>
#include <QString>

namespace sts::tls {

// How close a certificate is to its notAfter, in the alert steps the product uses (30/14/7 days).
enum class ExpiryLevel { Fine, Within30Days, Within14Days, Within7Days, Expired };

QString toKey(ExpiryLevel level); // "fine", "30-days", "14-days", "7-days", "expired"

struct ExpiryStatus
{
    qint64 daysLeft = 0; // whole days until notAfter; negative once expired
    ExpiryLevel level = ExpiryLevel::Fine;
    QString describe() const; // translated one-liner for lists and alerts
};

ExpiryStatus expiryStatus(const Certificate &certificate, const QDateTime &now);

} // namespace sts::tls

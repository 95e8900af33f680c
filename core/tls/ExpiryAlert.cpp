#include "tls/ExpiryAlert.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::tls {

QString toKey(ExpiryLevel level)
{
    switch (level) {
    case ExpiryLevel::Fine:
        return u"fine"_s;
    case ExpiryLevel::Within30Days:
        return u"30-days"_s;
    case ExpiryLevel::Within14Days:
        return u"14-days"_s;
    case ExpiryLevel::Within7Days:
        return u"7-days"_s;
    case ExpiryLevel::Expired:
        return u"expired"_s;
    }
    return {};
}

QString ExpiryStatus::describe() const
{
    if (level == ExpiryLevel::Expired)
        return QCoreApplication::translate("sts::tls::ExpiryStatus", "expired %n day(s) ago",
                                           nullptr, int(-daysLeft));
    return QCoreApplication::translate("sts::tls::ExpiryStatus", "expires in %n day(s)", nullptr,
                                       int(daysLeft));
}

ExpiryStatus expiryStatus(const Certificate &certificate, const QDateTime &now)
{
    ExpiryStatus status;
    status.daysLeft = certificate.daysUntilExpiry(now);
    if (now >= certificate.notAfter())
        status.level = ExpiryLevel::Expired;
    else if (status.daysLeft <= 7)
        status.level = ExpiryLevel::Within7Days;
    else if (status.daysLeft <= 14)
        status.level = ExpiryLevel::Within14Days;
    else if (status.daysLeft <= 30)
        status.level = ExpiryLevel::Within30Days;
    return status;
}

} // namespace sts::tls

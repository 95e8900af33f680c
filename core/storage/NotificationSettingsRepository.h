#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <memory>

namespace sts::storage {

// The desk's mail settings as stored (migration 0020). No password, ever.
struct StoredNotificationSettings
{
    QString smtpHost;
    int smtpPort = 587;
    QString smtpUser;
    QString from;
    QString caFile;
    QString criticalAddress;
    QString language = QStringLiteral("en"); // "en" or "de"
    // consultant -> digest address; "" is the address for consultants without their own
    QMap<QString, QString> digestAddresses;
};

// Reads and writes notification_settings, digest_recipients and weekly_recipients; validation
// and the event log are services::Notifications'.
class NotificationSettingsRepository
{
public:
    explicit NotificationSettingsRepository(std::shared_ptr<const Database> database);

    Result<StoredNotificationSettings> get() const;
    // Replaces everything; call inside a transaction.
    Status put(const StoredNotificationSettings &settings);

    Result<QStringList> weeklyRecipients(qint64 engagementId) const;
    // Empty `addresses` removes the engagement's weekly summary.
    Status setWeeklyRecipients(qint64 engagementId, const QStringList &addresses);
    // Every engagement with recipients, ascending.
    Result<QList<qint64>> weeklyEngagements() const;
    Status markWeeklySent(qint64 engagementId, const QDateTime &at);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

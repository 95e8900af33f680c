#pragma once

#include "secrets/SecretStore.h"
#include "services/ServiceContext.h"
#include "storage/MonitorRuns.h"
#include "storage/NotificationSettingsRepository.h"

#include <optional>

namespace sts {

using NotificationSettingsData = storage::StoredNotificationSettings;
using MonitorRunInfo = storage::MonitorRun;

// Where the SMTP submission password lives in the desktop keychain (never in the workspace or
// the settings): one entry per user and server.
secrets::SecretKey smtpPasswordKey(const NotificationSettingsData &settings);

// The door to the mail settings and to what the settings show about monitoring: checks what was
// typed (addresses, port, language) before it is stored. Passwords are never part of it.
class NotificationSettings
{
public:
    explicit NotificationSettings(ServiceContext context);

    Result<NotificationSettingsData> get() const;
    // Errors: notify.address, notify.port, notify.language, SQL.
    Status save(const NotificationSettingsData &settings);

    Result<QStringList> weeklyRecipients(qint64 engagementId) const;
    Status setWeeklyRecipients(qint64 engagementId, const QStringList &addresses);

    // When monitoring last ran and what it found; none when it never ran.
    Result<std::optional<MonitorRunInfo>> lastMonitorRun() const;

    static bool isAddress(const QString &address);

private:
    ServiceContext m_ctx;
};

} // namespace sts

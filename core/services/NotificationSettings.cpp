#include "services/NotificationSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts {

secrets::SecretKey smtpPasswordKey(const NotificationSettingsData &settings)
{
    return {QStringLiteral("stsdesk-smtp"), QStringLiteral("%1@%2:%3")
                                                .arg(settings.smtpUser, settings.smtpHost.toLower())
                                                .arg(settings.smtpPort)};
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::NotificationSettings", text);
}

NotificationSettings::NotificationSettings(ServiceContext context) : m_ctx(std::move(context)) {}

bool NotificationSettings::isAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.?[^@\\s<>,;\"]*$"_s);
    return pattern.match(address).hasMatch();
}

static Status checkAddress(const QString &address, bool optional)
{
    if ((optional && address.isEmpty()) || NotificationSettings::isAddress(address))
        return {};
    return Error{u"notify.address"_s, QCoreApplication::translate("sts::NotificationSettings",
                                                                  "“%1” is not a mail address.")
                                          .arg(address)};
}

Result<NotificationSettingsData> NotificationSettings::get() const
{
    return storage::NotificationSettingsRepository(m_ctx.database).get();
}

Status NotificationSettings::save(const NotificationSettingsData &s)
{
    for (const QString &address : {s.from, s.criticalAddress})
        if (Status ok = checkAddress(address, true); !ok)
            return ok;
    for (const QString &address : s.digestAddresses)
        if (Status ok = checkAddress(address, false); !ok)
            return ok;
    if (s.smtpPort <= 0 || s.smtpPort > 65535)
        return Error{u"notify.port"_s, tr("%1 is not a port.").arg(s.smtpPort)};
    if (s.language != u"en"_s && s.language != u"de"_s)
        return Error{u"notify.language"_s,
                     tr("The mail language must be “en” or “de”, not “%1”.").arg(s.language)};
    return m_ctx.database->inTransaction(
        [&] { return storage::NotificationSettingsRepository(m_ctx.database).put(s); });
}

Result<QStringList> NotificationSettings::weeklyRecipients(qint64 engagementId) const
{
    return storage::NotificationSettingsRepository(m_ctx.database).weeklyRecipients(engagementId);
}

Status NotificationSettings::setWeeklyRecipients(qint64 engagementId, const QStringList &addresses)
{
    for (const QString &address : addresses)
        if (Status ok = checkAddress(address, false); !ok)
            return ok;
    return storage::NotificationSettingsRepository(m_ctx.database)
        .setWeeklyRecipients(engagementId, addresses);
}

Result<std::optional<MonitorRunInfo>> NotificationSettings::lastMonitorRun() const
{
    return storage::MonitorRuns(m_ctx.database).latest();
}

} // namespace sts

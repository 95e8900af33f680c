#include "storage/NotificationSettingsRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::NotificationSettingsRepository", text);
}

NotificationSettingsRepository::NotificationSettingsRepository(
    std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<StoredNotificationSettings> NotificationSettingsRepository::get() const
{
    const QString what = tr("reading the notification settings");
    StoredNotificationSettings out;
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT name, value FROM notification_settings"_s))
        return Database::sqlError(q.lastError(), what);
    while (q.next()) {
        const QString name = q.value(0).toString(), value = q.value(1).toString();
        if (name == u"smtp.host"_s)
            out.smtpHost = value;
        else if (name == u"smtp.port"_s)
            out.smtpPort = value.toInt();
        else if (name == u"smtp.user"_s)
            out.smtpUser = value;
        else if (name == u"smtp.from"_s)
            out.from = value;
        else if (name == u"smtp.ca-file"_s)
            out.caFile = value;
        else if (name == u"critical.address"_s)
            out.criticalAddress = value;
        else if (name == u"language"_s)
            out.language = value;
    }
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    if (!q.exec(u"SELECT consultant, address FROM digest_recipients"_s))
        return Database::sqlError(q.lastError(), what);
    while (q.next())
        out.digestAddresses.insert(q.value(0).toString(), q.value(1).toString());
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Status NotificationSettingsRepository::put(const StoredNotificationSettings &s)
{
    const QString what = tr("saving the notification settings");
    QSqlQuery q(m_db->sql());
    for (const QString &table : {u"notification_settings"_s, u"digest_recipients"_s})
        if (!q.exec(u"DELETE FROM "_s + table))
            return Database::sqlError(q.lastError(), what);
    const QList<QPair<QString, QString>> values{
        {u"smtp.host"_s, s.smtpHost},  {u"smtp.port"_s, QString::number(s.smtpPort)},
        {u"smtp.user"_s, s.smtpUser},  {u"smtp.from"_s, s.from},
        {u"smtp.ca-file"_s, s.caFile}, {u"critical.address"_s, s.criticalAddress},
        {u"language"_s, s.language}};
    q.prepare(u"INSERT INTO notification_settings (name, value) VALUES (?, ?)"_s);
    for (const auto &[name, value] : values) {
        q.addBindValue(name);
        q.addBindValue(Database::nonNull(value));
        if (!q.exec())
            return Database::sqlError(q.lastError(), what);
    }
    q.prepare(u"INSERT INTO digest_recipients (consultant, address) VALUES (?, ?)"_s);
    for (auto it = s.digestAddresses.cbegin(); it != s.digestAddresses.cend(); ++it) {
        q.addBindValue(Database::nonNull(it.key()));
        q.addBindValue(Database::nonNull(it.value()));
        if (!q.exec())
            return Database::sqlError(q.lastError(), what);
    }
    return {};
}

Result<QStringList> NotificationSettingsRepository::weeklyRecipients(qint64 engagementId) const
{
    const QString what = tr("reading the weekly summary recipients");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT addresses FROM weekly_recipients WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    if (!*row)
        return QStringList();
    return q.value(0).toString().split(u',', Qt::SkipEmptyParts);
}

Status NotificationSettingsRepository::setWeeklyRecipients(qint64 engagementId,
                                                           const QStringList &addresses)
{
    const QString what = tr("saving the weekly summary recipients");
    QSqlQuery q(m_db->sql());
    if (addresses.isEmpty()) {
        q.prepare(u"DELETE FROM weekly_recipients WHERE engagement_id = ?"_s);
        q.addBindValue(engagementId);
    } else {
        q.prepare(u"INSERT INTO weekly_recipients (engagement_id, addresses) VALUES (?, ?) "
                  "ON CONFLICT (engagement_id) DO UPDATE SET addresses = excluded.addresses"_s);
        q.addBindValue(engagementId);
        q.addBindValue(addresses.join(u','));
    }
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    return {};
}

Result<QList<qint64>> NotificationSettingsRepository::weeklyEngagements() const
{
    const QString what = tr("reading the weekly summary recipients");
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT w.engagement_id FROM weekly_recipients w JOIN engagements e ON "
                "e.id = w.engagement_id WHERE e.archived = 0 ORDER BY w.engagement_id"_s))
        return Database::sqlError(q.lastError(), what);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Status NotificationSettingsRepository::markWeeklySent(qint64 engagementId, const QDateTime &at)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"UPDATE weekly_recipients SET last_sent_at = ? WHERE engagement_id = ?"_s);
    q.addBindValue(toIsoUtc(at));
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("recording the weekly summary"));
    return {};
}

} // namespace sts::storage

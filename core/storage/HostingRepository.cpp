#include "storage/HostingRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::HostingRepository", text);
}

static QVariant nullableTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(toIsoUtc(at)) : QVariant(QMetaType(QMetaType::QString));
}

HostingRepository::HostingRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<QString> HostingRepository::setting(const QString &name) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT value FROM hosting_settings WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading the policy host settings"));
    return q.next() ? q.value(0).toString() : QString();
}

Status HostingRepository::setSetting(const QString &name, const QString &value, const QDateTime &at)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO hosting_settings (name, value, updated_at) VALUES (?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
              "updated_at = excluded.updated_at"_s);
    for (const QVariant &v : QVariantList{name, Database::nonNull(value), toIsoUtc(at)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("saving the policy host settings"));
    return {};
}

Result<QList<HostedSiteRow>> HostingRepository::sites() const
{
    const QString what = tr("reading the hosted policy sites");
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT engagement_id, domain, policy_id, mode, max_age, mx, synced_at, "
                "retire_policy_id, retire_started_at, retire_until FROM hosted_sites "
                "ORDER BY domain"_s))
        return Database::sqlError(q.lastError(), what);
    QList<HostedSiteRow> out;
    while (q.next()) {
        HostedSiteRow row;
        row.engagementId = q.value(0).toLongLong();
        row.domain = q.value(1).toString();
        row.policyId = q.value(2).toString();
        row.mode = q.value(3).toString();
        row.maxAge = q.value(4).toLongLong();
        for (const QJsonValue &mx : QJsonDocument::fromJson(q.value(5).toByteArray()).array())
            row.mx << mx.toString();
        row.syncedAt = fromIsoUtc(q.value(6).toString());
        row.retirePolicyId = q.value(7).toString();
        row.retireStartedAt = fromIsoUtc(q.value(8).toString());
        row.retireUntil = fromIsoUtc(q.value(9).toString());
        out << row;
    }
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Status HostingRepository::putSite(const HostedSiteRow &row)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO hosted_sites (engagement_id, domain, policy_id, mode, max_age, mx, "
              "synced_at, retire_policy_id, retire_started_at, retire_until) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (engagement_id) DO UPDATE SET "
              "domain = excluded.domain, policy_id = excluded.policy_id, mode = excluded.mode, "
              "max_age = excluded.max_age, mx = excluded.mx, synced_at = excluded.synced_at, "
              "retire_policy_id = excluded.retire_policy_id, "
              "retire_started_at = excluded.retire_started_at, "
              "retire_until = excluded.retire_until"_s);
    const QString mx = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(row.mx)).toJson(QJsonDocument::Compact));
    for (const QVariant &v :
         QVariantList{row.engagementId, row.domain, row.policyId, row.mode, row.maxAge, mx,
                      toIsoUtc(row.syncedAt),
                      row.retiring() ? QVariant(row.retirePolicyId)
                                     : QVariant(QMetaType(QMetaType::QString)),
                      nullableTime(row.retireStartedAt), nullableTime(row.retireUntil)})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("saving a hosted policy site"));
    return {};
}

Status HostingRepository::removeSite(qint64 engagementId)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"DELETE FROM hosted_sites WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("removing a hosted policy site"));
    return {};
}

} // namespace sts::storage

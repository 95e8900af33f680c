#include "storage/MonitorLeases.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::MonitorLeases", text);
}

MonitorLeases::MonitorLeases(std::shared_ptr<const Database> database) : m_db(std::move(database))
{}

QString MonitorLeases::makeHolder()
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate(), 8, 16, QChar(u'0'));
}

Result<bool> MonitorLeases::take(qint64 engagementId, const QString &holder, const QDateTime &now,
                                 qint64 durationMs)
{
    // One statement decides: the row is written only when there was none, when the old lease
    // expired, or when it is the holder's own. ISO UTC text compares like the times it spells.
    // SQLite has the upsert syntax since 3.24, PostgreSQL since 9.5.
    QSqlQuery query(m_db->sql());
    query.prepare(
        u"INSERT INTO monitor_leases (engagement_id, holder, expires_at) VALUES (?, ?, ?) "
        "ON CONFLICT (engagement_id) DO UPDATE SET holder = excluded.holder, "
        "expires_at = excluded.expires_at WHERE monitor_leases.expires_at < ? "
        "OR monitor_leases.holder = excluded.holder"_s);
    query.addBindValue(engagementId);
    query.addBindValue(holder);
    query.addBindValue(toIsoUtc(now.addMSecs(durationMs)));
    query.addBindValue(toIsoUtc(now));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("taking a monitoring lease"));
    return query.numRowsAffected() > 0;
}

Status MonitorLeases::release(const QList<qint64> &engagementIds, const QString &holder)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery query(m_db->sql());
        query.prepare(u"DELETE FROM monitor_leases WHERE engagement_id = ? AND holder = ?"_s);
        for (qint64 id : engagementIds) {
            query.bindValue(0, id);
            query.bindValue(1, holder);
            if (!query.exec())
                return Database::sqlError(query.lastError(), tr("releasing a monitoring lease"));
        }
        return {};
    });
}

Result<std::optional<QString>> MonitorLeases::currentHolder(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT holder FROM monitor_leases WHERE engagement_id = ?"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading a monitoring lease"));
    Result<bool> row = Database::nextRow(query, tr("reading a monitoring lease"));
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace sts::storage

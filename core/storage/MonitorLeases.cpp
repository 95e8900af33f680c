#include "storage/MonitorLeases.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
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

Status MonitorLeases::release(qint64 engagementId, const QString &holder)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"DELETE FROM monitor_leases WHERE engagement_id = ? AND holder = ?"_s);
    query.addBindValue(engagementId);
    query.addBindValue(holder);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("releasing a monitoring lease"));
    return {};
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

MonitorRuns::MonitorRuns(std::shared_ptr<const Database> database) : m_db(std::move(database)) {}

Result<qint64> MonitorRuns::start(const QString &holder, const QDateTime &at)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO monitor_runs (holder, started_at) VALUES (?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    query.addBindValue(holder);
    query.addBindValue(toIsoUtc(at));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("recording a monitor run"));
    if (m_db->isPostgres()) {
        Result<bool> row = Database::nextRow(query, tr("recording a monitor run"));
        if (!row)
            return row.error();
        return *row ? query.value(0).toLongLong() : qint64(0);
    }
    return query.lastInsertId().toLongLong();
}

Status MonitorRuns::finish(const MonitorRun &run)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"UPDATE monitor_runs SET finished_at = ?, engagements = ?, opened = ?, "
                  "resolved = ?, summary = ? WHERE id = ?"_s);
    query.addBindValue(toIsoUtc(run.finishedAt));
    query.addBindValue(run.engagements);
    query.addBindValue(run.opened);
    query.addBindValue(run.resolved);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(run.summary).toJson(QJsonDocument::Compact)));
    query.addBindValue(run.id);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("recording a monitor run"));
    return {};
}

Result<std::optional<MonitorRun>> MonitorRuns::latest() const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, holder, started_at, finished_at, engagements, opened, resolved, "
                  "summary FROM monitor_runs ORDER BY started_at DESC, id DESC LIMIT 1"_s);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading monitor runs"));
    Result<bool> row = Database::nextRow(query, tr("reading monitor runs"));
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<MonitorRun>();
    MonitorRun run;
    run.id = query.value(0).toLongLong();
    run.holder = query.value(1).toString();
    run.startedAt = fromIsoUtc(query.value(2).toString());
    if (!query.value(3).isNull())
        run.finishedAt = fromIsoUtc(query.value(3).toString());
    run.engagements = query.value(4).toInt();
    run.opened = query.value(5).toInt();
    run.resolved = query.value(6).toInt();
    run.summary = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    return std::optional<MonitorRun>(run);
}

} // namespace sts::storage

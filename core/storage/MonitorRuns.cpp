#include "storage/MonitorRuns.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::MonitorRuns", text);
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

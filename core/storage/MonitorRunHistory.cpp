#include "storage/MonitorRunHistory.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

MonitorRunHistory::MonitorRunHistory(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<std::optional<MonitorRunRow>> MonitorRunHistory::latest() const
{
    const QString what =
        QCoreApplication::translate("sts::storage::MonitorRunHistory", "reading the monitor runs");
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT started_at, finished_at, engagements, opened, resolved FROM "
                "monitor_runs ORDER BY started_at DESC, id DESC LIMIT 1"_s))
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<MonitorRunRow>();
    return std::optional<MonitorRunRow>(
        MonitorRunRow{fromIsoUtc(q.value(0).toString()), fromIsoUtc(q.value(1).toString()),
                      q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
}

} // namespace sts::storage

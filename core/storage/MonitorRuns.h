#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace sts::storage {

// One row of monitor_runs (migration 0017): when monitoring ran and what it found.
struct MonitorRun
{
    qint64 id = 0;
    QString holder;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running (or when the run died)
    int engagements = 0;
    int opened = 0;
    int resolved = 0;
    QJsonObject summary;
};

class MonitorRuns
{
public:
    explicit MonitorRuns(std::shared_ptr<const Database> database);

    Result<qint64> start(const QString &holder, const QDateTime &at);
    Status finish(const MonitorRun &run);
    // The newest run, finished or not.
    Result<std::optional<MonitorRun>> latest() const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

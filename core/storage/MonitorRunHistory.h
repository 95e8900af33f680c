#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <memory>
#include <optional>

namespace sts::storage {

// One row of monitor_runs (migration 0017), as the settings show it.
struct MonitorRunRow
{
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running, or when the run died
    int engagements = 0;
    int opened = 0;
    int resolved = 0;
};

// Reads what the monitor recorded about its runs; the monitor writes them.
class MonitorRunHistory
{
public:
    explicit MonitorRunHistory(std::shared_ptr<const Database> database);
    // The latest run, none when monitoring never ran.
    Result<std::optional<MonitorRunRow>> latest() const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

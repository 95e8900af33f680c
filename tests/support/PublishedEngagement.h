#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::test {

// A SQLite workspace at `sqlitePath` with one engagement (created 2026-06-01 08:00 UTC) and a
// published testing policy for `mxHost`: enough for `runbook` and `bundle` to write something.
// Returns the engagement id, or 0 with `error` set.
qint64 seedPublishedEngagement(const QString &sqlitePath, const QString &customer,
                               const QString &domain, const QString &mxHost, QString &error);

// Stores a testing policy for `mxHost`, made and marked published at `clock`'s now (a live
// version, as RolloutService::startTesting requires). Returns its policy id.
Result<QString> publishTestingPolicy(const std::shared_ptr<storage::Database> &db,
                                     qint64 engagementId, const std::shared_ptr<const Clock> &clock,
                                     const QString &mxHost);

} // namespace sts::test

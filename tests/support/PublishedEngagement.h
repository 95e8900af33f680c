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

} // namespace sts::test

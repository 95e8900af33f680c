#pragma once

#include "mtasts/Policy.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::test {

// Stores a policy version `id` of `mode` (mx `mxPattern`) and marks it live at `at`,
// as services::PolicyVersions::publish does after a passing verification: the rollout's phase
// changes name a live version (RolloutService::requireLive). False when storing failed.
bool makeLivePolicy(const std::shared_ptr<storage::Database> &db, qint64 engagementId,
                    const QString &id, mtasts::PolicyMode mode, const QDateTime &at,
                    const QString &mxPattern = QStringLiteral("mx1.example"));

// The same for a testing policy whose id is `clock`'s now (as PolicyGenerator makes it), for
// `mxHost`. Returns its id.
Result<QString> publishTestingPolicy(const std::shared_ptr<storage::Database> &db,
                                     qint64 engagementId, const std::shared_ptr<const Clock> &clock,
                                     const QString &mxHost);

} // namespace sts::test

#pragma once

#include "mtasts/Policy.h"

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

} // namespace sts::test

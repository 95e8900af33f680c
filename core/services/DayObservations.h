#pragma once

#include "engagement/RolloutRules.h"
#include "storage/PolicyRepository.h"
#include "tlsrpt/ReportAggregates.h"
#include "util/Result.h"

#include <QDate>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts {

// What the imported reports say per UTC day and sender about one engagement, from `from` to `to`
// (inclusive): the input of RolloutRules, read the same way for the rollout status and the
// timeline. Each observation says whether the sender applied the policy version live that day
// (its `sts` results' policy-string compared, parsed, with the published versions).
Result<QList<DayObservation>>
loadDayObservations(const std::shared_ptr<const storage::Database> &db, qint64 engagementId,
                    const QDate &from, const QDate &to);

// The same from rows already read (the portfolio reads them for many engagements in one query):
// one engagement's applied-policy summaries and failure breakdown, and its policy versions.
QList<DayObservation> buildDayObservations(const QList<tlsrpt::AppliedPolicySummary> &summaries,
                                           const QList<tlsrpt::FailureBreakdown> &failures,
                                           const QList<storage::StoredPolicyVersion> &versions);

} // namespace sts

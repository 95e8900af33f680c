#pragma once

#include "storage/Database.h"
#include "tlsrpt/ReportAggregates.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <memory>

namespace sts::tlsrpt {

// Read-only queries over imported reports: the aggregates (each one indexed GROUP BY) and the
// failure details behind them as sent.
class Aggregator
{
public:
    explicit Aggregator(std::shared_ptr<const storage::Database> database);

    Result<QList<DailySummary>> dailySummaries(const AggregateFilter &filter) const;
    Result<QList<AppliedPolicySummary>> appliedPolicies(const AggregateFilter &filter) const;
    Result<QList<FailureBreakdown>> failureBreakdown(const AggregateFilter &filter) const;
    // The last UTC day each sender reported on for the engagement (any policy type).
    Result<QMap<QString, QDate>> lastReportDays(qint64 engagementId) const;
    // The failure details of one engagement, ungrouped: by day, largest failed count first, at
    // most `limit` rows.
    Result<QList<FailureDetailRow>> failureDetails(const FailureDetailFilter &filter,
                                                   int limit) const;

private:
    std::shared_ptr<const storage::Database> m_db;
};

} // namespace sts::tlsrpt

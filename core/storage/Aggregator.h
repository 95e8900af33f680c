#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <memory>

namespace sts::tlsrpt {

// Which reports to aggregate: one engagement's (by id) or one policy domain's, optionally a range
// of UTC days (inclusive; a report counts on the UTC day its date range starts).
struct AggregateFilter
{
    qint64 engagementId = 0;
    QString policyDomain; // when engagementId is 0: the unassigned reports of this domain
    QDate from;
    QDate to;
};

// Sessions per UTC day × sender × policy type, from the per-policy summaries.
struct DailySummary
{
    QDate day;
    QString sender; // normalised ("Google")
    QString policyType;
    int reports = 0;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
};

// Failed sessions per UTC day × sender × policy type × result type × receiving MX × sending IP.
struct FailureBreakdown
{
    QDate day;
    QString sender;
    QString policyType;
    QString resultType; // RFC name or "other: <name>"
    QString receivingMx;
    QString sendingIp;
    qint64 failedSessions = 0;
};

// Read-only aggregate queries over imported reports; each is one indexed GROUP BY.
class Aggregator
{
public:
    explicit Aggregator(std::shared_ptr<const storage::Database> database);

    Result<QList<DailySummary>> dailySummaries(const AggregateFilter &filter) const;
    Result<QList<FailureBreakdown>> failureBreakdown(const AggregateFilter &filter) const;

private:
    std::shared_ptr<const storage::Database> m_db;
};

} // namespace sts::tlsrpt

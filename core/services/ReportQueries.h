#pragma once

#include "services/ServiceContext.h"
#include "tlsrpt/ReportAggregates.h"
#include "tlsrpt/StoredReports.h"

#include <QList>

namespace sts::tlsrpt {

// Everything the Reports view shows for one engagement, before its filters are applied.
struct ReportsOverview
{
    qint64 engagementId = 0;
    QList<DailySummary> days;
    QList<FailureBreakdown> failures;
    QList<QuarantineEntry> quarantine; // workspace-wide: an unreadable input has no domain
    QList<ReportConflict> conflicts;   // of this engagement, counted in none of the above
    QString error;                     // the first part that could not be read, if any
};

// What the workspace knows about its TLS reports, read only: the aggregates, the failure details
// behind them, the stored reports one by one, the conflicts and the quarantine. The Reports view
// and `stsdesk-cli report` read through it. Use it on the thread of the context's connection.
class ReportQueries
{
public:
    explicit ReportQueries(ServiceContext context);

    // What could be read, with the first error in `error` when a part failed.
    ReportsOverview overview(qint64 engagementId) const;
    // Ungrouped, by day and largest failed count first, at most `limit` rows.
    Result<QList<FailureDetailRow>> failureDetails(const FailureDetailFilter &filter,
                                                   int limit = 5000) const;
    Result<QList<StoredReportInfo>> storedReports(const StoredReportFilter &filter) const;
    // One report with its raw JSON, policy domains, warnings and engagements.
    Result<StoredReportInfo> storedReport(qint64 reportRow) const;
    // Open conflicts; with an engagement id only those that concern it.
    Result<QList<ReportConflict>> conflicts(qint64 engagementId = 0) const;
    Result<ReportConflict> conflictOf(qint64 reportRow) const;
    Result<ReportVersion> version(qint64 versionId) const;
    Result<QList<QuarantineEntry>> quarantine() const;

private:
    ServiceContext m_context;
};

} // namespace sts::tlsrpt

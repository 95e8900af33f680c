#include "services/ReportQueries.h"

#include "storage/Aggregator.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportRepository.h"
#include "storage/ReportVersions.h"

namespace sts::tlsrpt {

ReportQueries::ReportQueries(ServiceContext context) : m_context(std::move(context)) {}

ReportsOverview ReportQueries::overview(qint64 engagementId) const
{
    ReportsOverview data;
    data.engagementId = engagementId;
    AggregateFilter filter;
    filter.engagementId = engagementId;
    const Aggregator aggregator(m_context.database);
    Result<QList<DailySummary>> days = aggregator.dailySummaries(filter);
    Result<QList<FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    Result<QList<QuarantineEntry>> quarantined = quarantine();
    Result<QList<ReportConflict>> conflicting = conflicts(engagementId);
    if (days)
        data.days = *days;
    if (failures)
        data.failures = *failures;
    if (quarantined)
        data.quarantine = *quarantined;
    if (conflicting)
        data.conflicts = *conflicting;
    for (const Error *error :
         {days ? nullptr : &days.error(), failures ? nullptr : &failures.error(),
          quarantined ? nullptr : &quarantined.error(),
          conflicting ? nullptr : &conflicting.error()}) {
        if (error && data.error.isEmpty())
            data.error = error->message;
    }
    return data;
}

Result<QList<FailureDetailRow>> ReportQueries::failureDetails(const FailureDetailFilter &filter,
                                                              int limit) const
{
    return Aggregator(m_context.database).failureDetails(filter, limit);
}

Result<QList<StoredReportInfo>> ReportQueries::storedReports(const StoredReportFilter &filter) const
{
    return storage::ReportCatalog(m_context.database).list(filter);
}

Result<StoredReportInfo> ReportQueries::storedReport(qint64 reportRow) const
{
    return storage::ReportCatalog(m_context.database).get(reportRow);
}

Result<QList<ReportConflict>> ReportQueries::conflicts(qint64 engagementId) const
{
    return storage::ReportVersions(m_context.database).conflicts(engagementId);
}

Result<ReportConflict> ReportQueries::conflictOf(qint64 reportRow) const
{
    return storage::ReportVersions(m_context.database).conflictOf(reportRow);
}

Result<ReportVersion> ReportQueries::version(qint64 versionId) const
{
    return storage::ReportVersions(m_context.database).version(versionId);
}

Result<QList<QuarantineEntry>> ReportQueries::quarantine() const
{
    return storage::ReportRepository(m_context.database).quarantined();
}

} // namespace sts::tlsrpt

#include "reports/ReportsLoader.h"

#include "mainwindow/Workspace.h"

namespace sts::ui {

static FailureDetailsResult details(const storage::Database &database,
                                    const FailureDetailFilter &filter)
{
    FailureDetailsResult result{filter, {}, {}};
    Result<QList<FailureDetail>> rows = loadFailureDetails(database, filter);
    if (rows)
        result.rows = *rows;
    else
        result.error = rows.error().message;
    return result;
}

static StoredReportsResult reports(const storage::Database &database,
                                   const storage::StoredReportFilter &filter)
{
    StoredReportsResult result{filter, {}, {}};
    // The catalog needs a shared_ptr; this one does not own the caller's connection.
    const std::shared_ptr<const storage::Database> db(&database, [](const storage::Database *) {});
    Result<QList<storage::StoredReportInfo>> list = storage::ReportCatalog(db).list(filter);
    if (list)
        result.reports = *list;
    else
        result.error = list.error().message;
    return result;
}

ReportsLoader::ReportsLoader(QObject *parent)
    : QObject(parent), m_load(
                           this, &ReportsLoader::query,
                           [](qint64 engagementId, const QString &error) {
                               ReportsData data;
                               data.engagementId = engagementId;
                               data.error = error;
                               return data;
                           },
                           [this](const ReportsData &data) { Q_EMIT loaded(data); }),
      m_details(
          this, &details,
          [](const FailureDetailFilter &filter, const QString &error) {
              return FailureDetailsResult{filter, {}, error};
          },
          [this](const FailureDetailsResult &result) { Q_EMIT detailsLoaded(result); }),
      m_reports(
          this, &reports,
          [](const storage::StoredReportFilter &filter, const QString &error) {
              return StoredReportsResult{filter, {}, error};
          },
          [this](const StoredReportsResult &result) { Q_EMIT reportsLoaded(result); })
{}

ReportsLoader::~ReportsLoader() = default;

bool ReportsLoader::isBusy() const
{
    return m_load.isBusy() || m_details.isBusy() || m_reports.isBusy();
}

void ReportsLoader::load(qint64 engagementId)
{
    if (m_workspace)
        m_load.request(m_workspace->databasePtr(), engagementId);
}

void ReportsLoader::loadDetails(const FailureDetailFilter &filter)
{
    if (m_workspace)
        m_details.request(m_workspace->databasePtr(), filter);
}

void ReportsLoader::loadReports(const storage::StoredReportFilter &filter)
{
    if (m_workspace)
        m_reports.request(m_workspace->databasePtr(), filter);
}

ReportsData ReportsLoader::query(const storage::Database &database, qint64 engagementId)
{
    ReportsData data;
    data.engagementId = engagementId;
    // The Aggregator needs a shared_ptr; this one does not own the caller's connection.
    const std::shared_ptr<const storage::Database> db(&database, [](const storage::Database *) {});
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    const tlsrpt::Aggregator aggregator(db);
    Result<QList<tlsrpt::DailySummary>> days = aggregator.dailySummaries(filter);
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    Result<QList<storage::QuarantineEntry>> quarantine =
        storage::ReportRepository(db).quarantined();
    Result<QList<storage::ReportConflict>> conflicts =
        storage::ReportVersions(db).conflicts(engagementId);
    if (days)
        data.days = *days;
    if (failures)
        data.failures = *failures;
    if (quarantine)
        data.quarantine = *quarantine;
    if (conflicts)
        data.conflicts = *conflicts;
    for (const Error *error :
         {days ? nullptr : &days.error(), failures ? nullptr : &failures.error(),
          quarantine ? nullptr : &quarantine.error(), conflicts ? nullptr : &conflicts.error()}) {
        if (error && data.error.isEmpty())
            data.error = error->message;
    }
    return data;
}

} // namespace sts::ui

#pragma once

#include "reports/FailureDetails.h"
#include "reports/LatestQuery.h"
#include "storage/Aggregator.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportRepository.h"
#include "storage/ReportVersions.h"

#include <QObject>

namespace sts::ui {

class Workspace;

// Everything the Reports view shows for one engagement, before its filters are applied.
struct ReportsData
{
    qint64 engagementId = 0;
    QList<tlsrpt::DailySummary> days;
    QList<tlsrpt::FailureBreakdown> failures;
    QList<storage::QuarantineEntry> quarantine; // workspace-wide: an unreadable input has no domain
    QList<storage::ReportConflict> conflicts;   // of this engagement, counted in none of the above
    QString error;
};

struct FailureDetailsResult
{
    FailureDetailFilter filter;
    QList<FailureDetail> rows;
    QString error;
};

struct StoredReportsResult
{
    storage::StoredReportFilter filter;
    QList<storage::StoredReportInfo> reports;
    QString error;
};

// Runs the Reports view's queries on the thread pool (see LatestQuery): the aggregates of an
// engagement, a drill-down's failure details and the list of stored reports.
class ReportsLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReportsLoader(QObject *parent = nullptr);
    ~ReportsLoader() override;

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void load(qint64 engagementId);
    void loadDetails(const FailureDetailFilter &filter);
    void loadReports(const storage::StoredReportFilter &filter);
    bool isBusy() const;

    // The same queries on the calling thread's connection (the benchmark, the CLI-like callers).
    static ReportsData query(const storage::Database &database, qint64 engagementId);

Q_SIGNALS:
    void loaded(const sts::ui::ReportsData &data);
    void detailsLoaded(const sts::ui::FailureDetailsResult &result);
    void reportsLoaded(const sts::ui::StoredReportsResult &result);

private:
    Workspace *m_workspace = nullptr;
    LatestQuery<qint64, ReportsData> m_load;
    LatestQuery<FailureDetailFilter, FailureDetailsResult> m_details;
    LatestQuery<storage::StoredReportFilter, StoredReportsResult> m_reports;
};

} // namespace sts::ui

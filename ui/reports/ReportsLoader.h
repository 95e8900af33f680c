#pragma once

#include "reports/LatestQuery.h"
#include "services/ReportQueries.h"

#include <QObject>

namespace sts::ui {

class Workspace;

// Everything the Reports view shows for one engagement, before its filters are applied.
using ReportsData = tlsrpt::ReportsOverview;

struct FailureDetailsResult
{
    tlsrpt::FailureDetailFilter filter;
    QList<tlsrpt::FailureDetailRow> rows;
    QString error;
};

struct StoredReportsResult
{
    tlsrpt::StoredReportFilter filter;
    QList<tlsrpt::StoredReportInfo> reports;
    QString error;
};

// Runs the Reports view's queries (ReportQueries) on the thread pool (see LatestQuery): the
// aggregates of an engagement, a drill-down's failure details and the list of stored reports.
class ReportsLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReportsLoader(QObject *parent = nullptr);
    ~ReportsLoader() override;

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void load(qint64 engagementId);
    void loadDetails(const tlsrpt::FailureDetailFilter &filter);
    void loadReports(const tlsrpt::StoredReportFilter &filter);
    bool isBusy() const;

Q_SIGNALS:
    void loaded(const sts::ui::ReportsData &data);
    void detailsLoaded(const sts::ui::FailureDetailsResult &result);
    void reportsLoaded(const sts::ui::StoredReportsResult &result);

private:
    Workspace *m_workspace = nullptr;
    LatestQuery<qint64, ReportsData> m_load;
    LatestQuery<tlsrpt::FailureDetailFilter, FailureDetailsResult> m_details;
    LatestQuery<tlsrpt::StoredReportFilter, StoredReportsResult> m_reports;
};

} // namespace sts::ui

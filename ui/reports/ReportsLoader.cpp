#include "reports/ReportsLoader.h"

#include "mainwindow/Workspace.h"

namespace sts::ui {

static ReportsData overview(const ServiceContext &context, const qint64 &engagementId)
{
    return tlsrpt::ReportQueries(context).overview(engagementId);
}

static FailureDetailsResult details(const ServiceContext &context,
                                    const tlsrpt::FailureDetailFilter &filter)
{
    FailureDetailsResult result{filter, {}, {}};
    Result<QList<tlsrpt::FailureDetailRow>> rows =
        tlsrpt::ReportQueries(context).failureDetails(filter);
    if (rows)
        result.rows = *rows;
    else
        result.error = rows.error().message;
    return result;
}

static StoredReportsResult reports(const ServiceContext &context,
                                   const tlsrpt::StoredReportFilter &filter)
{
    StoredReportsResult result{filter, {}, {}};
    Result<QList<tlsrpt::StoredReportInfo>> list =
        tlsrpt::ReportQueries(context).storedReports(filter);
    if (list)
        result.reports = *list;
    else
        result.error = list.error().message;
    return result;
}

ReportsLoader::ReportsLoader(QObject *parent)
    : QObject(parent), m_load(
                           this, &overview,
                           [](qint64 engagementId, const QString &error) {
                               ReportsData data;
                               data.engagementId = engagementId;
                               data.error = error;
                               return data;
                           },
                           [this](const ReportsData &data) { Q_EMIT loaded(data); }),
      m_details(
          this, &details,
          [](const tlsrpt::FailureDetailFilter &filter, const QString &error) {
              return FailureDetailsResult{filter, {}, error};
          },
          [this](const FailureDetailsResult &result) { Q_EMIT detailsLoaded(result); }),
      m_reports(
          this, &reports,
          [](const tlsrpt::StoredReportFilter &filter, const QString &error) {
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
        m_load.request(m_workspace->context(), engagementId);
}

void ReportsLoader::loadDetails(const tlsrpt::FailureDetailFilter &filter)
{
    if (m_workspace)
        m_details.request(m_workspace->context(), filter);
}

void ReportsLoader::loadReports(const tlsrpt::StoredReportFilter &filter)
{
    if (m_workspace)
        m_reports.request(m_workspace->context(), filter);
}

} // namespace sts::ui

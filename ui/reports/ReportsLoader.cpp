#include "reports/ReportsLoader.h"

#include "mainwindow/Workspace.h"

#include <QtConcurrent>

namespace sts::ui {

ReportsLoader::ReportsLoader(QObject *parent) : QObject(parent)
{
    connect(&m_load, &QFutureWatcher<ReportsData>::finished, this, [this] {
        const ReportsData data = m_load.result();
        if (m_pendingLoad)
            startLoad(); // stale: the engagement or its reports changed meanwhile
        else
            Q_EMIT loaded(data);
    });
    connect(&m_details, &QFutureWatcher<FailureDetailsResult>::finished, this, [this] {
        const FailureDetailsResult result = m_details.result();
        if (m_pendingDetails)
            startDetails();
        else
            Q_EMIT detailsLoaded(result);
    });
}

ReportsLoader::~ReportsLoader()
{
    m_load.waitForFinished();
    m_details.waitForFinished();
}

bool ReportsLoader::isBusy() const
{
    return m_load.isRunning() || m_details.isRunning() || m_pendingLoad || m_pendingDetails;
}

void ReportsLoader::load(qint64 engagementId)
{
    m_pendingLoad = engagementId;
    if (!m_load.isRunning())
        startLoad();
}

void ReportsLoader::loadDetails(const FailureDetailFilter &filter)
{
    m_pendingDetails = filter;
    if (!m_details.isRunning())
        startDetails();
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
    if (days)
        data.days = *days;
    if (failures)
        data.failures = *failures;
    if (quarantine)
        data.quarantine = *quarantine;
    for (const Error *error :
         {days ? nullptr : &days.error(), failures ? nullptr : &failures.error(),
          quarantine ? nullptr : &quarantine.error()}) {
        if (error && data.error.isEmpty())
            data.error = error->message;
    }
    return data;
}

void ReportsLoader::startLoad()
{
    if (!m_workspace || !m_pendingLoad)
        return;
    const qint64 engagementId = *m_pendingLoad;
    m_pendingLoad.reset();
    const std::shared_ptr<storage::Database> db = m_workspace->databasePtr();
    m_load.setFuture(QtConcurrent::run([db, engagementId] {
        Result<std::shared_ptr<storage::Database>> own = db->openAnother();
        if (!own) {
            ReportsData data;
            data.engagementId = engagementId;
            data.error = own.error().message;
            return data;
        }
        return query(**own, engagementId);
    }));
}

void ReportsLoader::startDetails()
{
    if (!m_workspace || !m_pendingDetails)
        return;
    const FailureDetailFilter filter = *m_pendingDetails;
    m_pendingDetails.reset();
    const std::shared_ptr<storage::Database> db = m_workspace->databasePtr();
    m_details.setFuture(QtConcurrent::run([db, filter] {
        FailureDetailsResult result{filter, {}, {}};
        Result<std::shared_ptr<storage::Database>> own = db->openAnother();
        if (!own) {
            result.error = own.error().message;
            return result;
        }
        Result<QList<FailureDetail>> rows = loadFailureDetails(**own, filter);
        if (rows)
            result.rows = *rows;
        else
            result.error = rows.error().message;
        return result;
    }));
}

} // namespace sts::ui

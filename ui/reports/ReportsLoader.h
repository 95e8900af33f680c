#pragma once

#include "reports/FailureDetails.h"
#include "storage/ReportRepository.h"
#include "tlsrpt/Aggregator.h"

#include <QFutureWatcher>
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
    QString error;
};

struct FailureDetailsResult
{
    FailureDetailFilter filter;
    QList<FailureDetail> rows;
    QString error;
};

// Runs the Reports view's queries on the thread pool, each run with its own connection, so a
// year of reports never stalls the GUI. A request made while one runs is queued; only the latest
// queued request of each kind runs.
class ReportsLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReportsLoader(QObject *parent = nullptr);
    ~ReportsLoader() override;

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void load(qint64 engagementId);
    void loadDetails(const FailureDetailFilter &filter);
    bool isBusy() const;

    // The same queries on the calling thread's connection (the benchmark, the CLI-like callers).
    static ReportsData query(const storage::Database &database, qint64 engagementId);

Q_SIGNALS:
    void loaded(const sts::ui::ReportsData &data);
    void detailsLoaded(const sts::ui::FailureDetailsResult &result);

private:
    void startLoad();
    void startDetails();

    Workspace *m_workspace = nullptr;
    QFutureWatcher<ReportsData> m_load;
    QFutureWatcher<FailureDetailsResult> m_details;
    std::optional<qint64> m_pendingLoad;
    std::optional<FailureDetailFilter> m_pendingDetails;
};

} // namespace sts::ui

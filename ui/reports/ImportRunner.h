#pragma once

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariant>
#include <atomic>
#include <memory>

namespace sts::ui {

class Workspace;

// Runs the report import (ReportImport) on a worker thread with its own database connection (a
// connection belongs to the thread that opened it): an import of files/folders or a retry of the
// quarantine. Shared by every view that imports, so progress, cancel and the summary behave the
// same.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override; // cancels and waits for the worker

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }

    // Both return false when there is no workspace, nothing to do or a run is still going.
    bool importPaths(const QStringList &paths);
    bool retryQuarantine();
    // True until `finished`/`failed` has been emitted, not only while the worker runs: the
    // future ends before its result is delivered, and callers must not see that gap as idle.
    bool isRunning() const { return m_busy; }
    void cancel();
    void waitForFinished() { m_watcher.waitForFinished(); }

    // "Imported 3 report(s), 1 duplicate(s), 0 quarantined." for an ImportSummary::toJson().
    static QString summaryText(const QJsonObject &summary);

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // total 0: not known yet
    void finished(const QJsonObject &summary);
    void failed(const QString &message);

private:
    bool start(bool retry, const QStringList &paths);
    void workerFinished();

    Workspace *m_workspace = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<QVariant> m_watcher;
    bool m_busy = false;
};

} // namespace sts::ui

#pragma once

#include "util/Task.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace sts::ui {

class Workspace;

// Runs the report import (ReportImport) as a task with its own database connection (a
// connection belongs to the thread that opened it): an import of files/folders or a retry of the
// quarantine. Shared by every view that imports, so progress, cancel and the summary behave the
// same.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }

    // Both return false when there is no workspace, nothing to do or a run is still going.
    bool importPaths(const QStringList &paths);
    bool retryQuarantine();
    // True until `finished`/`failed` has been emitted, not only while the worker runs.
    bool isRunning() const { return m_import.isRunning(); }
    // Stops after the batch being written; `finished` still reports what was kept.
    void cancel() { m_import.interrupt(); }

    // "Imported 3 report(s), 1 duplicate(s), 0 quarantined." for an ImportSummary::toJson().
    static QString summaryText(const QJsonObject &summary);

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // total 0: not known yet
    void finished(const QJsonObject &summary);
    void failed(const QString &message);

private:
    bool start(bool retry, const QStringList &paths);

    Workspace *m_workspace = nullptr;
    // Destroyed with this object: the import is cancelled and waited for (what is committed
    // stays).
    TaskRunner *m_tasks;
    Task<QJsonObject> m_import{m_tasks};
};

} // namespace sts::ui

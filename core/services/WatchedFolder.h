#pragma once

#include "import/ImportSummary.h"
#include "services/ServiceContext.h"
#include "util/Task.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace sts::tlsrpt {

// Imports the TLS reports that appear in one folder while the application runs (a mail rule or a
// sync tool drops them there). A file is taken once it is complete: its size and modification time
// unchanged over two looks and its last write at least `settle` ago, so a file still being copied
// is left alone. Imported files move to "imported/" below the folder, unreadable ones (quarantined
// in the workspace as usual) to "quarantined/", so nothing is imported twice (see FolderSource).
// The folder watcher reacts at once; a periodic scan catches what the watcher misses (network
// shares, missed events). Imports run as a task with their own database connection
// (ReportImport); one at a time.
class WatchedFolder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int scanIntervalMs = 5000; // 0: only the watcher and scanNow()
        int settleMs = 2000;       // minimum age of the last write
        ImportOptions import;
    };

    WatchedFolder(ServiceContext context, QString folder, Options options,
                  QObject *parent = nullptr);
    ~WatchedFolder() override;

    QString folder() const { return m_folder; }
    bool isImporting() const { return m_import.isRunning(); }

    // Looks at the folder now and starts an import of the files that are complete.
    void scanNow();

Q_SIGNALS:
    // After each import that handled at least one file.
    void imported(const sts::tlsrpt::ImportSummary &summary);
    void failed(const QString &message);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool stableOnce = false;
    };
    struct Outcome
    {
        ImportSummary summary;
        QStringList stuck; // imported, but could not be moved away
        QStringList problems;
    };
    void importFinished(const Result<Outcome> &outcome);

    ServiceContext m_context;
    QString m_folder;
    Options m_options;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QHash<QString, Seen> m_seen;
    QStringList m_inFlight;
    QSet<QString> m_stuck; // imported, but could not be moved away
    // The running import is cancelled with m_import and waited for with m_tasks: what is
    // committed stays; the rest of the batch is picked up by the next scan.
    TaskRunner *m_tasks;
    Task<Outcome> m_import{m_tasks};
    bool m_rescan = false;
};

} // namespace sts::tlsrpt

Q_DECLARE_METATYPE(sts::tlsrpt::ImportSummary)

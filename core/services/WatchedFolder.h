#pragma once

#include "import/ImportSummary.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <memory>

namespace sts::tlsrpt {

// Imports the TLS reports that appear in one folder while the application runs (a mail rule or a
// sync tool drops them there). A file is taken once it is complete: its size and modification time
// unchanged over two looks and its last write at least `settle` ago, so a file still being copied
// is left alone. Imported files move to "imported/" below the folder, unreadable ones (quarantined
// in the workspace as usual) to "quarantined/", so nothing is imported twice (see FolderSource).
// The folder watcher reacts at once; a periodic scan catches what the watcher misses (network
// shares, missed events). Imports run on the global thread pool with their own database
// connection (ReportImport); one at a time.
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
    bool isImporting() const { return m_running.isRunning(); }

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
        QString error;
        QStringList stuck; // imported, but could not be moved away
        QStringList problems;
    };
    void importFinished();

    ServiceContext m_context;
    QString m_folder;
    Options m_options;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QHash<QString, Seen> m_seen;
    QStringList m_inFlight;
    QSet<QString> m_stuck; // imported, but could not be moved away
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_running;
    bool m_rescan = false;
};

} // namespace sts::tlsrpt

Q_DECLARE_METATYPE(sts::tlsrpt::ImportSummary)

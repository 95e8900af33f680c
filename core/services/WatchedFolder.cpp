#include "services/WatchedFolder.h"

#include "import/FolderSource.h"
#include "services/ReportImport.h"
#include "storage/Database.h"
#include "tlsrpt/WorkspaceFiles.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

WatchedFolder::WatchedFolder(ServiceContext context, QString folder, Options options,
                             QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_folder(QDir(folder).absolutePath()),
      m_options(options)
{
    m_watcher.addPath(m_folder);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchedFolder::scanNow);
    connect(&m_running, &QFutureWatcher<Outcome>::finished, this, &WatchedFolder::importFinished);
    if (m_options.scanIntervalMs > 0) {
        connect(&m_timer, &QTimer::timeout, this, &WatchedFolder::scanNow);
        m_timer.start(m_options.scanIntervalMs);
    }
    // Files already waiting when the application starts.
    QTimer::singleShot(0, this, &WatchedFolder::scanNow);
}

WatchedFolder::~WatchedFolder()
{
    // What is committed stays; the rest of the batch is picked up by the next scan.
    if (m_cancel)
        m_cancel->store(true);
    m_running.waitForFinished();
}

void WatchedFolder::scanNow()
{
    if (isImporting()) {
        m_rescan = true;
        return;
    }
    const QDir dir(m_folder);
    if (!dir.exists())
        return;
    // The watcher drops a folder that was removed and created again.
    if (!m_watcher.directories().contains(m_folder))
        m_watcher.addPath(m_folder);

    const QDateTime now = QDateTime::currentDateTimeUtc(); // file times are wall-clock times
    // A workspace kept in the watched folder is no input: it would be moved away under itself.
    const storage::Database &db = *m_context.database;
    const WorkspaceFiles workspace(db.isPostgres() ? QString() : db.location().sqlitePath);
    QHash<QString, Seen> seen;
    QStringList ready;
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        // Hidden files are what copy tools write before renaming them into place.
        const QString path = info.absoluteFilePath();
        if (info.fileName().startsWith(QLatin1Char('.')) || m_stuck.contains(path) ||
            workspace.contains(QFile::encodeName(path)))
            continue;
        Seen current{info.size(), info.lastModified().toUTC(), false};
        const auto before = m_seen.constFind(path);
        const bool unchanged = before != m_seen.constEnd() && before->size == current.size &&
                               before->modified == current.modified;
        current.stableOnce = unchanged;
        if (unchanged && current.modified.msecsTo(now) >= m_options.settleMs)
            ready << path;
        seen.insert(path, current);
    }
    m_seen = seen;
    if (ready.isEmpty())
        return;

    m_inFlight = ready;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ServiceContext context = m_context;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const ImportOptions importOptions = m_options.import;
    const QString folder = m_folder;
    m_running.setFuture(QtConcurrent::run([context, cancel, folder, ready,
                                           importOptions]() -> Outcome {
        // A database connection belongs to the thread that opened it.
        Result<ServiceContext> own = context.forThisThread();
        if (!own)
            return Outcome{{}, own.error().message, {}, {}};
        FolderSource files(folder, ready);
        Result<ImportSummary> summary = ReportImport(*own, importOptions).sync(files, cancel.get());
        if (!summary)
            return Outcome{{}, summary.error().message, {}, {}};
        return Outcome{*summary, {}, files.stuck(), files.problems()};
    }));
}

void WatchedFolder::importFinished()
{
    const Outcome outcome = m_running.result();
    const QStringList files = std::exchange(m_inFlight, {});
    if (!outcome.error.isEmpty()) {
        // Nothing is moved: the same files are tried again at the next scan.
        Q_EMIT failed(tr("Importing from the watched folder %1 failed: %2")
                          .arg(QDir::toNativeSeparators(m_folder), outcome.error));
    } else if (!outcome.summary.cancelled) {
        // Imported files have moved away (FolderSource); one that could not is not taken again
        // in this session.
        for (const QString &file : outcome.stuck)
            m_stuck.insert(file);
        for (const QString &problem : outcome.problems)
            Q_EMIT failed(problem);
        for (const QString &file : files)
            m_seen.remove(file);
        Q_EMIT imported(outcome.summary);
    }
    if (std::exchange(m_rescan, false))
        scanNow();
}

} // namespace sts::tlsrpt

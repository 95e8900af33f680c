#include "import/WatchedFolder.h"

#include "tlsrpt/WorkspaceFiles.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

WatchedFolder::WatchedFolder(std::shared_ptr<storage::Database> database, QString folder,
                             Options options, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_db(std::move(database)), m_folder(QDir(folder).absolutePath()),
      m_options(options), m_clock(std::move(clock)), m_tasks(new TaskRunner(this, 1))
{
    m_watcher.addPath(m_folder);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchedFolder::scanNow);
    if (m_options.scanIntervalMs > 0) {
        connect(&m_timer, &QTimer::timeout, this, &WatchedFolder::scanNow);
        m_timer.start(m_options.scanIntervalMs);
    }
    // Files already waiting when the application starts.
    QTimer::singleShot(0, this, &WatchedFolder::scanNow);
}

// The running import is cancelled with m_import and waited for with m_tasks: what is committed
// stays; the rest of the batch is picked up by the next scan.
WatchedFolder::~WatchedFolder() = default;

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
    const WorkspaceFiles workspace(m_db->isPostgres() ? QString() : m_db->location().sqlitePath);
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
    m_import.start(
        [db = m_db, clock = m_clock, ready, importOptions = m_options.import](
            const CancelToken &cancel, Progress &) -> Result<ImportSummary> {
            // A QSqlDatabase connection belongs to the thread that opened it.
            Result<std::shared_ptr<storage::Database>> own = db->openAnother();
            if (!own)
                return own.error();
            return Importer(*own, importOptions, clock).importPaths(ready, cancel);
        },
        [this](const Result<ImportSummary> &outcome) { importFinished(outcome); });
}

void WatchedFolder::importFinished(const Result<ImportSummary> &outcome)
{
    const QStringList files = std::exchange(m_inFlight, {});
    if (!outcome) {
        // Nothing is moved: the same files are tried again at the next scan.
        Q_EMIT failed(tr("Importing from the watched folder %1 failed: %2")
                          .arg(QDir::toNativeSeparators(m_folder), outcome.error().message));
    } else if (!outcome->cancelled) {
        for (const QString &file : files) {
            bool quarantined = false;
            for (const QuarantinedInput &q : outcome->quarantine) {
                // Origins read "path" or "path › <message-id> › entry".
                if (q.origin == file || q.origin.startsWith(file + u" › "_s)) {
                    quarantined = true;
                    break;
                }
            }
            moveAway(file, quarantined ? quarantinedDirName() : importedDirName());
            m_seen.remove(file);
        }
        Q_EMIT imported(*outcome);
    }
    if (std::exchange(m_rescan, false))
        scanNow();
}

void WatchedFolder::moveAway(const QString &file, const QString &subdir)
{
    QDir dir(m_folder);
    if (!dir.mkpath(subdir)) {
        m_stuck.insert(file);
        Q_EMIT failed(tr("Cannot create the folder %1 for imported reports.")
                          .arg(QDir::toNativeSeparators(dir.filePath(subdir))));
        return;
    }
    const QFileInfo info(file);
    QString target = dir.filePath(subdir + u"/"_s + info.fileName());
    // Senders reuse file names; never overwrite an earlier one.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(subdir + u"/%1.%2"_s.arg(info.fileName()).arg(n));
    if (QFile::rename(file, target))
        return;
    m_stuck.insert(file); // not again in this session
    Q_EMIT failed(tr("Cannot move %1 out of the watched folder; it may be imported again "
                     "(duplicates are only counted).")
                      .arg(QDir::toNativeSeparators(file)));
}

} // namespace sts::tlsrpt

#include "import/FolderSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::FolderSource", text);
}

FolderSource::FolderSource(QString folder, QStringList files)
    : PathSource(std::move(files), u"folder"_s, QDir(folder).absolutePath()),
      m_folder(QDir(folder).absolutePath())
{}

Status FolderSource::imported(const SourceBatch &batch, const ImportSummary &summary)
{
    for (const QString &file : batch.paths) {
        bool quarantined = false;
        for (const QuarantinedInput &q : summary.quarantine) {
            // Origins read "path" or "path › <message-id> › entry".
            if (q.origin == file || q.origin.startsWith(file + u" › "_s)) {
                quarantined = true;
                break;
            }
        }
        moveAway(file, quarantined ? quarantinedDirName() : importedDirName());
    }
    return Status::success(); // a file left behind is only imported again (a duplicate)
}

void FolderSource::moveAway(const QString &file, const QString &subdir)
{
    QDir dir(m_folder);
    if (!dir.mkpath(subdir)) {
        m_stuck << file;
        m_problems << tr("Cannot create the folder %1 for imported reports.")
                          .arg(QDir::toNativeSeparators(dir.filePath(subdir)));
        return;
    }
    const QFileInfo info(file);
    QString target = dir.filePath(subdir + u"/"_s + info.fileName());
    // Senders reuse file names; never overwrite an earlier one.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(subdir + u"/%1.%2"_s.arg(info.fileName()).arg(n));
    if (QFile::rename(file, target))
        return;
    m_stuck << file;
    m_problems << tr("Cannot move %1 out of the watched folder; it may be imported again "
                     "(duplicates are only counted).")
                      .arg(QDir::toNativeSeparators(file));
}

} // namespace sts::tlsrpt

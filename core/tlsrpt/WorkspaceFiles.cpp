#include "tlsrpt/WorkspaceFiles.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace sts::tlsrpt {

WorkspaceFiles::WorkspaceFiles(const QString &database)
{
    if (database.isEmpty())
        return;
    const QByteArray path = QFile::encodeName(QFileInfo(database).absoluteFilePath());
    m_name = QFile::encodeName(QFileInfo(database).fileName());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        struct stat st;
        if (::stat((path + suffix).constData(), &st) == 0)
            m_files.append({st.st_dev, st.st_ino});
    }
}

bool WorkspaceFiles::contains(const QByteArray &localPath) const
{
    if (m_files.isEmpty())
        return false;
    const qsizetype slash = localPath.lastIndexOf('/');
    if (!QByteArrayView(localPath).sliced(slash + 1).startsWith(m_name))
        return false;
    struct stat st;
    if (::stat(localPath.constData(), &st) != 0)
        return false;
    return m_files.contains(std::pair<dev_t, ino_t>{st.st_dev, st.st_ino});
}

void WorkspaceFiles::removeFrom(QList<QByteArray> &localPaths) const
{
    if (m_files.isEmpty())
        return;
    localPaths.removeIf([this](const QByteArray &path) { return contains(path); });
}

} // namespace sts::tlsrpt

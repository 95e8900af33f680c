#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <sys/types.h>
#include <utility>

namespace sts::tlsrpt {

// The files of a SQLite workspace: the database and its -wal, -shm and -journal. They are never
// import inputs: a folder that holds the workspace would otherwise be quarantined into itself,
// growing with every import. Told by device and inode, so that any path to them matches; only
// files whose name could be theirs cost a stat call.
class WorkspaceFiles
{
public:
    // `database`: the SQLite file (empty: none, for example PostgreSQL).
    explicit WorkspaceFiles(const QString &database);

    bool contains(const QByteArray &localPath) const;
    // Drops the workspace's files from `localPaths`.
    void removeFrom(QList<QByteArray> &localPaths) const;

private:
    QByteArray m_name; // the database's file name: the others begin with it
    QList<std::pair<dev_t, ino_t>> m_files;
};

} // namespace sts::tlsrpt

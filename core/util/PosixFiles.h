#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <functional>

namespace sts {

// File access with as few system calls as the job allows: bulk imports read tens of thousands
// of small files, and on a virtual machine each call costs microseconds.

struct FileRead
{
    // NotRead: left for the caller to read on its own (BatchFileReader, larger files).
    enum Outcome { Ok, TooLarge, Failed, NotRead } outcome = Failed;
    int error = 0; // errno when Failed
};

// The whole of the regular file `path` (a local 8-bit path, QFile::encodeName) into `bytes`:
// open, read, close for a file under 64 KiB; a larger one is measured first and refused
// unread when it is over `maxBytes`.
FileRead readWholeFile(const QByteArray &path, qint64 maxBytes, QByteArray &bytes);

// The regular files below `directory` (and symbolic links to them) as local 8-bit paths,
// recursively, from the directory entries' own types, so that a file costs no stat call. Hidden
// entries and symbolic links to directories are not followed. `skipDirectory` may prune a
// directory (given its path), `skipFile` a file (given its name's bytes). Sorted by the paths'
// bytes, so that a walk is repeatable.
QList<QByteArray> listFilesBelow(const QString &directory,
                                 const std::function<bool(const QString &dir)> &skipDirectory = {},
                                 const std::function<bool(QByteArrayView name)> &skipFile = {});

} // namespace sts

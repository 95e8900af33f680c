#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sts {

// Every file STS Desk writes for the user goes through here, so that no output writes through
// something that is not a plain file: a path that exists as a device node, a FIFO, a socket, a
// folder or a symbolic link (never followed) is refused with a message that names what it is,
// and nothing is written.

// Ok when `path` does not exist or is a regular file (lstat: a link counts as a link).
Status checkOutputTarget(const QString &path);

// A file written whole or not at all. The bytes go to a new temporary file beside the target,
// created with O_EXCL | O_NOFOLLOW and `mode` (filtered by the umask unless `exactMode`); commit()
// syncs it, checks the target again and renames the temporary file over it. A rename replaces the
// directory entry and never follows a link, and the mode is set on the open descriptor, so
// nothing outside the target's folder is written or re-moded. Destroying an uncommitted file
// removes the temporary file.
class AtomicFile
{
public:
    explicit AtomicFile(QString path, int mode = 0666, bool exactMode = false);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Status open();
    Status write(QByteArrayView bytes);
    Status commit();

    const QString &path() const { return m_path; }

private:
    void discard();

    QString m_path;
    QByteArray m_temporary; // local 8-bit path of the temporary file
    int m_mode;
    bool m_exactMode;
    int m_fd = -1;
};

// The above in one call, for content already in memory.
Status writeFileAtomically(const QString &path, QByteArrayView content, int mode = 0666,
                           bool exactMode = false);

// Creates `path` exclusively with `mode` (never replacing anything, never through a link) and
// writes `data`; for private keys, which must never overwrite an existing file.
Status writeNewFile(const QString &path, QByteArrayView data, int mode);

// Refuses `relativePath` below `root` when one of its folders exists as anything but a real
// folder (a symbolic link to elsewhere included) or the file itself exists and is not a regular
// file. Nothing is created.
Status checkPathBelow(const QString &root, const QString &relativePath);

// Creates the folders of `relativeDir` below `root` one by one, refusing a component that exists
// as anything but a real folder: files written below `root` then stay below it.
Status makeFoldersBelow(const QString &root, const QString &relativeDir);

} // namespace sts

#pragma once

#include "util/PosixFiles.h"

#include <QByteArray>
#include <QList>

namespace sts {

// Reads many small regular files at once. With io_uring the open, read and close of a whole
// batch go to the kernel in one call: on a virtual machine, where each system call is dear,
// that halves the CPU time of reading 100,000 report files. Files too large for one read, files
// that fail and kernels without io_uring (or where it is switched off) take readWholeFile(), so
// the outcome is always the same as reading the files one by one. Thread-safe: each thread keeps
// its own ring.
class BatchFileReader
{
public:
    struct File
    {
        FileRead read;
        QByteArray bytes;
    };

    // `paths` are local 8-bit paths (QFile::encodeName); the result is in the same order.
    // Without `readLarger`, a file too large for one read is left unread (FileRead::NotRead),
    // for a caller that reads such files one at a time, within its memory budget.
    static QList<File> read(const QList<QByteArray> &paths, qint64 maxBytes,
                            bool readLarger = true);
    // Whether this thread reads through io_uring (false: plain system calls).
    static bool usesIoUring();
};

} // namespace sts

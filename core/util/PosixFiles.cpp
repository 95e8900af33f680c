#include "util/PosixFiles.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sts {

namespace {

struct Descriptor
{
    int fd;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

FileRead readWholeFile(const QByteArray &path, qint64 maxBytes, QByteArray &bytes)
{
    const Descriptor file{::open(path.constData(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return {FileRead::Failed, errno};
    // Most reports are a few KiB: one read into a scratch buffer, and a short read of a regular
    // file is its end (callers read regular files). Only a file that fills the buffer costs a
    // stat call, which also refuses one over the limit before it is read.
    thread_local char scratch[64 * 1024];
    ssize_t n;
    do {
        n = ::read(file.fd, scratch, sizeof scratch);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return {FileRead::Failed, errno};
    if (size_t(n) < sizeof scratch) {
        if (n > maxBytes)
            return {FileRead::TooLarge, 0};
        bytes = QByteArray(scratch, n);
        return {FileRead::Ok, 0};
    }
    struct stat st;
    if (::fstat(file.fd, &st) != 0)
        return {FileRead::Failed, errno};
    if (st.st_size > maxBytes)
        return {FileRead::TooLarge, 0};
    // One byte more than the size tells in the same call whether the file grew meanwhile.
    qint64 capacity = qMax<qint64>(st.st_size + 1, 2 * qint64(sizeof scratch));
    bytes.resize(capacity);
    std::memcpy(bytes.data(), scratch, sizeof scratch);
    qint64 total = n;
    for (;;) {
        n = ::read(file.fd, bytes.data() + total, size_t(capacity - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return {FileRead::Failed, errno};
        }
        total += n;
        if (n == 0 || total < capacity)
            break;
        if (total > maxBytes)
            return {FileRead::TooLarge, 0};
        capacity = qMin(capacity * 2, maxBytes + 1);
        bytes.resize(capacity);
    }
    if (total > maxBytes)
        return {FileRead::TooLarge, 0};
    bytes.truncate(total);
    return {FileRead::Ok, 0};
}

static void walk(const QByteArray &directory, QList<QByteArray> &files,
                 const std::function<bool(const QString &)> &skipDirectory,
                 const std::function<bool(QStringView)> &skipFile)
{
    DIR *dir = ::opendir(directory.constData());
    if (!dir)
        return;
    QList<QByteArray> subdirectories;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue; // ".", ".." and hidden entries
        const QByteArray path = directory + '/' + entry->d_name;
        unsigned char type = entry->d_type;
        bool symlink = type == DT_LNK;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st;
            if (::lstat(path.constData(), &st) != 0)
                continue;
            symlink = S_ISLNK(st.st_mode);
            if (symlink && ::stat(path.constData(), &st) != 0)
                continue; // dangling link
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR && !symlink)
            subdirectories << path;
        else if (type == DT_REG) {
            if (!skipFile || !skipFile(QFile::decodeName(entry->d_name)))
                files << path;
        }
    }
    ::closedir(dir);
    for (const QByteArray &sub : subdirectories) {
        if (!skipDirectory || !skipDirectory(QFile::decodeName(sub)))
            walk(sub, files, skipDirectory, skipFile);
    }
}

QList<QByteArray> listFilesBelow(const QString &directory,
                                 const std::function<bool(const QString &dir)> &skipDirectory,
                                 const std::function<bool(QStringView name)> &skipFile)
{
    QList<QByteArray> files;
    QByteArray root = QFile::encodeName(directory);
    while (root.size() > 1 && root.endsWith('/'))
        root.chop(1);
    walk(root, files, skipDirectory, skipFile);
    // Bytes sort several times faster than QStrings, in the same order for ASCII names.
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace sts

#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts", text); // lupdate: free functions in sts
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// What a non-regular file is, in words a user knows.
QString kindOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return tr("a symbolic link");
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISFIFO(mode))
        return tr("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return tr("a character device");
    if (S_ISBLK(mode))
        return tr("a block device");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("something else");
}

Error notRegular(const QString &path, mode_t mode)
{
    return Error{u"file.not-regular"_s,
                 tr("“%1” exists and is %2, not a regular file; nothing was written to it. "
                    "Choose another name.")
                     .arg(path, kindOf(mode))};
}

Error writeError(const QString &path, int error)
{
    return Error{u"file.write"_s, tr("Cannot write “%1”: %2").arg(path, systemError(error))};
}

Error modeError(const QString &path, int error)
{
    return Error{u"file.mode"_s,
                 tr("Could not set the permissions of “%1”: %2").arg(path, systemError(error))};
}

// Writes all of `bytes` to `fd`, retrying after signals and short writes; 0 or errno.
int writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += n;
    }
    return 0;
}

// Folders of `relative` below `root`, checked (and, when `create`, made) one by one with lstat.
Status walkFolders(const QString &root, const QStringList &folders, bool create)
{
    QString path = root;
    for (const QString &folder : folders) {
        path += u'/' + folder;
        const QByteArray native = QFile::encodeName(path);
        struct stat st;
        if (::lstat(native.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return Error{u"file.not-folder"_s,
                             tr("“%1” is %2, not a folder; nothing is written through it.")
                                 .arg(path, kindOf(st.st_mode))};
            continue;
        }
        if (errno != ENOENT)
            return Error{u"file.stat"_s,
                         tr("Cannot look at “%1”: %2").arg(path, systemError(errno))};
        if (!create)
            return Status::success(); // nothing below a missing folder exists yet
        if (::mkdir(native.constData(), 0777) != 0 && errno != EEXIST)
            return Error{u"file.mkdir"_s,
                         tr("Could not create the folder “%1”: %2").arg(path, systemError(errno))};
        // Made by someone else in the meantime: it must still be a real folder.
        if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            return Error{u"file.not-folder"_s,
                         tr("“%1” is not a folder; nothing is written through it.").arg(path)};
    }
    return Status::success();
}

} // namespace

Status checkOutputTarget(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return Status::success();
        return Error{u"file.stat"_s, tr("Cannot look at “%1”: %2").arg(path, systemError(errno))};
    }
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode);
    return Status::success();
}

AtomicFile::AtomicFile(QString path, int mode, bool exactMode)
    : m_path(std::move(path)), m_mode(mode), m_exactMode(exactMode)
{}

AtomicFile::~AtomicFile()
{
    discard();
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(m_temporary.constData());
        m_temporary.clear();
    }
}

Status AtomicFile::open()
{
    discard();
    if (Status target = checkOutputTarget(m_path); !target)
        return target;
    const QByteArray native = QFile::encodeName(m_path);
    const qsizetype slash = native.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray() : native.left(slash + 1);
    // Hidden, beside the target (a rename stays on one file system), and short enough for
    // NAME_MAX whatever the target's name.
    const QByteArray name = native.mid(slash + 1).left(200);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray candidate =
            folder + '.' + name + ".tmp-" +
            QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_fd = ::open(candidate.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      mode_t(m_mode));
        if (m_fd >= 0) {
            m_temporary = candidate;
            break;
        }
        if (errno != EEXIST)
            return writeError(m_path, errno);
    }
    if (m_fd < 0)
        return writeError(m_path, EEXIST);
    // On the descriptor, before the first byte: never widened or narrowed by path afterwards.
    if (m_exactMode && ::fchmod(m_fd, mode_t(m_mode)) != 0) {
        const int saved = errno;
        discard();
        return modeError(m_path, saved);
    }
    return Status::success();
}

Status AtomicFile::write(QByteArrayView bytes)
{
    if (m_fd < 0)
        return writeError(m_path, EBADF);
    if (const int error = writeAll(m_fd, bytes); error != 0) {
        discard();
        return writeError(m_path, error);
    }
    return Status::success();
}

Status AtomicFile::commit()
{
    if (m_fd < 0)
        return writeError(m_path, EBADF);
    const int synced = ::fsync(m_fd) == 0 ? 0 : errno;
    const int closed = ::close(m_fd) == 0 ? 0 : errno;
    m_fd = -1;
    if (synced != 0 || closed != 0) {
        discard();
        return writeError(m_path, synced != 0 ? synced : closed);
    }
    // Again at the end: what the path names may have changed while the content was produced.
    if (Status target = checkOutputTarget(m_path); !target) {
        discard();
        return target;
    }
    if (::rename(m_temporary.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int saved = errno;
        discard();
        return writeError(m_path, saved);
    }
    m_temporary.clear();
    return Status::success();
}

Status writeFileAtomically(const QString &path, QByteArrayView content, int mode, bool exactMode)
{
    AtomicFile file(path, mode, exactMode);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status written = file.write(content); !written)
        return written;
    return file.commit();
}

Status writeNewFile(const QString &path, QByteArrayView data, int mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          mode_t(mode));
    if (fd < 0)
        return Error{u"file.create"_s, tr("Cannot create “%1”: %2").arg(path, systemError(errno))};
    int error = writeAll(fd, data);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(native.constData());
        return writeError(path, error);
    }
    return Status::success();
}

Status checkPathBelow(const QString &root, const QString &relativePath)
{
    QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Status::success();
    parts.removeLast(); // the file itself
    if (Status folders = walkFolders(root, parts, false); !folders)
        return folders;
    return checkOutputTarget(root + u'/' + relativePath);
}

Status makeFoldersBelow(const QString &root, const QString &relativeDir)
{
    return walkFolders(root, relativeDir.split(u'/', Qt::SkipEmptyParts), true);
}

} // namespace sts

#include "tlsrpt/InputFile.h"

#include "tlsrpt/BudgetedBuffer.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt", text);
}

bool looksLikeJson(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

static Error unreadable(int error)
{
    return Error{u"tlsrpt.unreadable"_s,
                 tr("The file cannot be read: %1").arg(qt_error_string(error))};
}

static qint64 readSome(int fd, char *into, qint64 bytes)
{
    qint64 n;
    do {
        n = ::read(fd, into, size_t(bytes));
    } while (n < 0 && errno == EINTR);
    return n;
}

Result<QByteArray> readInputFile(const QByteArray &localPath, const ExtractionLimits &limits,
                                 InputAllowance &allowance, HeldBytes &held)
{
    const int fd = ::open(localPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return unreadable(errno);
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    // A small file is read whole by the first read (a short read of a regular file is its end:
    // no stat call, as many system calls as any read); of a larger one, enough to tell a JSON
    // report after any amount of leading whitespace a sender may write.
    thread_local char head[64 * 1024];
    const qint64 headBytes = readSome(fd, head, sizeof head);
    if (headBytes < 0)
        return unreadable(errno);
    qint64 size = headBytes;
    if (headBytes == qint64(sizeof head)) {
        struct stat st;
        if (::fstat(fd, &st) != 0)
            return unreadable(errno);
        size = qMax<qint64>(st.st_size, headBytes);
    }
    const bool json = looksLikeJson(QByteArrayView(head, headBytes));
    const qint64 limit = json ? limits.maxDocumentBytes : limits.maxFileBytes;
    if (size > limit) {
        if (json)
            return Error{u"tlsrpt.too-large"_s,
                         tr("The report is larger than %1 MiB (the limit for one report, "
                            "whatever its container) and was refused unread.")
                             .arg(limits.maxDocumentBytes / (1024 * 1024))};
        return Error{u"tlsrpt.too-large"_s, tr("The file is larger than %1 MiB and was refused.")
                                                .arg(limits.maxFileBytes / (1024 * 1024))};
    }
    if (!json) {
        if (Status counted = allowance.unpacked(size); !counted)
            return counted.error();
    }
    BudgetedBuffer buffer(allowance);
    // One byte more than the size tells whether a large file grew meanwhile.
    if (!buffer.reserve(headBytes < qint64(sizeof head) ? headBytes : size + 1))
        return InputAllowance::deferral();
    std::memcpy(buffer.data(), head, size_t(headBytes));
    qint64 total = headBytes;
    if (headBytes == qint64(sizeof head)) {
        while (total < buffer.capacity()) {
            const qint64 n = readSome(fd, buffer.data() + total, buffer.capacity() - total);
            if (n < 0)
                return unreadable(errno);
            if (n == 0)
                break;
            total += n;
        }
        if (total > size)
            return Error{u"tlsrpt.too-large"_s,
                         tr("The file grew while it was read and was refused; import it again "
                            "when it is complete.")};
    }
    return buffer.take(total, held);
}

} // namespace sts::tlsrpt

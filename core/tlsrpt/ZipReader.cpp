#include "tlsrpt/ZipReader.h"

#include "tlsrpt/BudgetedBuffer.h"

#include <QCoreApplication>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::ZipReader", text);
}

bool ZipReader::looksLikeZip(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

static QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The entry count the central directory announces (0 when there is none to be found): an
// archive with too many entries is refused before any entry is unpacked.
static qint64 announcedEntries(const QByteArray &data)
{
    const qsizetype from = qMax<qsizetype>(0, data.size() - 65535 - 22);
    const qsizetype end = data.lastIndexOf("PK\x05\x06");
    if (end < from || end + 22 > data.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + end);
    const qint64 count = qint64(p[10]) | (qint64(p[11]) << 8);
    return count == 0xFFFF ? 0 : count; // zip64: the count is elsewhere (counted while read)
}

Status ZipReader::forEach(const QByteArray &data, const ExtractionLimits &limits,
                          InputAllowance &allowance, const std::function<void(Entry &&)> &each)
{
    const auto tooMany = [&] {
        return Error{u"tlsrpt.zip-entries"_s,
                     tr("The zip archive has more than %1 files and was refused.")
                         .arg(limits.maxZipEntries)};
    };
    if (announcedEntries(data) > limits.maxZipEntries)
        return tooMany();
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                             &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
        return Error{u"tlsrpt.zip"_s, tr("The zip archive cannot be opened: %1")
                                          .arg(QString::fromUtf8(archive_error_string(a.get())))};
    int count = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return Error{u"tlsrpt.zip"_s,
                         tr("The zip archive is corrupt: %1")
                             .arg(QString::fromUtf8(archive_error_string(a.get())))};
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        if (++count > limits.maxZipEntries)
            return tooMany();
        Entry out;
        const char *name = archive_entry_pathname_utf8(entry);
        out.name = QString::fromUtf8(name ? name : archive_entry_pathname(entry));
        BudgetedBuffer buffer(allowance);
        qint64 size = 0;
        for (;;) {
            // The size a header announces is only a first guess: it may lie.
            const qint64 announced =
                archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
            if (!buffer.makeRoom(
                    size,
                    size == 0 ? qBound<qint64>(65536, announced, limits.maxDocumentBytes) : 65536,
                    limits.maxDocumentBytes))
                return InputAllowance::deferral();
            const la_ssize_t n =
                archive_read_data(a.get(), buffer.data() + size, size_t(buffer.capacity() - size));
            if (n == 0)
                break;
            if (n < 0)
                return Error{u"tlsrpt.zip"_s,
                             tr("The zip entry “%1” cannot be read: %2")
                                 .arg(out.name, QString::fromUtf8(archive_error_string(a.get())))};
            size += n;
            if (size > limits.maxDocumentBytes)
                return Error{u"tlsrpt.too-large"_s,
                             tr("The zip entry “%1” decompresses to more than %2 MiB and was "
                                "refused.")
                                 .arg(out.name, megabytes(limits.maxDocumentBytes))};
            if (Status counted = allowance.unpacked(n); !counted)
                return counted.error();
        }
        out.bytes = buffer.take(size, out.held);
        each(std::move(out));
        if (allowance.deferred())
            return InputAllowance::deferral();
    }
    // libarchive reads a broken central directory as an empty archive; either way there is
    // nothing to import, and the input must not vanish without a reason.
    if (count == 0)
        return Error{u"tlsrpt.zip-empty"_s, tr("The zip archive holds no file.")};
    return Status::success();
}

} // namespace sts::tlsrpt

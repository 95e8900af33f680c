#include "tlsrpt/ZipReader.h"

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

Result<QList<ZipReader::Entry>> ZipReader::read(const QByteArray &data,
                                                const ExtractionLimits &limits)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                             &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
        return Error{u"tlsrpt.zip"_s, tr("The zip archive cannot be opened: %1")
                                          .arg(QString::fromUtf8(archive_error_string(a.get())))};
    QList<Entry> entries;
    qint64 total = 0;
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
        if (entries.size() >= limits.maxZipEntries)
            return Error{u"tlsrpt.zip-entries"_s,
                         tr("The zip archive has more than %1 files and was refused.")
                             .arg(limits.maxZipEntries)};
        Entry out;
        const char *name = archive_entry_pathname_utf8(entry);
        out.name = QString::fromUtf8(name ? name : archive_entry_pathname(entry));
        char buffer[65536];
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return Error{u"tlsrpt.zip"_s,
                             tr("The zip entry “%1” cannot be read: %2")
                                 .arg(out.name, QString::fromUtf8(archive_error_string(a.get())))};
            out.bytes.append(buffer, n);
            total += n;
            if (out.bytes.size() > limits.maxDocumentBytes)
                return Error{u"tlsrpt.too-large"_s,
                             tr("The zip entry “%1” decompresses to more than %2 MiB and was "
                                "refused.")
                                 .arg(out.name, megabytes(limits.maxDocumentBytes))};
            if (total > limits.maxArchiveBytes)
                return Error{u"tlsrpt.too-large"_s,
                             tr("The zip archive decompresses to more than %1 MiB and was "
                                "refused.")
                                 .arg(megabytes(limits.maxArchiveBytes))};
        }
        entries << std::move(out);
    }
    return entries;
}

} // namespace sts::tlsrpt

#include "bundle/BundleArchive.h"

#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace sts::bundle {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::bundle", text);
}

bool isSafeBundlePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.size() > 512)
        return false;
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            return false;
        for (const QChar c : segment) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
        }
    }
    return true;
}

static QString archiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromUtf8(message) : tr("unknown error");
}

Status writeZip(const QString &zipPath, const QList<BundleFile> &files, const QDateTime &mtime,
                const std::function<void(int, int)> &progress, const CancelToken &cancel)
{
    bool secret = false;
    for (const BundleFile &file : files)
        secret = secret || file.secret;
    // Restricted before the first byte of a key is written, not after.
    AtomicFile out(zipPath, secret ? 0600 : 0644, true);
    if (Status opened = out.open(); !opened)
        return opened;

    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(),
                                                              &archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_zip_set_compression_deflate(a.get());
    auto writer = [](archive *, void *device, const void *buffer, size_t length) -> la_ssize_t {
        const Status written = static_cast<AtomicFile *>(device)->write(
            QByteArrayView(static_cast<const char *>(buffer), qsizetype(length)));
        return written ? la_ssize_t(length) : -1;
    };
    if (archive_write_open2(a.get(), &out, nullptr, writer, nullptr, nullptr) != ARCHIVE_OK)
        return Error{u"bundle.write"_s,
                     tr("Cannot start the zip archive: %1").arg(archiveError(a.get()))};

    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        &archive_entry_free);
    for (int i = 0; i < files.size(); ++i) {
        if (cancel.isCancelled())
            return Error{u"bundle.cancelled"_s, tr("Writing the bundle was cancelled.")};
        const BundleFile &file = files.at(i);
        if (!isSafeBundlePath(file.path))
            return Error{u"bundle.path"_s,
                         tr("“%1” is not a valid path inside a bundle.").arg(file.path)};
        archive_entry_clear(entry.get());
        archive_entry_set_pathname_utf8(entry.get(), file.path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), file.secret ? 0600 : file.executable ? 0755 : 0644);
        archive_entry_set_size(entry.get(), file.content.size());
        archive_entry_set_mtime(entry.get(), mtime.toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), file.content.constData(), size_t(file.content.size())) !=
                la_ssize_t(file.content.size()))
            return Error{
                u"bundle.write"_s,
                tr("Cannot add “%1” to the zip archive: %2").arg(file.path, archiveError(a.get()))};
        if (progress)
            progress(i + 1, int(files.size()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return Error{u"bundle.write"_s,
                     tr("Cannot finish the zip archive: %1").arg(archiveError(a.get()))};
    return out.commit();
}

Result<QList<ReadEntry>> readZip(const QString &zipPath, const QStringList &keep,
                                 const BundleLimits &limits)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                             &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(zipPath).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return Error{
            u"bundle.open"_s,
            tr("“%1” cannot be opened as a zip archive: %2").arg(zipPath, archiveError(a.get()))};
    QList<ReadEntry> entries;
    qint64 total = 0;
    archive_entry *header = nullptr;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &header);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return Error{u"bundle.corrupt"_s,
                         tr("The bundle is corrupt: %1").arg(archiveError(a.get()))};
        if (archive_entry_filetype(header) != AE_IFREG)
            continue;
        if (entries.size() >= limits.maxEntries)
            return Error{u"bundle.entries"_s,
                         tr("The bundle has more than %1 files; refusing to read it.")
                             .arg(limits.maxEntries)};
        ReadEntry entry;
        const char *name = archive_entry_pathname_utf8(header);
        entry.path =
            name ? QString::fromUtf8(name) : QString::fromLocal8Bit(archive_entry_pathname(header));
        const bool kept = keep.contains(entry.path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (n == 0)
                break;
            if (n < 0)
                return Error{u"bundle.corrupt"_s, tr("“%1” in the bundle cannot be read: %2")
                                                      .arg(entry.path, archiveError(a.get()))};
            entry.size += n;
            total += n;
            if (entry.size > limits.maxEntryBytes || total > limits.maxTotalBytes ||
                (kept && entry.size > limits.maxKeptBytes))
                return Error{
                    u"bundle.size"_s,
                    tr("“%1” in the bundle is larger than allowed; refusing to read further.")
                        .arg(entry.path)};
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (kept)
                entry.content.append(buffer.constData(), n);
        }
        entry.sha256 = hash.result();
        entries << entry;
    }
    return entries;
}

} // namespace sts::bundle

#include "tlsrpt/InputExtractor.h"

#include "tlsrpt/GzipReader.h"
#include "tlsrpt/MailReader.h"
#include "tlsrpt/ZipReader.h"
#include "util/BatchFileReader.h"
#include "util/PosixFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::InputExtractor", text);
}

// Mail store bookkeeping that is not mail: Dovecot/Courier indexes, Maildir markers.
static bool isMailStoreMetadata(QByteArrayView name)
{
    return name.startsWith("dovecot") || name.startsWith("courier") || name == "maildirfolder" ||
           name == "subscriptions" || name.startsWith(".");
}

// A Maildir's tmp/ holds mail still being delivered.
static bool isMaildirTmp(const QString &directory)
{
    const QFileInfo info(directory);
    if (info.fileName() != u"tmp"_s)
        return false;
    const QDir maildir = info.dir();
    return maildir.exists(u"cur"_s) || maildir.exists(u"new"_s);
}

QList<QByteArray> InputExtractor::collectLocalFiles(const QStringList &paths, QStringList *missing)
{
    QList<QByteArray> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << QFile::encodeName(info.absoluteFilePath());
        } else if (info.isDir()) {
            files << listFilesBelow(info.absoluteFilePath(), isMaildirTmp, isMailStoreMetadata);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

QStringList InputExtractor::collectFiles(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QByteArray &file : collectLocalFiles(paths, missing))
        files << QFile::decodeName(file);
    return files;
}

Extraction InputExtractor::extractFile(const QString &path) const
{
    // Straight system calls: at 100,000 small files, QFile's extra stat calls and buffers were
    // a tenth of an import (system calls are dear on a virtual machine).
    QByteArray bytes;
    const FileRead read = readWholeFile(QFile::encodeName(path), m_limits.maxFileBytes, bytes);
    return extractRead(path, read, bytes);
}

QList<Extraction> InputExtractor::extractFiles(const QList<QByteArray> &localPaths) const
{
    const QList<BatchFileReader::File> files =
        BatchFileReader::read(localPaths, m_limits.maxFileBytes);
    QList<Extraction> out;
    out.reserve(localPaths.size());
    for (qsizetype i = 0; i < localPaths.size(); ++i)
        out << extractRead(QFile::decodeName(localPaths.at(i)), files.at(i).read,
                           files.at(i).bytes);
    return out;
}

Extraction InputExtractor::extractRead(const QString &path, const FileRead &read,
                                       const QByteArray &bytes) const
{
    Extraction out;
    Origin origin;
    origin.path = path;
    if (read.outcome == FileRead::TooLarge) {
        out.rejected << RejectedInput{
            origin,
            {},
            Error{u"tlsrpt.too-large"_s, tr("The file is larger than %1 MiB and was refused.")
                                             .arg(m_limits.maxFileBytes / (1024 * 1024))}};
        return out;
    }
    if (read.outcome == FileRead::Failed) {
        out.rejected << RejectedInput{
            origin,
            {},
            Error{u"tlsrpt.unreadable"_s,
                  tr("The file cannot be read: %1").arg(qt_error_string(read.error))}};
        return out;
    }
    extract(bytes, origin, 0, false, {}, out);
    return out;
}

Extraction InputExtractor::extractBytes(const QByteArray &bytes, const Origin &origin,
                                        bool mailMayHaveNoReport) const
{
    Extraction out;
    extract(bytes, origin, 0, mailMayHaveNoReport, {}, out);
    return out;
}

static bool looksLikeJson(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

void InputExtractor::extract(const QByteArray &bytes, const Origin &origin, int depth,
                             bool mailMayHaveNoReport, QStringList warnings, Extraction &out) const
{
    const auto reject = [&](Error reason) {
        out.rejected << RejectedInput{origin, bytes, std::move(reason)};
    };
    if (depth > m_limits.maxDepth) {
        reject(Error{
            u"tlsrpt.too-deep"_s,
            tr("Containers are nested more than %1 levels deep; refused.").arg(m_limits.maxDepth)});
        return;
    }
    if (GzipReader::looksLikeGzip(bytes)) {
        Result<QByteArray> inflated =
            GzipReader::decompress(bytes, m_limits.maxDocumentBytes, &warnings);
        if (!inflated)
            return reject(inflated.error());
        extract(*inflated, origin, depth + 1, mailMayHaveNoReport, warnings, out);
        return;
    }
    if (ZipReader::looksLikeZip(bytes)) {
        Result<QList<ZipReader::Entry>> entries = ZipReader::read(bytes, m_limits);
        if (!entries)
            return reject(entries.error());
        for (const ZipReader::Entry &entry : *entries) {
            Origin inner = origin;
            inner.entry = origin.entry.isEmpty() ? entry.name : origin.entry + u"/"_s + entry.name;
            extract(entry.bytes, inner, depth + 1, mailMayHaveNoReport, warnings, out);
        }
        return;
    }
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3);
    if (looksLikeJson(body)) {
        out.documents << ExtractedDocument{bytes, origin, warnings};
        return;
    }
    if (MailReader::looksLikeMbox(bytes)) {
        for (const QByteArray &message : MailReader::splitMbox(bytes))
            extractMail(message, origin, depth + 1, true, out);
        return;
    }
    if (MailReader::looksLikeMail(bytes)) {
        extractMail(bytes, origin, depth + 1, mailMayHaveNoReport, out);
        return;
    }
    reject(Error{u"tlsrpt.unknown-format"_s,
                 tr("This is not a TLS-RPT report: neither JSON, gzip, zip nor a mail message.")});
}

void InputExtractor::extractMail(const QByteArray &bytes, const Origin &origin, int depth,
                                 bool mailMayHaveNoReport, Extraction &out) const
{
    Result<MailReader::Mail> mail = MailReader::read(bytes, m_limits);
    if (!mail) {
        out.rejected << RejectedInput{origin, bytes, mail.error()};
        return;
    }
    Origin inMail = origin;
    inMail.messageId = mail->messageId;
    const qsizetype before = out.documents.size() + out.rejected.size();
    for (const MailReader::Attachment &attachment : mail->attachments) {
        Origin inner = inMail;
        inner.entry = attachment.name;
        extract(attachment.bytes, inner, depth + 1, true, {}, out);
    }
    if (out.documents.size() + out.rejected.size() > before)
        return;
    if (mailMayHaveNoReport) {
        ++out.mailsWithoutReport;
        return;
    }
    out.rejected << RejectedInput{
        inMail, bytes,
        Error{u"tlsrpt.no-report-in-mail"_s,
              tr("This mail carries no TLS-RPT report (no JSON, gzip or zip attachment).")}};
}

} // namespace sts::tlsrpt

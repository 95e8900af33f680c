#include "tlsrpt/InputExtractor.h"

#include "tlsrpt/GzipReader.h"
#include "tlsrpt/InputFile.h"
#include "tlsrpt/MailReader.h"
#include "tlsrpt/WorkspaceFiles.h"
#include "tlsrpt/ZipReader.h"
#include "util/BatchFileReader.h"

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

QList<QByteArray> InputExtractor::collectLocalFiles(const QStringList &paths, QStringList *missing,
                                                    const QString &workspace, QStringList *own)
{
    const WorkspaceFiles workspaceFiles(workspace);
    QList<QByteArray> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            QByteArray file = QFile::encodeName(info.absoluteFilePath());
            if (!workspaceFiles.contains(file))
                files << std::move(file);
            else if (own)
                own->append(path);
        } else if (info.isDir()) {
            QList<QByteArray> below =
                listFilesBelow(info.absoluteFilePath(), isMaildirTmp, isMailStoreMetadata);
            workspaceFiles.removeFrom(below);
            files << below;
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

// One input's extraction: where its results go and what it may use.
struct InputExtractor::State
{
    Extraction &out;
    InputAllowance &allowance;

    void reject(const Origin &origin, Error reason)
    {
        if (InputAllowance::isDeferral(reason))
            out.deferred = true;
        else
            out.rejected << RejectedInput{origin, {}, std::move(reason)};
    }
};

Extraction InputExtractor::extractFile(const QString &path) const
{
    InputAllowance allowance(m_limits.maxInputBytes);
    return extractRead(QFile::encodeName(path), {FileRead::NotRead, 0}, {}, allowance);
}

qsizetype
InputExtractor::extractFiles(const QList<QByteArray> &localPaths, const MemoryScope &scope,
                             const std::function<Next(Extraction &&, InputAllowance &)> &each) const
{
    // Read in groups, so that no more small files wait in memory than one group.
    constexpr qsizetype kGroup = 64;
    for (qsizetype first = 0; first < localPaths.size(); first += kGroup) {
        const QList<QByteArray> group = localPaths.mid(first, kGroup);
        // Straight system calls: at 100,000 small files, QFile's extra stat calls and buffers
        // were a tenth of an import (system calls are dear on a virtual machine). Larger files
        // are read one at a time below, once the budget has room for them.
        QList<BatchFileReader::File> files =
            BatchFileReader::read(group, m_limits.maxDocumentBytes, false);
        for (qsizetype i = 0; i < group.size(); ++i) {
            InputAllowance allowance = scope.allowance(m_limits.maxInputBytes);
            Extraction extraction = extractRead(group.at(i), files.at(i).read,
                                                std::exchange(files[i].bytes, {}), allowance);
            if (extraction.deferred)
                return first + i;
            switch (each(std::move(extraction), allowance)) {
            case Next::Continue:
                break;
            case Next::Stop:
                return first + i + 1;
            case Next::Deferred:
                return first + i;
            }
        }
    }
    return localPaths.size();
}

Extraction InputExtractor::extractRead(const QByteArray &localPath, const FileRead &read,
                                       const QByteArray &bytes, InputAllowance &allowance) const
{
    Extraction out;
    Origin origin;
    origin.path = QFile::decodeName(localPath);
    out.origin = origin;
    State state{out, allowance};
    if (read.outcome == FileRead::Failed) {
        state.reject(origin,
                     Error{u"tlsrpt.unreadable"_s,
                           tr("The file cannot be read: %1").arg(qt_error_string(read.error))});
        return out;
    }
    if (read.outcome == FileRead::Ok) {
        if (!allowance.reserve(bytes.size())) {
            out.deferred = true;
            return out;
        }
        HeldBytes held = allowance.hold(bytes.size());
        finish(bytes, held, out);
        extract(bytes, std::move(held), origin, 0, false, {}, state);
        return out;
    }
    // Too large for a batch read (or the small read said so): read on its own.
    HeldBytes held;
    Result<QByteArray> whole = readInputFile(localPath, m_limits, allowance, held);
    if (!whole) {
        state.reject(origin, whole.error());
        return out;
    }
    finish(*whole, held, out);
    extract(*whole, std::move(held), origin, 0, false, {}, state);
    return out;
}

// Keeps the input as it came, for the quarantine, unless it is too large to be kept there.
void InputExtractor::finish(const QByteArray &bytes, HeldBytes held, Extraction &out) const
{
    if (bytes.size() > m_limits.maxQuarantinedBytes) {
        out.dropped = true;
        return;
    }
    out.original = bytes;
    out.originalHeld = std::move(held);
}

Extraction InputExtractor::extractBytes(const QByteArray &bytes, const Origin &origin,
                                        bool mailMayHaveNoReport) const
{
    Extraction out;
    out.origin = origin;
    InputAllowance allowance(m_limits.maxInputBytes);
    State state{out, allowance};
    finish(bytes, {}, out);
    extract(bytes, {}, origin, 0, mailMayHaveNoReport, {}, state);
    return out;
}

void InputExtractor::extract(QByteArray bytes, HeldBytes held, const Origin &origin, int depth,
                             bool mailMayHaveNoReport, QStringList warnings, State &state) const
{
    if (state.out.deferred)
        return;
    if (depth > m_limits.maxDepth) {
        state.reject(origin, Error{u"tlsrpt.too-deep"_s,
                                   tr("Containers are nested more than %1 levels deep; refused.")
                                       .arg(m_limits.maxDepth)});
        return;
    }
    if (GzipReader::looksLikeGzip(bytes)) {
        HeldBytes inflatedHeld;
        Result<QByteArray> inflated = GzipReader::decompress(
            bytes, m_limits.maxDocumentBytes, state.allowance, inflatedHeld, &warnings);
        // The compressed bytes are not needed any more (the input's original keeps its own).
        bytes = {};
        held = {};
        if (!inflated)
            return state.reject(origin, inflated.error());
        extract(std::move(*inflated), std::move(inflatedHeld), origin, depth + 1,
                mailMayHaveNoReport, warnings, state);
        return;
    }
    if (ZipReader::looksLikeZip(bytes))
        return extractZip(bytes, origin, depth, mailMayHaveNoReport, warnings, state);
    if (looksLikeJson(bytes)) {
        if (bytes.size() > m_limits.maxDocumentBytes)
            return state.reject(
                origin, Error{u"tlsrpt.too-large"_s,
                              tr("The report is larger than %1 MiB (the limit for one report, "
                                 "whatever its container) and was refused.")
                                  .arg(m_limits.maxDocumentBytes / (1024 * 1024))});
        state.out.documents << ExtractedDocument{bytes, origin, warnings, std::move(held)};
        return;
    }
    if (MailReader::looksLikeMbox(bytes))
        return extractMbox(bytes, origin, depth, state);
    if (MailReader::looksLikeMail(bytes))
        return extractMail(bytes, origin, depth + 1, mailMayHaveNoReport, state);
    state.reject(origin, Error{u"tlsrpt.unknown-format"_s,
                               tr("This is not a TLS-RPT report: neither JSON, gzip, zip nor a "
                                  "mail message.")});
}

void InputExtractor::extractZip(const QByteArray &bytes, const Origin &origin, int depth,
                                bool mailMayHaveNoReport, const QStringList &warnings,
                                State &state) const
{
    // An archive is read whole or not at all: what its first entries gave is dropped again when
    // a later one breaks it.
    Extraction &out = state.out;
    const qsizetype documents = out.documents.size();
    const qsizetype rejected = out.rejected.size();
    const int mails = out.mailsWithoutReport;
    const Status read =
        ZipReader::forEach(bytes, m_limits, state.allowance, [&](ZipReader::Entry &&entry) {
            Origin inner = origin;
            inner.entry = origin.entry.isEmpty() ? entry.name : origin.entry + u"/"_s + entry.name;
            extract(std::move(entry.bytes), std::move(entry.held), inner, depth + 1,
                    mailMayHaveNoReport, warnings, state);
        });
    if (read)
        return;
    out.documents.resize(documents);
    out.rejected.resize(rejected);
    out.mailsWithoutReport = mails;
    state.reject(origin, read.error());
}

void InputExtractor::extractMbox(const QByteArray &bytes, const Origin &origin, int depth,
                                 State &state) const
{
    qsizetype position = 0;
    bool anyMessage = false;
    while (std::optional<QByteArray> message = MailReader::nextMboxMessage(bytes, position)) {
        anyMessage = true;
        if (!state.allowance.reserve(message->size())) {
            state.out.deferred = true;
            return;
        }
        const HeldBytes held = state.allowance.hold(message->size());
        extractMail(*message, origin, depth + 1, true, state);
        if (state.out.deferred)
            return;
    }
    if (!anyMessage)
        state.reject(origin, Error{u"tlsrpt.mbox-empty"_s, tr("This mbox file holds no message.")});
}

void InputExtractor::extractMail(const QByteArray &bytes, const Origin &origin, int depth,
                                 bool mailMayHaveNoReport, State &state) const
{
    Extraction &out = state.out;
    Result<MailReader::Mail> mail = MailReader::read(bytes, m_limits, state.allowance);
    if (!mail)
        return state.reject(origin, mail.error());
    Origin inMail = origin;
    inMail.messageId = mail->messageId;
    const qsizetype before = out.documents.size() + out.rejected.size();
    for (MailReader::Attachment &attachment : mail->attachments) {
        Origin inner = inMail;
        inner.entry = attachment.name;
        // Handed over, so that an attachment that is no report leaves memory at once.
        extract(std::exchange(attachment.bytes, {}), std::exchange(attachment.held, {}), inner,
                depth + 1, true, {}, state);
    }
    if (out.deferred || out.documents.size() + out.rejected.size() > before)
        return;
    if (mailMayHaveNoReport) {
        ++out.mailsWithoutReport;
        return;
    }
    state.reject(inMail, Error{u"tlsrpt.no-report-in-mail"_s,
                               tr("This mail carries no TLS-RPT report (no JSON, gzip or zip "
                                  "attachment).")});
}

} // namespace sts::tlsrpt

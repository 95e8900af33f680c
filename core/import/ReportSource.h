#pragma once

#include "import/ImportSummary.h"
#include "tlsrpt/Extraction.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sts::tlsrpt {

// One group of inputs a source hands to the import, and where the source stands once it is in.
struct SourceBatch
{
    QStringList paths;        // local files and folders, read by the import pipeline
    QList<Extraction> inputs; // inputs the source read itself (fetched mail)
    // The source's cursor once this batch is imported, stored right after it; empty: unchanged.
    QString cursor;
};

// A place TLS reports come from: files the consultant names, the watched folder, an IMAP mailbox,
// and any other kind later. SourceImport runs it: it reads the source's cursor from the workspace
// (where its last sync stopped), opens the source there, imports its batches one after the other
// and stores each batch's cursor right after the batch, so that a sync never skips what was not
// imported and the next one resumes where this one stopped. The workspace keeps the cursor as
// text it never reads (storage::SourceCursors), so a new kind of source is this interface
// implemented and nothing else. Used on one thread (the import's).
class ReportSource
{
public:
    virtual ~ReportSource() = default;

    // Which kind of source ("imap") and which one of its kind ("user@host/INBOX"): the key its
    // cursor is stored under. Sources whose inputs leave them once imported keep no cursor.
    virtual QString kind() const = 0;
    virtual QString id() const = 0;

    // Connects and finds what is new after `cursor` (empty: never synced).
    virtual Status open(const QString &cursor) = 0;
    // The next batch, or none when everything new has been handed out.
    virtual Result<std::optional<SourceBatch>> next() = 0;
    // The batch last handed out is imported whole and its cursor stored: what the source does
    // with inputs that are in (mark mails seen, move files away). Not called for a batch whose
    // import was cancelled or failed.
    virtual Status imported(const SourceBatch &batch, const ImportSummary &summary)
    {
        Q_UNUSED(batch);
        Q_UNUSED(summary);
        return Status::success();
    }
    // After the last batch, or after a cancel (a failure leaves it to the destructor).
    virtual void close() {}
};

} // namespace sts::tlsrpt

#pragma once

#include "tlsrpt/MemoryBudget.h"
#include "tlsrpt/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sts::tlsrpt {

// Hard limits for everything that unpacks untrusted input: a hostile or broken file must be
// refused quickly with a clear reason, never exhaust memory or disk.
struct ExtractionLimits
{
    // One report, whatever its container: a plain file, a gzip member, a zip entry, a mail
    // attachment.
    qint64 maxDocumentBytes = 32ll * 1024 * 1024;
    // One input: its file and everything unpacked from it at every level of nesting, counted
    // together (a zip of zips is one input). It bounds both the memory one input may hold and
    // the work a small archive can cause.
    qint64 maxInputBytes = 64ll * 1024 * 1024;
    qint64 maxFileBytes = 64ll * 1024 * 1024;    // one input file that is not a plain report
    qint64 maxMessageBytes = 48ll * 1024 * 1024; // one mail message
    // An input that goes to the quarantine is kept as it came (compressed) up to this size;
    // a larger one is listed there without its bytes.
    qint64 maxQuarantinedBytes = 16ll * 1024 * 1024;
    int maxZipEntries = 1000;
    int maxDepth = 6; // containers inside containers (mail → zip → gzip → JSON is 3)
};

// A JSON document that looks like a report, with where it came from and what was odd about its
// packaging (for example trailing bytes after a gzip stream).
struct ExtractedDocument
{
    QByteArray json;
    Origin origin;
    QStringList warnings;
    HeldBytes held; // the document's share of the import's memory budget
};

// Something that could not be read as a report. During extraction it names the refused piece
// (no bytes: a refused piece gives its memory back at once); a quarantine entry is the whole
// input as it came (`bytes`, empty when it was not kept).
struct RejectedInput
{
    Origin origin;
    QByteArray bytes;
    Error reason;
};

struct Extraction
{
    QList<ExtractedDocument> documents;
    QList<RejectedInput> rejected;
    // Messages that carried no report at all (a mailbox also holds ordinary mail). A single mail
    // file given by the user is rejected instead, so that nothing vanishes silently.
    int mailsWithoutReport = 0;
    Origin origin; // of the input itself
    // The input as it came (a file's bytes, a fetched message), for the quarantine; empty when
    // it is unreadable or larger than ExtractionLimits::maxQuarantinedBytes (then `dropped`).
    QByteArray original;
    HeldBytes originalHeld;
    bool dropped = false;
    // The import's memory budget was spent: nothing was extracted, the input is read again
    // later.
    bool deferred = false;
};

} // namespace sts::tlsrpt

#pragma once

#include "tlsrpt/Report.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sts::tlsrpt {

// Hard limits for everything that unpacks untrusted input: a hostile or broken file must be
// refused quickly with a clear reason, never exhaust memory.
struct ExtractionLimits
{
    qint64 maxFileBytes = 512ll * 1024 * 1024;    // one input file read from disk
    qint64 maxDocumentBytes = 32ll * 1024 * 1024; // one decompressed report
    qint64 maxArchiveBytes = 256ll * 1024 * 1024; // all entries of one zip, decompressed
    qint64 maxMessageBytes = 64ll * 1024 * 1024;  // one mail message
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
};

// Something that could not be read as a report: kept with its bytes so it can be quarantined.
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
};

} // namespace sts::tlsrpt

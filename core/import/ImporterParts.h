#pragma once

// The parts of Importer that its two source files share: Importer.cpp (parsing, writing, the
// quarantine) and ImportPipeline.cpp (the pipeline of importPaths()).
#include "import/Importer.h"
#include "storage/ReportRepository.h"
#include "storage/StoredReport.h"

namespace sts::tlsrpt {

// One input, parsed and turned into rows on the pool. The Report itself is not kept: its rows,
// bytes and origin are all the database thread needs (and all a quarantine entry needs).
struct Importer::Parsed
{
    struct Document
    {
        storage::StoredReport stored;
        QByteArray raw;
        Origin origin;
        HeldBytes held; // `raw` and `stored` against the import's memory budget
    };
    QList<Document> documents;
    QList<RejectedInput> rejected; // the refused pieces (without bytes)
    int mailsWithoutReport = 0;
    Origin origin; // of the input
    // The input as it came, kept only when it may go to the quarantine.
    QByteArray original;
    HeldBytes originalHeld;
    bool dropped = false;
    qint64 heldBytes = 0;
};

// A run of inputs parsed on the pool: the first `done` of those it was given (fewer when the
// memory budget deferred the rest, or they would have held too much at once).
struct Importer::Chunk
{
    QList<Parsed> parsed;
    qsizetype done = 0;
};

// Documents this small are parsed without estimating their cost first: even the worst of them
// takes less than a megabyte to parse, and counting would cost a noticeable share of their time.
inline constexpr qsizetype kCheapDocument = 4096;
// A chunk stops taking inputs once it holds this much: the chunk the writer waits for may go
// beyond the budget, and must not do so by a whole chunk of large inputs.
inline constexpr qint64 kChunkHeldBytes = 8ll * 1024 * 1024;

struct Importer::State
{
    explicit State(std::shared_ptr<const storage::Database> db) : repository(std::move(db)) {}
    storage::ReportRepository repository;
    storage::EngagementDomains domains;
};

} // namespace sts::tlsrpt

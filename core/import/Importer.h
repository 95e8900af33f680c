#pragma once

#include "import/ImportSummary.h"
#include "storage/Database.h"
#include "storage/EngagementDomains.h"
#include "tlsrpt/Extraction.h"
#include "tlsrpt/InputAllowance.h"
#include "util/Clock.h"

#include <atomic>
#include <memory>

namespace sts::tlsrpt {

// Imports reports into the workspace. Extraction and parsing run on the global thread pool while
// this thread writes: each batch is one transaction of whole inputs (an input's reports, or its
// quarantine row), so a kill leaves whole inputs and a re-import only adds what is missing. A
// savepoint per input is used only for a batch in which some input cannot be stored. Use it on the
// thread that opened `database` (in the GUI: a worker thread with its own Database::openAnother()
// connection, started with QtConcurrent::run).
class Importer
{
public:
    Importer(std::shared_ptr<const storage::Database> database, ImportOptions options = {},
             std::shared_ptr<const Clock> clock = Clock::system());

    Result<ImportSummary> importPaths(const QStringList &paths,
                                      const std::atomic_bool *cancel = nullptr,
                                      const ImportProgress &progress = {});

    // Inputs already in memory (IMAP): one Extraction per input.
    Result<ImportSummary> importExtractions(const QList<Extraction> &inputs);

    // Parses the quarantined inputs again; those that now import leave the quarantine. Reports
    // the consultant sent back there stay.
    Result<ImportSummary> retryQuarantine();

private:
    struct Parsed;
    struct Chunk;
    // `deferred` set: the allowance's budget refused, nothing parsed.
    static Parsed parse(Extraction &&extraction, const storage::EngagementDomains &domains,
                        const ExtractionLimits &limits, InputAllowance &allowance,
                        bool keepOriginal, bool *deferred = nullptr);
    static Parsed parse(Extraction &&extraction, const storage::EngagementDomains &domains,
                        const ExtractionLimits &limits);
    Status begin();
    Status write(const QList<Parsed> &batch, ImportSummary &summary);
    // The batch again with a savepoint per input: an input that cannot be stored is quarantined.
    Status writeUnits(const QList<Parsed> &batch, ImportSummary &summary);
    // The same for files, read again one at a time.
    Status writeUnits(const QList<QByteArray> &files, ImportSummary &summary);
    Status writeInputs(const QList<Parsed> &batch, const QDateTime &at, bool savepoints,
                       ImportSummary &summary, bool *needUnits);

    std::shared_ptr<const storage::Database> m_db;
    ImportOptions m_options;
    std::shared_ptr<const Clock> m_clock;
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace sts::tlsrpt

#pragma once

#include "tlsrpt/Extraction.h"

#include <QJsonObject>
#include <functional>

namespace sts::tlsrpt {

// How an import reads its inputs, and what it did with them: the same for every report source
// (files, the watched folder, a mailbox) and every face that shows it.
struct ImportOptions
{
    ExtractionLimits limits;
    // All the bytes of inputs held at once, across the pipeline (see MemoryBudget). The input
    // the writer waits for may go beyond it, by at most its own limits.
    qint64 memoryBudgetBytes = 64ll * 1024 * 1024;
    int filesPerBatch = 8192; // parsed in parallel, then committed as one transaction
    qint64 engagementId = 0;  // when set: must exist; the summary counts reports for it
};

struct QuarantinedInput
{
    QString origin;
    QString code;
    QString reason;
};

struct ImportSummary
{
    int files = 0;
    int imported = 0;
    int duplicates = 0; // the same report (organisation, report-id and content) again
    // Same organisation and report-id, other content: both kept, neither counted until the
    // consultant keeps one (ReportCuration::keepVersion).
    int conflicts = 0;
    int quarantined = 0;
    int unassigned = 0;         // imported reports with a policy domain no engagement has (yet)
    int forEngagement = 0;      // imported reports for ImportOptions::engagementId
    int mailsWithoutReport = 0; // ordinary mail in a mailbox, skipped
    bool cancelled = false;
    QList<QuarantinedInput> quarantine;
    // Wall time of the import itself: finding, reading, parsing and writing the inputs, up to
    // the last commit (not opening the workspace, not fetching mail).
    qint64 elapsedMs = 0;
    // The most input bytes the import held at once (by its MemoryBudget's count).
    qint64 peakHeldBytes = 0;

    void add(const ImportSummary &other);
    QJsonObject toJson() const;
};

// done = inputs finished so far, total = inputs found.
using ImportProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace sts::tlsrpt

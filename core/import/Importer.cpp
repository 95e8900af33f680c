#include "import/Importer.h"

#include "import/ImporterParts.h"
#include "storage/EngagementRepository.h"
#include "tlsrpt/InputExtractor.h"
#include "tlsrpt/ParseCost.h"
#include "tlsrpt/QuarantineRow.h"
#include "tlsrpt/ReportParser.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::Importer", text);
}

Importer::Importer(std::shared_ptr<const storage::Database> database, ImportOptions options,
                   std::shared_ptr<const Clock> clock)
    : m_db(std::move(database)), m_options(options), m_clock(std::move(clock)),
      m_state(std::make_shared<State>(m_db))
{}

Importer::Parsed Importer::parse(Extraction &&extraction, const storage::EngagementDomains &domains,
                                 const ExtractionLimits &limits, InputAllowance &allowance,
                                 bool keepOriginal, bool *deferred)
{
    Parsed parsed;
    parsed.rejected = std::move(extraction.rejected);
    parsed.mailsWithoutReport = extraction.mailsWithoutReport;
    parsed.origin = extraction.origin;
    for (ExtractedDocument &document : extraction.documents) {
        // The parsers' trees are reserved before they are built, and refused when no input
        // could have them (a report of a million empty objects within the size limit).
        const qint64 cost =
            document.json.size() > kCheapDocument ? parseCostEstimate(document.json) : 0;
        if (cost > limits.maxInputBytes) {
            parsed.rejected << RejectedInput{
                document.origin,
                {},
                Error{u"tlsrpt.too-complex"_s,
                      tr("The report is made of so many small values that reading it would "
                         "take more than %1 MiB of memory; refused.")
                          .arg(limits.maxInputBytes / (1024 * 1024))}};
            document = {};
            continue;
        }
        if (!allowance.reserve(cost)) {
            if (deferred)
                *deferred = true;
            return {};
        }
        Result<Report> report = ReportParser::parse(document.json, document.origin);
        if (!report) {
            allowance.release(cost);
            parsed.rejected << RejectedInput{document.origin, {}, report.error()};
            document = {};
            continue;
        }
        report->warnings = document.warnings + report->warnings;
        Parsed::Document out{storage::StoredReport::build(*report, domains), report->raw,
                             report->origin, std::move(document.held)};
        report = Error{};
        allowance.release(cost);
        const qint64 rows = out.stored.memoryBytes();
        if (!allowance.reserve(rows)) {
            if (deferred)
                *deferred = true;
            return {};
        }
        if (out.held.isNull())
            out.held = allowance.hold(rows);
        else
            out.held.add(rows);
        parsed.heldBytes += out.raw.size() + rows;
        parsed.documents << std::move(out);
    }
    if (keepOriginal || !parsed.rejected.isEmpty()) {
        parsed.original = std::move(extraction.original);
        parsed.originalHeld = std::move(extraction.originalHeld);
        parsed.dropped = extraction.dropped;
        parsed.heldBytes += parsed.original.size();
    }
    return parsed;
}

Importer::Parsed Importer::parse(Extraction &&extraction, const storage::EngagementDomains &domains,
                                 const ExtractionLimits &limits)
{
    InputAllowance unbudgeted(limits.maxInputBytes);
    return parse(std::move(extraction), domains, limits, unbudgeted, true);
}

Status Importer::begin()
{
    if (m_options.engagementId > 0) {
        // Only that it exists (engagement.not-found otherwise).
        if (Result<Engagement> engagement =
                storage::EngagementRepository(m_db).get(m_options.engagementId);
            !engagement)
            return engagement.error();
    }
    if (Status ready = m_state->repository.prepareBulkImport(); !ready)
        return ready;
    // Reports that arrived before their engagement was created belong to it now.
    if (Result<int> attached = m_state->repository.attachUnassigned(); !attached)
        return attached.error();
    Result<storage::EngagementDomains> domains = m_state->repository.engagementDomains();
    if (!domains)
        return domains.error();
    m_state->domains = *domains;
    return Status::success();
}

Status Importer::write(const QList<Parsed> &batch, ImportSummary &summary)
{
    // Fast path: the batch as one transaction without savepoints. Each input is still atomic,
    // because a batch commits whole inputs or nothing; only when an input's report cannot be
    // stored does the batch run again with a savepoint per input, so that input alone goes to
    // the quarantine. (Savepoints for every input cost about a quarter of the import time.)
    const QDateTime now = m_clock->now();
    bool needUnits = false;
    ImportSummary fast;
    Status status = m_db->inTransaction(
        [&]() -> Status { return writeInputs(batch, now, false, fast, &needUnits); });
    if (status) {
        summary.add(fast);
        return status;
    }
    if (!needUnits)
        return status;
    return writeUnits(batch, summary);
}

Status Importer::writeUnits(const QList<Parsed> &batch, ImportSummary &summary)
{
    const QDateTime now = m_clock->now();
    ImportSummary units;
    const Status status = m_db->inTransaction(
        [&]() -> Status { return writeInputs(batch, now, true, units, nullptr); });
    if (status)
        summary.add(units);
    return status;
}

Status Importer::writeInputs(const QList<Parsed> &batch, const QDateTime &at, bool savepoints,
                             ImportSummary &summary, bool *needUnits)
{
    storage::ReportRepository &repo = m_state->repository;
    const QByteArray now = toIsoUtc(at).toUtf8();
    for (const Parsed &input : batch) {
        if (savepoints) {
            if (Status s = repo.savepoint(); !s)
                return s;
        }
        ImportSummary unit;
        unit.mailsWithoutReport = input.mailsWithoutReport;
        const QList<RejectedInput> *rejected = &input.rejected;
        QList<RejectedInput> instead;
        for (const Parsed::Document &document : input.documents) {
            Result<storage::ReportRepository::StoreOutcome> stored =
                repo.store(document.stored, document.raw, now);
            if (!stored) {
                if (!savepoints) {
                    *needUnits = true;
                    return stored.error();
                }
                // This input cannot be stored as it is: undo it whole and keep it aside.
                if (Status s = repo.rollbackToSavepoint(); !s)
                    return s;
                if (Status s = repo.savepoint(); !s)
                    return s;
                unit = {};
                unit.mailsWithoutReport = input.mailsWithoutReport;
                for (const Parsed::Document &d : input.documents)
                    instead << RejectedInput{d.origin, {}, stored.error()};
                instead << input.rejected;
                rejected = &instead;
                break;
            }
            if (*stored == storage::ReportRepository::StoreOutcome::Duplicate) {
                ++unit.duplicates;
                continue;
            }
            if (*stored == storage::ReportRepository::StoreOutcome::Conflict) {
                ++unit.conflicts;
                continue;
            }
            ++unit.imported;
            if (document.stored.unassigned)
                ++unit.unassigned;
            if (m_options.engagementId > 0 &&
                document.stored.engagements.contains(m_options.engagementId))
                ++unit.forEngagement;
        }
        if (!rejected->isEmpty()) {
            const RejectedInput row =
                quarantineRow(input.origin, input.original, input.dropped, *rejected,
                              m_options.limits.maxQuarantinedBytes);
            if (Status s = repo.quarantine(row, at); !s)
                return s;
        }
        for (const RejectedInput &r : *rejected) {
            ++unit.quarantined;
            unit.quarantine << QuarantinedInput{r.origin.describe(), r.reason.code,
                                                r.reason.message};
        }
        if (savepoints) {
            if (Status s = repo.releaseSavepoint(); !s)
                return s;
        }
        summary.add(unit);
    }
    return Status::success();
}

Result<ImportSummary> Importer::importExtractions(const QList<Extraction> &inputs)
{
    QElapsedTimer clock;
    clock.start();
    if (Status ready = begin(); !ready)
        return ready.error();
    ImportSummary summary;
    summary.files = int(inputs.size());
    QList<Parsed> batch;
    for (Extraction input : inputs)
        batch << parse(std::move(input), m_state->domains, m_options.limits);
    if (Status s = write(batch, summary); !s)
        return s.error();
    summary.elapsedMs = clock.elapsed();
    return summary;
}

Result<ImportSummary> Importer::retryQuarantine()
{
    QElapsedTimer clock;
    clock.start();
    if (Status ready = begin(); !ready)
        return ready.error();
    // The list without the bytes, then one entry's bytes at a time.
    Result<QList<tlsrpt::QuarantineEntry>> entries = m_state->repository.quarantined(false);
    if (!entries)
        return entries.error();
    const InputExtractor extractor(m_options.limits);
    ImportSummary summary;
    for (const tlsrpt::QuarantineEntry &entry : *entries) {
        if (entry.reasonCode == storage::withdrawnReasonCode())
            continue; // the consultant took it out: a parser update changes nothing about that
        Result<QByteArray> bytes = m_state->repository.quarantinedBytes(entry.id);
        if (!bytes)
            return bytes.error();
        if (bytes->isEmpty())
            continue; // nothing to retry: the input could not be read or was not kept
        Parsed parsed = parse(extractor.extractBytes(*bytes, Origin{entry.origin, {}, {}, {}}),
                              m_state->domains, m_options.limits);
        if (!parsed.rejected.isEmpty())
            continue;
        ImportSummary unit;
        if (Status s = write({parsed}, unit); !s)
            return s.error();
        if (Status s = m_state->repository.removeFromQuarantine(entry.id); !s)
            return s.error();
        summary.add(unit);
    }
    summary.elapsedMs = clock.elapsed();
    return summary;
}

} // namespace sts::tlsrpt

#include "tlsrpt/Importer.h"

#include "storage/ReportRepository.h"
#include "storage/StoredReport.h"
#include "storage/WalCheckpointer.h"
#include "tlsrpt/InputExtractor.h"
#include "tlsrpt/ReportCuration.h"
#include "tlsrpt/ReportParser.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <deque>
#include <future>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::Importer", text);
}

// One input, parsed and turned into rows on the pool. The Report itself is not kept: its rows,
// bytes and origin are all the database thread needs (and all a quarantine entry needs).
struct Importer::Parsed
{
    struct Document
    {
        storage::StoredReport stored;
        QByteArray raw;
        Origin origin;
    };
    QList<Document> documents;
    QList<RejectedInput> rejected;
    int mailsWithoutReport = 0;
};

struct Importer::State
{
    explicit State(std::shared_ptr<const storage::Database> db) : repository(std::move(db)) {}
    storage::ReportRepository repository;
    storage::EngagementDomains domains;
};

void ImportSummary::add(const ImportSummary &o)
{
    files += o.files;
    imported += o.imported;
    duplicates += o.duplicates;
    conflicts += o.conflicts;
    quarantined += o.quarantined;
    unassigned += o.unassigned;
    forEngagement += o.forEngagement;
    mailsWithoutReport += o.mailsWithoutReport;
    cancelled = cancelled || o.cancelled;
    quarantine += o.quarantine;
    elapsedMs += o.elapsedMs;
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray items;
    for (const QuarantinedInput &q : quarantine)
        items.append(
            QJsonObject{{u"origin"_s, q.origin}, {u"code"_s, q.code}, {u"reason"_s, q.reason}});
    return QJsonObject{{u"files"_s, files},
                       {u"imported"_s, imported},
                       {u"duplicates"_s, duplicates},
                       {u"conflicts"_s, conflicts},
                       {u"quarantined"_s, quarantined},
                       {u"unassigned"_s, unassigned},
                       {u"for_engagement"_s, forEngagement},
                       {u"mails_without_report"_s, mailsWithoutReport},
                       {u"cancelled"_s, cancelled},
                       {u"elapsed_ms"_s, elapsedMs},
                       {u"quarantine"_s, items}};
}

Importer::Importer(std::shared_ptr<const storage::Database> database, ImportOptions options,
                   std::shared_ptr<const Clock> clock)
    : m_db(std::move(database)), m_options(options), m_clock(std::move(clock)),
      m_state(std::make_shared<State>(m_db))
{}

Importer::Parsed Importer::parse(const Extraction &extraction,
                                 const storage::EngagementDomains &domains)
{
    Parsed parsed;
    parsed.rejected = extraction.rejected;
    parsed.mailsWithoutReport = extraction.mailsWithoutReport;
    for (const ExtractedDocument &document : extraction.documents) {
        Result<Report> report = ReportParser::parse(document.json, document.origin);
        if (!report) {
            parsed.rejected << RejectedInput{document.origin, document.json, report.error()};
            continue;
        }
        report->warnings = document.warnings + report->warnings;
        parsed.documents << Parsed::Document{storage::StoredReport::build(*report, domains),
                                             report->raw, report->origin};
    }
    return parsed;
}

Status Importer::begin()
{
    if (m_options.engagementId > 0) {
        QSqlQuery q(m_db->sql());
        q.prepare(u"SELECT 1 FROM engagements WHERE id = ?"_s);
        q.addBindValue(m_options.engagementId);
        if (!q.exec())
            return storage::Database::sqlError(q.lastError(), tr("reading the engagement"));
        Result<bool> row = storage::Database::nextRow(q, tr("reading the engagement"));
        if (!row)
            return row.error();
        if (!*row)
            return Error{u"engagement.not-found"_s,
                         tr("There is no engagement %1.").arg(m_options.engagementId)};
    }
    if (!m_db->isPostgres()) {
        // A savepoint per input makes SQLite keep a sub-journal of every page it touches; in a
        // temp file that was ~11 pwrite calls per report: memory for it. The cache holds the
        // index pages an import touches; measured at 100,000 reports, 8 MiB beat 4 and 64 MiB
        // (a larger cache only costs page faults and allocations while it fills).
        QSqlQuery pragma(m_db->sql());
        for (const QString &statement :
             {u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -8192"_s}) {
            if (!pragma.exec(statement))
                return storage::Database::sqlError(pragma.lastError(), tr("preparing the import"));
        }
    }
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
                    instead << RejectedInput{d.origin, d.raw, stored.error()};
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
        for (const RejectedInput &r : *rejected) {
            if (Status s = repo.quarantine(r, at); !s)
                return s;
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

Result<ImportSummary> Importer::importPaths(const QStringList &paths,
                                            const std::atomic_bool *cancel,
                                            const ImportProgress &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (Status ready = begin(); !ready)
        return ready.error();
    QStringList missing;
    const QList<QByteArray> files = InputExtractor::collectLocalFiles(paths, &missing);
    ImportSummary summary;
    summary.files = int(files.size());

    const InputExtractor extractor(m_options.limits);
    const storage::EngagementDomains domains = m_state->domains;
    const auto parseChunk = [extractor, domains](const QList<QByteArray> &chunk) {
        QList<Parsed> parsed;
        parsed.reserve(chunk.size());
        for (const Extraction &extraction : extractor.extractFiles(chunk))
            parsed << parse(extraction, domains);
        return parsed;
    };
    if (!missing.isEmpty()) {
        QList<Parsed> notFound;
        for (const QString &path : missing) {
            Parsed p;
            p.rejected << RejectedInput{
                Origin{path, {}, {}, 0},
                {},
                Error{u"tlsrpt.not-found"_s, tr("There is no file or folder “%1”.").arg(path)}};
            notFound << p;
        }
        if (Status s = write(notFound, summary); !s)
            return s.error();
    }

    // The pool parses small chunks and keeps going while this thread writes: with one batch
    // in flight at a time, a core sat idle whenever parsing had caught up with the writer.
    // Chunks are written in file order, so the first of two equal reports is the one kept.
    // Four chunks per pool thread keep every thread busy; more only hold parsed reports in
    // memory (64 ahead, measured at 100,000 reports: twice the memory and 7% slower).
    const qsizetype perBatch = qMax(1, m_options.filesPerBatch);
    const qsizetype perChunk = qBound(qsizetype(1), perBatch / 8, qsizetype(256));
    const qsizetype chunksAhead = 4 * qMax(1, QThreadPool::globalInstance()->maxThreadCount());
    // std::future, not QFuture: waiting on a QFuture whose task has not started runs the task
    // on the waiting thread, and this thread, the slowest part of an import, must only write.
    std::deque<std::future<QList<Parsed>>> inFlight;
    qsizetype scheduled = 0;
    const auto scheduleMore = [&] {
        while (qsizetype(inFlight.size()) < chunksAhead && scheduled < files.size()) {
            auto task = std::make_shared<std::packaged_task<QList<Parsed>()>>(
                [parseChunk, chunk = files.mid(scheduled, perChunk)] { return parseChunk(chunk); });
            inFlight.push_back(task->get_future());
            QThreadPool::globalInstance()->start([task] { (*task)(); });
            scheduled += perChunk;
        }
    };
    const auto drain = [&] {
        for (std::future<QList<Parsed>> &future : inFlight)
            future.wait();
    };
    // Copying the log into the file happens beside this thread, not between its batches.
    storage::WalCheckpointer checkpointer(*m_db);
    scheduleMore();
    // Chunks go into the open transaction as they arrive, so that writing starts with the first
    // chunk instead of after a whole batch; a commit every `perBatch` inputs. A written chunk is
    // not kept (holding thousands of parsed reports cost more in memory traffic than it saved):
    // when an input cannot be stored, the inputs since the last commit are read again and
    // written with a savepoint each, so that it alone goes to the quarantine.
    QSqlDatabase sql = m_db->sql();
    bool open = false;
    const auto fail = [&](const Error &error) -> Result<ImportSummary> {
        if (open)
            sql.rollback();
        drain();
        return error;
    };
    qsizetype done = 0;    // inputs committed: files[0, done)
    qsizetype pending = 0; // inputs in the open transaction: files[done, done + pending)
    ImportSummary uncommitted;
    while (!inFlight.empty()) {
        QList<Parsed> chunk = inFlight.front().get();
        inFlight.pop_front();
        const bool stop = cancel && cancel->load();
        if (!stop)
            scheduleMore();
        if (!open) {
            if (!sql.transaction())
                return fail(storage::Database::sqlError(sql.lastError(), tr("writing reports")));
            open = true;
        }
        bool needUnits = false;
        const Status written = writeInputs(chunk, m_clock->now(), false, uncommitted, &needUnits);
        pending += chunk.size();
        // Freed on the pool, which has time for it; this thread has not.
        QThreadPool::globalInstance()->start([finished = std::move(chunk)] { Q_UNUSED(finished); });
        if (!written) {
            sql.rollback();
            open = false;
            uncommitted = {};
            if (!needUnits)
                return fail(written.error());
            if (Status units = writeUnits(parseChunk(files.mid(done, pending)), summary); !units)
                return fail(units.error());
        } else if (pending >= perBatch || inFlight.empty() || stop) {
            if (!sql.commit())
                return fail(storage::Database::sqlError(sql.lastError(), tr("writing reports")));
            open = false;
            summary.add(uncommitted);
            uncommitted = {};
        } else {
            continue;
        }
        done += std::exchange(pending, 0);
        checkpointer.committed();
        if (progress)
            progress(done, files.size());
        if (stop) {
            drain();
            summary.cancelled = done < files.size();
            break;
        }
    }
    summary.elapsedMs = clock.elapsed();
    return summary;
}

Result<ImportSummary> Importer::importExtractions(const QList<Extraction> &inputs)
{
    QElapsedTimer clock;
    clock.start();
    if (Status ready = begin(); !ready)
        return ready.error();
    ImportSummary summary;
    QList<Parsed> batch;
    for (const Extraction &input : inputs)
        batch << parse(input, m_state->domains);
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
    Result<QList<storage::QuarantineEntry>> entries = m_state->repository.quarantined();
    if (!entries)
        return entries.error();
    const InputExtractor extractor(m_options.limits);
    ImportSummary summary;
    for (const storage::QuarantineEntry &entry : *entries) {
        if (entry.bytes.isEmpty())
            continue; // nothing to retry: the file could not be read at all
        if (entry.reasonCode == ReportCuration::withdrawnCode())
            continue; // the consultant took it out: a parser update changes nothing about that
        Parsed parsed = parse(extractor.extractBytes(entry.bytes, Origin{entry.origin, {}, {}, 0}),
                              m_state->domains);
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

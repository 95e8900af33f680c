#include "import/Importer.h"
#include "import/ImporterParts.h"
#include "storage/WalCheckpointer.h"
#include "tlsrpt/InputExtractor.h"
#include "tlsrpt/MemoryBudget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <deque>
#include <future>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

namespace {

// Frees written chunks on the pool, which has time for it (the writer thread has not), and waits
// for every free before it goes out of scope. A parsed report holds bytes of the import's memory
// budget, which lives on importPaths' stack: a free still running after importPaths returned
// would give them back into a dead frame, corrupting whatever the next call put there (it hung
// on the next WAL checkpointer's mutex). Declared after the budget, so it is destroyed first.
class PoolFrees
{
public:
    PoolFrees() = default;
    PoolFrees(const PoolFrees &) = delete;
    PoolFrees &operator=(const PoolFrees &) = delete;
    ~PoolFrees()
    {
        for (std::future<void> &free : m_frees)
            free.wait();
    }

    template <typename T> void free(T &&doomed)
    {
        auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(doomed));
        auto task =
            std::make_shared<std::packaged_task<void()>>([held]() mutable { held.reset(); });
        held.reset(); // the task's copy is the last
        // Frees that finished are forgotten as new ones come, so the list stays short.
        while (!m_frees.empty() &&
               m_frees.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            m_frees.pop_front();
        m_frees.push_back(task->get_future());
        QThreadPool::globalInstance()->start([task] { (*task)(); });
    }

private:
    std::deque<std::future<void>> m_frees;
};

} // namespace

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::Importer", text);
}

Status Importer::writeUnits(const QList<QByteArray> &files, ImportSummary &summary)
{
    // One input in memory at a time: these may be as many as a whole batch.
    const InputExtractor extractor(m_options.limits);
    const QDateTime now = m_clock->now();
    ImportSummary units;
    const Status status = m_db->inTransaction([&]() -> Status {
        Status written = Status::success();
        extractor.extractFiles(
            files, MemoryScope{}, [&](Extraction &&extraction, InputAllowance &allowance) {
                const Parsed input = parse(std::move(extraction), m_state->domains,
                                           m_options.limits, allowance, true);
                written = writeInputs({input}, now, true, units, nullptr);
                return written ? InputExtractor::Next::Continue : InputExtractor::Next::Stop;
            });
        return written;
    });
    if (status)
        summary.add(units);
    return status;
}

// Inputs given by name that are no inputs: missing, or the workspace's own files.
static Error notAnInput(const QString &path, bool missing)
{
    if (missing)
        return Error{
            u"tlsrpt.not-found"_s,
            QCoreApplication::translate("sts::tlsrpt::Importer", "There is no file or folder “%1”.")
                .arg(path)};
    return Error{u"tlsrpt.workspace-file"_s,
                 QCoreApplication::translate("sts::tlsrpt::Importer",
                                             "“%1” belongs to this workspace and is not imported.")
                     .arg(path)};
}

Result<ImportSummary> Importer::importPaths(const QStringList &paths, const CancelToken &cancel,
                                            const ImportProgress &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (Status ready = begin(); !ready)
        return ready.error();
    QStringList missing;
    QStringList own;
    const QList<QByteArray> files = InputExtractor::collectLocalFiles(
        paths, &missing, m_db->isPostgres() ? QString() : m_db->location().sqlitePath, &own);
    ImportSummary summary;
    summary.files = int(files.size());

    const InputExtractor extractor(m_options.limits);
    const storage::EngagementDomains domains = m_state->domains;
    const ExtractionLimits limits = m_options.limits;
    MemoryBudget budget(m_options.memoryBudgetBytes);
    // The chunk the writer waits for (see InputAllowance): it alone may go beyond the budget.
    std::atomic<quint64> front{0};
    PoolFrees frees; // after `budget`: its chunks are freed before the budget goes
    const auto parseChunk = [extractor, domains, limits, &budget,
                             &front](const QList<QByteArray> &chunk, quint64 id) {
        Chunk out;
        out.parsed.reserve(chunk.size());
        qint64 held = 0;
        out.done = extractor.extractFiles(
            chunk, MemoryScope{&budget, &front, id},
            [&](Extraction &&extraction, InputAllowance &allowance) {
                bool deferred = false;
                Parsed parsed =
                    parse(std::move(extraction), domains, limits, allowance, false, &deferred);
                if (deferred)
                    return InputExtractor::Next::Deferred;
                held += parsed.heldBytes;
                out.parsed << std::move(parsed);
                return held > kChunkHeldBytes ? InputExtractor::Next::Stop
                                              : InputExtractor::Next::Continue;
            });
        return out;
    };
    if (!missing.isEmpty() || !own.isEmpty()) {
        QList<Parsed> notInputs;
        for (const QStringList *list : {&missing, &own}) {
            for (const QString &path : *list) {
                Parsed p;
                p.rejected << RejectedInput{
                    Origin{path, {}, {}, {}}, {}, notAnInput(path, list == &missing)};
                notInputs << p;
            }
        }
        if (Status s = write(notInputs, summary); !s)
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
    struct Pending
    {
        quint64 id;
        qsizetype first;
        qsizetype count;
        std::future<Chunk> future;
    };
    std::deque<Pending> inFlight;
    quint64 lastId = 0;
    qsizetype scheduled = 0;
    const auto start = [&](qsizetype first, qsizetype count, bool next) {
        Pending pending{++lastId, first, count, {}};
        auto task = std::make_shared<std::packaged_task<Chunk()>>(
            [parseChunk, chunk = files.mid(first, count), id = pending.id] {
                return parseChunk(chunk, id);
            });
        pending.future = task->get_future();
        if (next)
            inFlight.push_front(std::move(pending));
        else
            inFlight.push_back(std::move(pending));
        front.store(inFlight.front().id, std::memory_order_release);
        // What the writer needs next goes before the chunks queued behind it.
        QThreadPool::globalInstance()->start([task] { (*task)(); }, next ? 1 : 0);
    };
    const auto scheduleMore = [&] {
        while (qsizetype(inFlight.size()) < chunksAhead && scheduled < files.size()) {
            const qsizetype count = qMin(perChunk, files.size() - scheduled);
            start(scheduled, count, false);
            scheduled += count;
        }
    };
    const auto drain = [&] {
        for (Pending &pending : inFlight)
            pending.future.wait();
    };
    // Copying the log into the file happens beside this thread, not between its batches.
    storage::WalCheckpointer checkpointer(*m_db);
    scheduleMore();
    // Chunks go into the open transaction as they arrive, so that writing starts with the first
    // chunk instead of after a whole batch; a commit every `perBatch` inputs. A written chunk is
    // not kept (holding thousands of parsed reports cost more in memory traffic than it saved):
    // when an input cannot be stored, the inputs since the last commit are read again and
    // written with a savepoint each, so that it alone goes to the quarantine.
    bool open = false;
    const auto fail = [&](const Error &error) -> Result<ImportSummary> {
        if (open)
            m_db->rollbackTransaction();
        drain();
        return error;
    };
    qsizetype done = 0;    // inputs committed: files[0, done)
    qsizetype pending = 0; // inputs in the open transaction: files[done, done + pending)
    ImportSummary uncommitted;
    while (!inFlight.empty()) {
        Pending next = std::move(inFlight.front());
        inFlight.pop_front();
        Chunk chunk = next.future.get();
        // The rest of a chunk that the budget deferred (or that stopped holding more) is next.
        if (chunk.done < next.count)
            start(next.first + chunk.done, next.count - chunk.done, true);
        else if (!inFlight.empty())
            front.store(inFlight.front().id, std::memory_order_release);
        const bool stop = cancel.isCancelled();
        if (!stop)
            scheduleMore();
        if (!open) {
            if (Status begun = m_db->beginTransaction(tr("writing reports")); !begun)
                return fail(begun.error());
            open = true;
        }
        bool needUnits = false;
        const Status written =
            writeInputs(chunk.parsed, m_clock->now(), false, uncommitted, &needUnits);
        pending += chunk.done;
        frees.free(std::move(chunk));
        if (!written) {
            m_db->rollbackTransaction();
            open = false;
            uncommitted = {};
            if (!needUnits)
                return fail(written.error());
            if (Status units = writeUnits(files.mid(done, pending), summary); !units)
                return fail(units.error());
        } else if (pending >= perBatch || inFlight.empty() || stop) {
            if (Status committed = m_db->commitTransaction(tr("writing reports")); !committed)
                return fail(committed.error());
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
    summary.peakHeldBytes = budget.highWater();
    return summary;
}

} // namespace sts::tlsrpt

#pragma once

#include "util/CancelToken.h"
#include "util/Progress.h"
#include "util/Result.h"
#include "util/TaskRunner.h"

#include <functional>
#include <memory>

namespace sts {

// One kind of work an owner runs on its TaskRunner (a scan, a key generation, a query), with at
// most one current run. start() runs `work(token, progress)` on a worker; `done` gets its Result
// on the owner's thread, `progressed` each step it reports, and only while the run is current:
// starting again or cancel() makes the earlier run stale, and a stale run's steps and result are
// dropped, never delivered (a slow old scan must not overwrite the new one's table). Nothing is
// delivered after the slot or its runner is destroyed either. interrupt() is the other way to
// stop: the work is asked to end early, and what it returns is still delivered.
//
// A member of the owner, declared after the runner it uses. Used on the owner's thread only.
template <typename T> class Task
{
public:
    using Work = std::function<Result<T>(const CancelToken &, Progress &)>;
    using Done = std::function<void(const Result<T> &)>;
    using Progressed = std::function<void(const ProgressStep &)>;

    explicit Task(TaskRunner *runner) : m_runner(runner) {}
    ~Task() { cancel(); }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;

    // Starts a run; a run still current is cancelled first.
    void start(Work work, Done done, Progressed progressed = {})
    {
        cancel();
        const std::shared_ptr<Slot> slot = m_slot;
        const quint64 run = ++slot->run;
        slot->running = true;
        slot->abandoned = m_runner->newRunToken();
        slot->token = slot->abandoned.child();
        m_runner->submit([slot, run, abandoned = slot->abandoned, token = slot->token,
                          work = std::move(work), done = std::move(done),
                          progressed = std::move(progressed)](detail::TaskMailbox &mailbox) {
            // A run made stale while still queued does not start at all; an interrupted one
            // does (with its token cancelled): its result is still wanted.
            if (abandoned.isCancelled())
                return;
            Progress progress([&mailbox, slot, run, progressed](const ProgressStep &step) {
                if (progressed)
                    mailbox.post([slot, run, progressed, step] {
                        if (slot->isCurrent(run))
                            progressed(step);
                    });
            });
            Result<T> result = work(token, progress);
            mailbox.post([slot, run, done, result = std::move(result)] {
                if (!slot->isCurrent(run))
                    return;
                slot->running = false;
                if (done)
                    done(result);
            });
        });
    }

    // The current run (if any) is asked to stop and becomes stale at once: isRunning() is false
    // right away, while the worker may still wind down (TaskRunner::activeRuns()).
    void cancel()
    {
        if (!m_slot->running)
            return;
        m_slot->running = false;
        m_slot->abandoned.cancel(); // and with it the run's token
    }

    // The current run (if any) is asked to stop early but stays current: what it returns (a
    // partial outcome, say an import's summary of what it committed) is still delivered.
    void interrupt()
    {
        if (m_slot->running)
            m_slot->token.cancel();
    }

    // From start() until its result is delivered or it is cancelled.
    bool isRunning() const { return m_slot->running; }

private:
    // Shared with the run's messages, which may arrive after this slot is gone: they compare run
    // numbers here instead of touching the Task. Read and written on the owner's thread only.
    struct Slot
    {
        quint64 run = 0;
        bool running = false;
        CancelToken abandoned; // cancelled when the run's result is no longer wanted
        CancelToken token;     // the run's: a child of `abandoned`, also cancelled by interrupt()

        bool isCurrent(quint64 r) const { return running && run == r; }
    };

    TaskRunner *m_runner;
    std::shared_ptr<Slot> m_slot = std::make_shared<Slot>();
};

} // namespace sts

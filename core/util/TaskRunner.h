#pragma once

#include "util/CancelToken.h"
#include "util/WorkerPool.h"

#include <QObject>
#include <functional>
#include <memory>
#include <mutex>

namespace sts {

namespace detail {

// The way from the workers back to the owner's thread. Jobs hold it by shared_ptr, so a job that
// ends after the runner is gone finds it closed instead of posting to a dead object.
class TaskMailbox
{
public:
    explicit TaskMailbox(QObject *receiver) : m_receiver(receiver) {}
    // Any thread. Queued to the receiver's thread; dropped once closed.
    void post(std::function<void()> call);
    void close();

private:
    std::mutex m_mutex; // held while posting, so close() cannot slip in between check and post
    QObject *m_receiver;
};

} // namespace detail

// Runs work off the owner's thread and brings the results back to it: the one way STS Desk's
// screens (and core's watchers) run anything long. Create one per owner as its child; each kind
// of work the owner runs is a Task<T> slot on it (see Task.h), which drops results of runs that
// a newer run or cancel() made stale.
//
// The runner lives on the owner's thread; every result and progress step is queued to it there,
// never delivered after the runner is gone. Its destructor cancels every run and waits for the
// workers (joining their threads, see WorkerPool) without spinning an event loop, so a destroyed
// page leaves nothing running behind: no late post to a dead object, no worker still inside a
// library when the process exits. Work functions must therefore never block on the owner's
// thread (no BlockingQueuedConnection to it): the owner may be waiting for them.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    // `maxThreads`: a cancelled run winds down on its own (a DNS timeout, say) while a new one
    // starts, so one thread would often not be enough.
    explicit TaskRunner(QObject *owner, int maxThreads = 4);
    ~TaskRunner() override;

    // Runs still on a worker, also cancelled ones winding down.
    int activeRuns() const { return m_pool.busyCount(); }
    // Blocks until no run is on a worker (their results are delivered later, through the event
    // loop). For tests and shutdown paths; never from a work function.
    void waitForIdle() { m_pool.waitForIdle(); }

    // For Task<T>: a token cancelled by the destructor at the latest.
    CancelToken newRunToken() const { return m_shutdown.child(); }
    // For Task<T>: runs `job` on a worker; it reports back through the mailbox.
    void submit(std::function<void(detail::TaskMailbox &)> job);

private:
    CancelToken m_shutdown;
    std::shared_ptr<detail::TaskMailbox> m_mailbox;
    WorkerPool m_pool;
};

} // namespace sts

#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace sts {

// A thread pool whose destructor joins its threads.
//
// Why not QThreadPool: its threads are detached, so neither waitForDone() nor its destructor
// waits for a thread's thread-local destructors (OpenSSL's per-thread state, our ldns buffers);
// a test program showed the pool gone while a worker's thread_local destructor still ran 200 ms
// later. OpenSSL's exit-time cleanup assumes every thread that used it has ended; a worker still
// ending while it runs corrupts the heap (seen as "double free or corruption" at the exit of
// stsdesk-cli). With this pool, "the pool is destroyed" means "its threads are gone".
//
// Threads start on demand up to maxThreads and end after `idleExpiry` without work (an ended
// thread is joined on the next start() or by the destructor), like QThreadPool's.
//
// With `QtEvents::Dispatcher`, each thread gets a Qt event dispatcher when it starts, as a QThread
// has one: Qt code that starts a timer (QSslSocket, the PDF writer's text layout) warns and
// misbehaves on a plain std::thread otherwise. Qt deletes it when the thread ends, which the join
// waits for.
class WorkerPool
{
public:
    enum class QtEvents { None, Dispatcher };

    explicit WorkerPool(int maxThreads, QtEvents events = QtEvents::None,
                        std::chrono::milliseconds idleExpiry = std::chrono::seconds(30));
    // Runs what is queued, then joins every thread. Callers cancel their work first.
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void start(std::function<void()> job);
    // Blocks until no job is queued or running. Never call it from one of this pool's jobs.
    void waitForIdle();
    int busyCount() const; // queued + running
    void setMaxThreads(int maxThreads);
    int maxThreads() const;

private:
    void work();
    void reapExited(std::unique_lock<std::mutex> &lock);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // a job was queued, or the pool stops
    std::condition_variable m_idle; // nothing queued or running any more
    std::deque<std::function<void()>> m_queue;
    std::list<std::thread> m_threads;
    std::vector<std::thread::id> m_exited; // left work(), still to be joined
    QtEvents m_events;
    std::chrono::milliseconds m_expiry;
    int m_max;
    int m_live = 0;    // threads inside work()
    int m_waiting = 0; // of those, waiting for a job
    int m_running = 0; // jobs running
    bool m_stopping = false;
};

} // namespace sts

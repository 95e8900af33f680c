#include "util/WorkerPool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <algorithm>
#include <utility>

namespace sts {

WorkerPool::WorkerPool(int maxThreads, QtEvents events, std::chrono::milliseconds idleExpiry)
    : m_events(events), m_expiry(idleExpiry), m_max(std::max(1, maxThreads))
{}

WorkerPool::~WorkerPool()
{
    std::list<std::thread> threads;
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_wake.notify_all();
        threads.swap(m_threads);
    }
    // Outside the lock: the threads still run what is queued, which needs it.
    for (std::thread &thread : threads)
        thread.join();
}

void WorkerPool::start(std::function<void()> job)
{
    std::unique_lock lock(m_mutex);
    reapExited(lock);
    m_queue.push_back(std::move(job));
    // Each waiting thread takes one job; start another only when they are not enough.
    if (int(m_queue.size()) > m_waiting && m_live < m_max) {
        ++m_live;
        m_threads.emplace_back(&WorkerPool::work, this);
    } else {
        m_wake.notify_one();
    }
}

void WorkerPool::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_running == 0; });
}

int WorkerPool::busyCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size()) + m_running;
}

void WorkerPool::setMaxThreads(int maxThreads)
{
    std::lock_guard lock(m_mutex);
    m_max = std::max(1, maxThreads);
}

int WorkerPool::maxThreads() const
{
    std::lock_guard lock(m_mutex);
    return m_max;
}

void WorkerPool::work()
{
    // Constructing an event loop is the public way to give a thread Qt did not start its event
    // dispatcher; the loop itself never runs.
    if (m_events == QtEvents::Dispatcher && QCoreApplication::instance()) {
        QEventLoop ensureDispatcher;
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_queue.empty()) {
            std::function<void()> job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
            lock.unlock();
            job();
            job = nullptr; // its captures die here, outside the lock
            lock.lock();
            --m_running;
            if (m_running == 0 && m_queue.empty())
                m_idle.notify_all();
            continue;
        }
        if (m_stopping)
            break;
        ++m_waiting;
        const bool woken =
            m_wake.wait_for(lock, m_expiry, [this] { return !m_queue.empty() || m_stopping; });
        --m_waiting;
        if (!woken)
            break; // idle too long
    }
    --m_live;
    // The destructor joins what it took; an expired thread is joined by the next start().
    if (!m_stopping)
        m_exited.push_back(std::this_thread::get_id());
}

void WorkerPool::reapExited(std::unique_lock<std::mutex> &lock)
{
    if (m_exited.empty())
        return;
    std::list<std::thread> ended;
    for (const std::thread::id id : std::exchange(m_exited, {})) {
        const auto it = std::find_if(m_threads.begin(), m_threads.end(),
                                     [id](const std::thread &t) { return t.get_id() == id; });
        if (it != m_threads.end())
            ended.splice(ended.end(), m_threads, it);
    }
    // They have left work(); joining waits only for their thread-local destructors.
    lock.unlock();
    for (std::thread &thread : ended)
        thread.join();
    lock.lock();
}

} // namespace sts

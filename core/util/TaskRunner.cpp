#include "util/TaskRunner.h"

namespace sts {

namespace detail {

void TaskMailbox::post(std::function<void()> call)
{
    std::lock_guard lock(m_mutex);
    if (m_receiver)
        QMetaObject::invokeMethod(m_receiver, std::move(call), Qt::QueuedConnection);
}

void TaskMailbox::close()
{
    std::lock_guard lock(m_mutex);
    m_receiver = nullptr;
}

} // namespace detail

TaskRunner::TaskRunner(QObject *owner, int maxThreads)
    : QObject(owner), m_mailbox(std::make_shared<detail::TaskMailbox>(this)),
      m_pool(maxThreads, WorkerPool::QtEvents::Dispatcher)
{}

TaskRunner::~TaskRunner()
{
    // In this order: nothing more may be queued to this object, every run learns that it should
    // stop, then the threads are joined (what was queued before is discarded with this object).
    m_mailbox->close();
    m_shutdown.cancel();
    m_pool.waitForIdle();
}

void TaskRunner::submit(std::function<void(detail::TaskMailbox &)> job)
{
    m_pool.start([mailbox = m_mailbox, job = std::move(job)] { job(*mailbox); });
}

} // namespace sts

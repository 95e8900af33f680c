#pragma once

#include "services/ServiceContext.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <functional>
#include <optional>

namespace sts::ui {

// One kind of query, run on the thread pool with a connection of its own (a connection belongs
// to the thread that opened it), so a year of reports never stalls the GUI. A request made while
// one runs waits, and only the newest waiting request runs next: the answer of a run that a
// newer request made stale is dropped.
template <typename Request, typename Answer> class LatestQuery
{
public:
    using Work = std::function<Answer(const ServiceContext &, const Request &)>;
    // The answer when no connection could be opened.
    using Failed = std::function<Answer(const Request &, const QString &error)>;
    using Deliver = std::function<void(const Answer &)>;

    LatestQuery(QObject *context, Work work, Failed failed, Deliver deliver)
        : m_work(std::move(work)), m_failed(std::move(failed))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Answer>::finished, context,
                         [this, deliver = std::move(deliver)] {
                             const Answer answer = m_watcher.result();
                             if (m_pending) {
                                 start();
                                 return;
                             }
                             m_busy = false;
                             deliver(answer);
                         });
    }
    ~LatestQuery() { m_watcher.waitForFinished(); }
    LatestQuery(const LatestQuery &) = delete;
    LatestQuery &operator=(const LatestQuery &) = delete;

    void request(ServiceContext context, const Request &request)
    {
        m_pending.emplace(std::move(context), request);
        m_busy = true;
        if (!m_watcher.isRunning())
            start();
    }
    // True from a request until its answer is delivered (not only while the pool works on it).
    bool isBusy() const { return m_busy; }

private:
    void start()
    {
        auto [context, request] = std::move(*m_pending);
        m_pending.reset();
        m_watcher.setFuture(
            QtConcurrent::run([context, request, work = m_work, failed = m_failed]() -> Answer {
                Result<ServiceContext> own = context.forThisThread();
                if (!own)
                    return failed(request, own.error().message);
                return work(*own, request);
            }));
    }

    Work m_work;
    Failed m_failed;
    QFutureWatcher<Answer> m_watcher;
    std::optional<std::pair<ServiceContext, Request>> m_pending;
    bool m_busy = false;
};

} // namespace sts::ui

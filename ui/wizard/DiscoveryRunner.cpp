#include "wizard/DiscoveryRunner.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sts::ui {

DiscoveryRunner::DiscoveryRunner(QObject *parent) : QObject(parent)
{
    // A cancelled worker may still be waiting out a timeout when a new run starts.
    m_pool.setMaxThreadCount(4);
}

DiscoveryRunner::~DiscoveryRunner()
{
    m_cancel.cancel();
    // Workers post to this object: they must be gone before it is.
    m_pool.waitForDone();
}

void DiscoveryRunner::start(const QString &domain, const dns::DiscoveryOptions &options)
{
    if (m_running)
        cancel();
    const quint64 run = ++m_run;
    m_cancel = CancelToken();
    m_running = true;
    Q_EMIT started();
    const CancelToken flag = m_cancel;
    // The worker reaches the GUI thread only through queued calls on `this`, which the
    // destructor keeps alive until every worker has finished.
    auto onProgress = [this, run](int done, int total, const QString &what) {
        QMetaObject::invokeMethod(
            this,
            [this, run, done, total, what] {
                if (run == m_run && m_running)
                    Q_EMIT progress(done, total, what);
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run(&m_pool, [this, run, domain, options, flag, onProgress] {
        Result<dns::DiscoveryReport> result = dns::discover(domain, options, flag, onProgress);
        QMetaObject::invokeMethod(
            this, [this, run, result] { deliver(run, result); }, Qt::QueuedConnection);
    });
}

void DiscoveryRunner::cancel()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    m_running = false;
    ++m_run; // whatever the cancelled worker still sends is stale
    Q_EMIT cancelled();
}

void DiscoveryRunner::deliver(quint64 run, const Result<dns::DiscoveryReport> &result)
{
    if (run != m_run || !m_running)
        return;
    m_running = false;
    if (result)
        Q_EMIT succeeded(*result);
    else if (result.error().code == u"dns.cancelled"_s)
        Q_EMIT cancelled();
    else
        Q_EMIT failed(result.error().code, result.error().message);
}

} // namespace sts::ui

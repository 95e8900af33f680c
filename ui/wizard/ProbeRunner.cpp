#include "wizard/ProbeRunner.h"

using namespace Qt::StringLiterals;

namespace sts::ui {

ProbeRunner::ProbeRunner(QObject *parent) : QObject(parent), m_holder(new QObject)
{
    m_thread.setObjectName(u"probe"_s);
    m_holder->moveToThread(&m_thread);
    m_thread.start();
}

ProbeRunner::~ProbeRunner()
{
    ++m_run; // nothing more reaches the page
    // Sockets and timers must die on the thread they live on: every probe (also cancelled ones
    // still winding down) is a child of the holder, deleted there before the thread stops.
    QMetaObject::invokeMethod(
        m_holder, [holder = m_holder] { delete holder; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ProbeRunner::start(const QList<tls::ProbeTarget> &targets, const tls::ProbeOptions &options)
{
    cancel();
    const quint64 run = ++m_run;
    auto *probe = new tls::StarttlsProbe(options);
    probe->moveToThread(&m_thread);
    m_probe = probe;
    m_running = true;
    connect(probe, &tls::StarttlsProbe::addressFinished, this,
            [this, run](const tls::AddressProbe &result) {
                if (run == m_run)
                    Q_EMIT addressFinished(result);
            });
    connect(probe, &tls::StarttlsProbe::progress, this, [this, run](int done, int total) {
        if (run == m_run)
            Q_EMIT progress(done, total);
    });
    connect(probe, &tls::StarttlsProbe::finished, this, [this, run](const tls::ProbeReport &r) {
        if (run != m_run)
            return;
        m_running = false;
        if (r.cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT succeeded(r);
    });
    // Deleted on its own thread once done; a direct connection, so it also happens when the
    // page has gone.
    connect(probe, &tls::StarttlsProbe::finished, probe, &QObject::deleteLater,
            Qt::DirectConnection);
    QMetaObject::invokeMethod(
        m_holder,
        [holder = m_holder, probe, targets] {
            probe->setParent(holder);
            probe->start(targets);
        },
        Qt::QueuedConnection);
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    // The page is idle at once; the probe aborts its sockets on its own thread.
    m_running = false;
    ++m_run;
    QMetaObject::invokeMethod(
        m_holder,
        [holder = m_holder, probe = m_probe] {
            // Only probes are children of the holder, and they are deleted on this thread.
            if (holder->children().contains(probe))
                static_cast<tls::StarttlsProbe *>(probe)->cancel();
        },
        Qt::QueuedConnection);
    Q_EMIT cancelled();
}

} // namespace sts::ui

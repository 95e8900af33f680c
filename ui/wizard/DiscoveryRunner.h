#pragma once

#include "dns/Discovery.h"

#include <QObject>
#include <QThreadPool>
#include <memory>

namespace sts::ui {

// Runs sts::dns::discover() on a worker thread for a page and reports back on the GUI thread.
// Cancel returns at once: the page is idle again immediately, while the worker (which may sit
// in a DNS timeout) winds down on its own and its late result is dropped.
class DiscoveryRunner : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryRunner(QObject *parent = nullptr);
    // Cancels and waits for workers still winding down (at most one DNS timeout).
    ~DiscoveryRunner() override;

    // Starts a run; a run still in progress is cancelled first.
    void start(const QString &domain, const dns::DiscoveryOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    // True while any worker thread (also a cancelled one) is still busy.
    bool hasActiveWorkers() const { return m_pool.activeThreadCount() > 0; }

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &what);
    void succeeded(const sts::dns::DiscoveryReport &report);
    void failed(const QString &code, const QString &message);
    void cancelled();

private:
    void deliver(quint64 run, const Result<dns::DiscoveryReport> &result);

    QThreadPool m_pool;
    CancelToken m_cancel;
    quint64 m_run = 0;
    bool m_running = false;
};

} // namespace sts::ui

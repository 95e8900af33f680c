#pragma once

#include "dns/Discovery.h"
#include "util/Task.h"

#include <QObject>

namespace sts::ui {

// Runs sts::dns::discover() as a task for a page and reports back on the GUI thread. Cancel
// returns at once: the page is idle again immediately, while the worker (which may sit in a DNS
// timeout) winds down on its own and its late result is dropped. Destroying the runner cancels
// and waits for such workers (at most one DNS timeout), so none outlives the page.
class DiscoveryRunner : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryRunner(QObject *parent = nullptr);

    // Starts a run; a run still in progress is cancelled first.
    void start(const QString &domain, const dns::DiscoveryOptions &options);
    void cancel();
    bool isRunning() const { return m_scan.isRunning(); }
    // True while any worker (also a cancelled one) is still busy.
    bool hasActiveWorkers() const { return m_tasks->activeRuns() > 0; }

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &what);
    void succeeded(const sts::dns::DiscoveryReport &report);
    void failed(const QString &code, const QString &message);
    void cancelled();

private:
    TaskRunner *m_tasks;
    Task<dns::DiscoveryReport> m_scan{m_tasks};
};

} // namespace sts::ui

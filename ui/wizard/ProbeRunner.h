#pragma once

#include "probe/ProbeTask.h"
#include "util/Task.h"

#include <QObject>

namespace sts::ui {

// Runs the STARTTLS probe (tls::probeTargets) as a task for a page and reports back on the GUI
// thread, so the TLS handshakes and chain verification (CPU) never land on the GUI thread.
// Results of a run that was cancelled or replaced are dropped; destroying the runner cancels the
// run and waits for it (the probe notices within 50 ms and aborts its sockets).
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);

    // Starts a run; a run still in progress is cancelled first.
    void start(const QList<tls::ProbeTarget> &targets, const tls::ProbeOptions &options);
    void cancel();
    bool isRunning() const { return m_probe.isRunning(); }

Q_SIGNALS:
    void addressFinished(const sts::tls::AddressProbe &result);
    void progress(int done, int total);
    void succeeded(const sts::tls::ProbeReport &report);
    void cancelled();

private:
    TaskRunner *m_tasks;
    Task<tls::ProbeReport> m_probe{m_tasks};
};

} // namespace sts::ui

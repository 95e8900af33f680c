#include "wizard/ProbeRunner.h"

namespace sts::ui {

// Two threads: a cancelled probe may still be aborting its sockets when the next one starts.
ProbeRunner::ProbeRunner(QObject *parent) : QObject(parent), m_tasks(new TaskRunner(this, 2)) {}

void ProbeRunner::start(const QList<tls::ProbeTarget> &targets, const tls::ProbeOptions &options)
{
    cancel();
    m_probe.start(
        [targets, options](const CancelToken &cancel,
                           Progress &progress) -> Result<tls::ProbeReport> {
            return tls::probeTargets(targets, options, cancel, progress);
        },
        [this](const Result<tls::ProbeReport> &report) {
            // probeTargets() fails only inside a running event loop, which a worker has not.
            if (report)
                Q_EMIT succeeded(*report);
            else
                Q_EMIT cancelled();
        },
        [this](const ProgressStep &step) {
            if (step.detail.canConvert<tls::AddressProbe>())
                Q_EMIT addressFinished(step.detail.value<tls::AddressProbe>());
            Q_EMIT progress(int(step.done), int(step.total));
        });
}

void ProbeRunner::cancel()
{
    if (!isRunning())
        return;
    m_probe.cancel(); // the page is idle at once; the probe aborts its sockets on its worker
    Q_EMIT cancelled();
}

} // namespace sts::ui

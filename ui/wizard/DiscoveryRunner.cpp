#include "wizard/DiscoveryRunner.h"

namespace sts::ui {

// Four threads: a cancelled scan may still be waiting out a DNS timeout when the next starts.
DiscoveryRunner::DiscoveryRunner(QObject *parent)
    : QObject(parent), m_tasks(new TaskRunner(this, 4))
{}

void DiscoveryRunner::start(const QString &domain, const dns::DiscoveryOptions &options)
{
    if (isRunning())
        cancel();
    Q_EMIT started();
    m_scan.start(
        [domain, options](const CancelToken &cancel,
                          Progress &progress) -> Result<dns::DiscoveryReport> {
            return dns::discover(domain, options, cancel,
                                 [&progress](int done, int total, const QString &what) {
                                     progress.report(done, total, what);
                                 });
        },
        [this](const Result<dns::DiscoveryReport> &report) {
            if (report)
                Q_EMIT succeeded(*report);
            else
                Q_EMIT failed(report.error().code, report.error().message);
        },
        [this](const ProgressStep &step) {
            Q_EMIT progress(int(step.done), int(step.total), step.what);
        });
}

void DiscoveryRunner::cancel()
{
    if (!isRunning())
        return;
    m_scan.cancel(); // whatever the cancelled worker still sends is dropped
    Q_EMIT cancelled();
}

} // namespace sts::ui

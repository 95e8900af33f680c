#include "probe/ProbeTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {
// How often the loop looks at the token. Cancelling from another thread cannot call into the
// probe (its sockets belong to this thread); a look every 50 ms costs nothing measurable.
constexpr int kCancelPollMs = 50;
} // namespace

Result<ProbeReport> probeTargets(const QList<ProbeTarget> &targets, const ProbeOptions &options,
                                 const CancelToken &cancel, const Progress &progress)
{
    if (QThread::currentThread()->loopLevel() > 0)
        return Error{u"probe.nested-event-loop"_s,
                     QCoreApplication::translate(
                         "sts::tls::StarttlsProbe",
                         "The probe cannot run inside a running event loop; run it as a task.")};
    StarttlsProbe probe(options);
    QEventLoop loop;
    QObject::connect(&probe, &StarttlsProbe::finished, &loop, &QEventLoop::quit);
    QObject::connect(&probe, &StarttlsProbe::addressFinished, &loop,
                     [&probe, &progress](const AddressProbe &address) {
                         // A host that did not resolve is one finished entry of its own.
                         const qint64 done = probe.report().addresses.size();
                         progress.report(ProgressStep{done, std::max<qint64>(done, probe.total()),
                                                      address.host, QVariant::fromValue(address)});
                     });
    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &probe, [&probe, &cancel] {
        if (cancel.isCancelled())
            probe.cancel();
    });
    probe.start(targets);
    if (cancel.isCancelled())
        probe.cancel(); // every address reads "cancelled"
    poll.start();
    if (probe.isRunning())
        loop.exec();
    return probe.report();
}

} // namespace sts::tls

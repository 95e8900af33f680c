#pragma once

#include "probe/StarttlsProbe.h"
#include "util/CancelToken.h"
#include "util/Progress.h"
#include "util/Result.h"

namespace sts::tls {

// Probes `targets` on the calling thread and returns when every address is done or `cancel` was
// honoured (the report then says `cancelled`, every address not finished reads "cancelled").
// Each finished address is reported as a progress step (done/total, the host as `what`, the
// AddressProbe as `detail`), so a page can show rows while the rest still runs.
//
// A task function: the GUI runs it on a TaskRunner worker; the CLI, the benchmark and the tests
// call it directly. It drives the event-driven StarttlsProbe with an event loop on this thread.
// That loop must be the thread's only one: called from inside a running event loop (a GUI slot,
// say) it would be a nested loop, re-entering whatever waits on that thread, so it refuses with
// probe.nested-event-loop instead. A worker thread of a TaskRunner, or a main() before exec(),
// has no loop running, and there the loop is the thread's own, as QThread::exec() would run it.
//
// Why not blocking sockets on the worker instead: the sessions are I/O-bound and dozens run at
// once; event-driven, they share one thread with timeouts as timers, where blocking sockets
// would need a thread per address for the same concurrency.
Result<ProbeReport> probeTargets(const QList<ProbeTarget> &targets,
                                 const ProbeOptions &options = {}, const CancelToken &cancel = {},
                                 const Progress &progress = {});

} // namespace sts::tls

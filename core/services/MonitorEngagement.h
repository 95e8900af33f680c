#pragma once

#include "services/Monitor.h"

namespace sts::services {

// One engagement's monitoring, on the calling thread with that thread's `context`: takes the
// lease, runs the steps, stores what they saw as findings. The lease is left to the run, which
// gives all of its leases up when it ends (so a second run started meanwhile skips them).
EngagementMonitoring monitorEngagement(const ServiceContext &context, qint64 engagementId,
                                       const MonitorOptions &options, const QString &holder,
                                       const MailboxSyncStep &mailboxSync,
                                       const CancelToken &cancel);

// Stores what the checks saw for one engagement in one transaction: every present condition
// upserted, every covered kind not seen resolved (except for subjects the checks could not
// judge). Fills opened, resolved and unresolved of `result`.
Status storeOutcome(const ServiceContext &context, qint64 engagementId, const CheckOutcome &seen,
                    EngagementMonitoring &result);

} // namespace sts::services

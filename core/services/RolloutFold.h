#pragma once

#include "engagement/RolloutEvents.h"
#include "engagement/RolloutPhase.h"
#include "storage/EventLog.h"

#include <QDateTime>
#include <QList>

namespace sts {

// What an engagement's log says about its rollout, before any report is read: the phase and since
// when, the policy of the phase, the acknowledgements and the excluded senders. One fold, used by
// RolloutService::status for one engagement and by the portfolio for all of them at once, so the
// two cannot read a log differently.
struct RolloutHistory
{
    RolloutPhase phase = RolloutPhase::Discovery;
    QDateTime phaseSince;
    QDateTime testingSince; // start of the current testing stretch; invalid outside Testing
    QString policyId;
    QList<PhaseChange> history;
    QList<Acknowledgement> acknowledgements;
    QList<SenderExclusion> excludedSenders;
};

// `events` in log order (at, id); events of other kinds are skipped. `createdAt` is the phase's
// start while no phase change is logged.
RolloutHistory foldRolloutEvents(const QList<storage::EngagementEvent> &events,
                                 const QDateTime &createdAt);

// The kinds foldRolloutEvents() reads, for a query that loads only those.
QStringList rolloutEventKinds();

} // namespace sts

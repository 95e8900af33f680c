#include "services/RolloutFold.h"

#include "engagement/EventKinds.h"

using namespace Qt::StringLiterals;

namespace sts {

// Whether a version of `mode` published during `phase` belongs to it (and does not move it).
static bool publishedModeFits(const QString &mode, RolloutPhase phase)
{
    switch (phase) {
    case RolloutPhase::Testing:
        return mode == u"testing"_s;
    case RolloutPhase::Enforce:
    case RolloutPhase::Monitoring:
        return mode == u"enforce"_s;
    case RolloutPhase::Removal:
        return mode == u"none"_s;
    default:
        return false;
    }
}

RolloutHistory foldRolloutEvents(const QList<storage::EngagementEvent> &events,
                                 const QDateTime &createdAt)
{
    RolloutHistory status;
    status.phaseSince = createdAt;
    for (const storage::EngagementEvent &event : events) {
        if (event.kind == events::kPolicyPublished) {
            // A new version within the phase (new mx, another max_age) is the phase's policy now.
            if (publishedModeFits(event.payload.value(u"mode"_s).toString(), status.phase))
                status.policyId = event.payload.value(u"policyId"_s).toString();
            continue;
        }
        const std::optional<RolloutEvent> decoded =
            decodeRolloutEvent(event.kind, event.at, event.actor, event.payload);
        if (!decoded)
            continue;
        if (const auto *change = std::get_if<PhaseChange>(&*decoded)) {
            status.history << *change;
            status.phase = change->to;
            status.phaseSince = change->at;
            status.policyId = change->policyId;
        } else if (const auto *ack = std::get_if<Acknowledgement>(&*decoded)) {
            status.acknowledgements << *ack;
        } else {
            applySenderScope(status.excludedSenders, std::get<SenderScopeChange>(*decoded));
        }
    }
    if (status.phase == RolloutPhase::Testing)
        status.testingSince = status.phaseSince;
    return status;
}

QStringList rolloutEventKinds()
{
    return {events::kPolicyPublished, events::kRolloutPhase, events::kRolloutAcknowledged,
            events::kRolloutSenderExcluded, events::kRolloutSenderIncluded};
}

} // namespace sts

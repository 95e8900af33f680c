#pragma once

#include "engagement/RolloutPhase.h"
#include "engagement/RolloutRules.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <variant>

namespace sts {

// One recorded step of the rollout: a phase change with the policy id it concerns.
struct PhaseChange
{
    QDateTime at;
    RolloutPhase from = RolloutPhase::Discovery;
    RolloutPhase to = RolloutPhase::Discovery;
    QString policyId;
    QString actor;
    QString reason;
};

// The rollout's events as the engagement's log holds them, typed. The log stores a kind
// (events::kRolloutPhase, events::kRolloutAcknowledged) and a JSON payload; this file is the only
// place that writes or reads those payloads, so the rollout status and the timeline cannot read
// the same event differently.
using RolloutEvent = std::variant<PhaseChange, Acknowledgement>;

// What the log stores for a rollout event: its kind and payload. The time and the actor are
// columns of the log, not of the payload.
struct EncodedRolloutEvent
{
    QString kind;
    QJsonObject payload;
};

EncodedRolloutEvent encodeRolloutEvent(const RolloutEvent &event);

// The typed event of one logged event, taking `at` and `actor` from the log's columns. Empty for a
// kind that is not a rollout event, for a phase change to a phase this version does not know and
// for an acknowledgement without a valid day or a sender: such an entry changes nothing, in the
// status as in the timeline.
std::optional<RolloutEvent> decodeRolloutEvent(const QString &kind, const QDateTime &at,
                                               const QString &actor, const QJsonObject &payload);

} // namespace sts

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

// The consultant's word that a major sender does not send mail to this customer (`excluded`), or
// that it is counted again (not `excluded`). `why` is required to exclude, optional to include.
struct SenderScopeChange
{
    QString sender;
    bool excluded = true;
    QString who;
    QString why;
    QDateTime at;
};

// The rollout's events as the engagement's log holds them, typed. The log stores a kind
// (events::kRolloutPhase, events::kRolloutAcknowledged, events::kRolloutSenderExcluded, …) and a
// JSON payload; this file is the only place that writes or reads those payloads, so the rollout
// status and the timeline cannot read the same event differently.
using RolloutEvent = std::variant<PhaseChange, Acknowledgement, SenderScopeChange>;

// What the log stores for a rollout event: its kind and payload. The time and the actor are
// columns of the log, not of the payload.
struct EncodedRolloutEvent
{
    QString kind;
    QJsonObject payload;
};

EncodedRolloutEvent encodeRolloutEvent(const RolloutEvent &event);

// The senders excluded after `change`, given those excluded before it (in log order): an
// exclusion replaces an earlier one of the same sender, an inclusion ends it.
void applySenderScope(QList<SenderExclusion> &excluded, const SenderScopeChange &change);

// The typed event of one logged event, taking `at` and `actor` from the log's columns. Empty for a
// kind that is not a rollout event, for a phase change to a phase this version does not know, for
// an acknowledgement without a valid day or a sender and for a scope change without a sender: such
// an entry changes nothing, in the status as in the timeline.
std::optional<RolloutEvent> decodeRolloutEvent(const QString &kind, const QDateTime &at,
                                               const QString &actor, const QJsonObject &payload);

} // namespace sts

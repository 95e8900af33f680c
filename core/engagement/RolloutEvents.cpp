#include "engagement/RolloutEvents.h"

#include "engagement/EventKinds.h"

using namespace Qt::StringLiterals;

namespace sts {

namespace {

struct Encoder
{
    EncodedRolloutEvent operator()(const PhaseChange &change) const
    {
        return {events::kRolloutPhase,
                {{u"from"_s, toKey(change.from)},
                 {u"to"_s, toKey(change.to)},
                 {u"policyId"_s, change.policyId},
                 {u"reason"_s, change.reason}}};
    }
    EncodedRolloutEvent operator()(const Acknowledgement &ack) const
    {
        return {events::kRolloutAcknowledged,
                {{u"day"_s, ack.day.toString(Qt::ISODate)},
                 {u"sender"_s, ack.sender},
                 {u"resultType"_s, ack.resultType},
                 {u"why"_s, ack.why}}};
    }
    EncodedRolloutEvent operator()(const SenderScopeChange &change) const
    {
        return {change.excluded ? events::kRolloutSenderExcluded : events::kRolloutSenderIncluded,
                {{u"sender"_s, change.sender}, {u"why"_s, change.why}}};
    }
};

} // namespace

EncodedRolloutEvent encodeRolloutEvent(const RolloutEvent &event)
{
    return std::visit(Encoder{}, event);
}

std::optional<RolloutEvent> decodeRolloutEvent(const QString &kind, const QDateTime &at,
                                               const QString &actor, const QJsonObject &payload)
{
    if (kind == events::kRolloutPhase) {
        PhaseChange change;
        change.at = at;
        change.actor = actor;
        if (!fromKey(payload.value(u"to"_s).toString(), change.to))
            return std::nullopt;
        // Where it came from is said for the record; an unknown key leaves Discovery.
        fromKey(payload.value(u"from"_s).toString(), change.from);
        change.policyId = payload.value(u"policyId"_s).toString();
        change.reason = payload.value(u"reason"_s).toString();
        return change;
    }
    if (kind == events::kRolloutAcknowledged) {
        Acknowledgement ack;
        ack.day = QDate::fromString(payload.value(u"day"_s).toString(), Qt::ISODate);
        ack.sender = payload.value(u"sender"_s).toString();
        if (!ack.day.isValid() || ack.sender.trimmed().isEmpty())
            return std::nullopt;
        ack.resultType = payload.value(u"resultType"_s).toString();
        ack.who = actor;
        ack.why = payload.value(u"why"_s).toString();
        ack.at = at;
        return ack;
    }
    if (kind == events::kRolloutSenderExcluded || kind == events::kRolloutSenderIncluded) {
        SenderScopeChange change;
        change.sender = payload.value(u"sender"_s).toString().trimmed();
        if (change.sender.isEmpty())
            return std::nullopt;
        change.excluded = kind == events::kRolloutSenderExcluded;
        change.who = actor;
        change.why = payload.value(u"why"_s).toString();
        change.at = at;
        return change;
    }
    return std::nullopt;
}

void applySenderScope(QList<SenderExclusion> &excluded, const SenderScopeChange &change)
{
    excluded.removeIf([&](const SenderExclusion &e) {
        return e.sender.compare(change.sender, Qt::CaseInsensitive) == 0;
    });
    if (change.excluded)
        excluded << SenderExclusion{change.sender, change.who, change.why, change.at};
}

} // namespace sts

#include "services/RolloutService.h"

#include "engagement/EventKinds.h"
#include "services/DayObservations.h"
#include "services/RolloutFold.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/PolicyRepository.h"
#include "util/IsoTime.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text, TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts::RolloutService", text);
}

QJsonObject RolloutStatus::toJson() const
{
    QJsonArray reasons;
    for (const QString &reason : readiness.blockingReasons)
        reasons.append(reason);
    QJsonArray changes;
    for (const PhaseChange &change : history)
        changes.append(QJsonObject{{u"at"_s, toIsoUtc(change.at)},
                                   {u"from"_s, toKey(change.from)},
                                   {u"to"_s, toKey(change.to)},
                                   {u"policyId"_s, change.policyId},
                                   {u"actor"_s, change.actor},
                                   {u"reason"_s, change.reason}});
    QJsonArray dayList;
    for (const DayVerdict &day : days) {
        static const char *const names[] = {"clean", "failing", "unknown"};
        QJsonObject entry{{u"day"_s, day.day.toString(Qt::ISODate)},
                          {u"state"_s, QString::fromLatin1(names[int(day.state)])}};
        // Why a day is unknown, when it is: only the lists that say something.
        const std::pair<QString, const QStringList *> lists[] = {
            {u"missingSenders"_s, &day.missingSenders},
            {u"sendersWithoutPolicy"_s, &day.sendersWithoutPolicy},
            {u"sendersWithOtherPolicy"_s, &day.sendersWithOtherPolicy}};
        for (const auto &[key, senders] : lists) {
            if (!senders->isEmpty())
                entry.insert(key, QJsonArray::fromStringList(*senders));
        }
        dayList.append(entry);
    }
    QJsonArray excluded;
    for (const SenderExclusion &exclusion : excludedSenders)
        excluded.append(QJsonObject{{u"sender"_s, exclusion.sender},
                                    {u"actor"_s, exclusion.who},
                                    {u"reason"_s, exclusion.why},
                                    {u"at"_s, toIsoUtc(exclusion.at)}});
    return {{u"phase"_s, toKey(phase)},
            {u"phaseSince"_s, toIsoUtc(phaseSince)},
            {u"testingSince"_s, toIsoUtc(testingSince)},
            {u"policyId"_s, policyId},
            {u"readyForEnforce"_s, readyForEnforce()},
            {u"readySince"_s, readiness.readySince.toString(Qt::ISODate)},
            {u"daysInTesting"_s, readiness.daysInTesting},
            {u"cleanStreak"_s, readiness.cleanStreak},
            {u"flagged"_s, readiness.flagged},
            {u"blockingReasons"_s, reasons},
            {u"days"_s, dayList},
            {u"excludedSenders"_s, excluded},
            {u"history"_s, changes}};
}

RolloutService::RolloutService(std::shared_ptr<const storage::Database> database,
                               std::shared_ptr<const Clock> clock, QString actor)
    : m_db(std::move(database)), m_clock(std::move(clock)), m_actor(std::move(actor))
{}

RolloutService::RolloutService(const ServiceContext &context)
    : RolloutService(context.database, context.clock, context.actor)
{}

Result<RolloutStatus> RolloutService::status(qint64 engagementId, TextLanguage language) const
{
    Result<Engagement> engagement = storage::EngagementRepository(m_db).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<QList<storage::EngagementEvent>> events =
        storage::EventLog(m_db).forEngagement(engagementId);
    if (!events)
        return events.error();

    RolloutHistory folded = foldRolloutEvents(*events, engagement->createdAt);
    RolloutStatus status;
    status.phase = folded.phase;
    status.phaseSince = folded.phaseSince;
    status.testingSince = folded.testingSince;
    status.policyId = folded.policyId;
    status.history = std::move(folded.history);
    status.acknowledgements = std::move(folded.acknowledgements);
    status.excludedSenders = std::move(folded.excludedSenders);

    // Reports count from the first day of the current testing stretch (or the last 30 days).
    const QDateTime now = m_clock->now();
    const QDate from = status.testingSince.isValid() ? status.testingSince.toUTC().date()
                                                     : now.toUTC().date().addDays(-30);
    const QDate to = now.toUTC().date();
    Result<QList<DayObservation>> observed = loadDayObservations(m_db, engagementId, from, to);
    if (!observed)
        return observed.error();
    const QList<DayObservation> &observations = *observed;

    status.readiness =
        RolloutRules::evaluate(observations, engagement->majorSenders, status.acknowledgements,
                               status.excludedSenders, status.testingSince, now, language);
    if (status.phase != RolloutPhase::Testing) {
        status.readiness.blockingReasons.clear();
        status.readiness.blockingReasons
            << tr("Readiness is judged while the engagement is in Testing.", language);
    }
    status.days =
        RolloutRules::classify(observations, engagement->majorSenders, status.acknowledgements,
                               status.excludedSenders, from, to.addDays(-1));
    return status;
}

Status RolloutService::transition(qint64 engagementId, RolloutPhase to, const QString &policyId,
                                  const QString &reason,
                                  std::initializer_list<RolloutPhase> allowedFrom)
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    if (std::find(allowedFrom.begin(), allowedFrom.end(), current->phase) == allowedFrom.end())
        return Error{u"rollout.transition"_s,
                     tr("The engagement is in phase “%1”; “%2” cannot follow it.")
                         .arg(displayName(current->phase), displayName(to))};
    PhaseChange change;
    change.from = current->phase;
    change.to = to;
    change.policyId = policyId;
    change.reason = reason;
    return append(engagementId, change);
}

Status RolloutService::markPrepared(qint64 engagementId, const QString &reason)
{
    return transition(engagementId, RolloutPhase::Prepared, {}, reason, {RolloutPhase::Discovery});
}

Status RolloutService::startTesting(qint64 engagementId, const QString &policyId,
                                    const QString &reason)
{
    if (policyId.isEmpty())
        return Error{u"rollout.policy-id"_s, tr("Name the id of the published testing policy.")};
    if (Status live = requireLive(engagementId, policyId, mtasts::PolicyMode::Testing); !live)
        return live;
    return transition(engagementId, RolloutPhase::Testing, policyId, reason,
                      {RolloutPhase::Discovery, RolloutPhase::Prepared});
}

Status RolloutService::switchToEnforce(qint64 engagementId, const QString &policyId,
                                       const QString &overrideReason)
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    if (current->phase == RolloutPhase::Testing && !current->readiness.ready &&
        overrideReason.trimmed().isEmpty())
        return Error{
            u"rollout.not-ready"_s,
            tr("Not ready for enforce: %1").arg(current->readiness.blockingReasons.join(u" "_s))};
    if (policyId.isEmpty() || policyId == current->policyId)
        return Error{u"rollout.policy-id"_s,
                     tr("Enforcing needs a new policy with a new id (max_age 604800).")};
    if (Status live = requireLive(engagementId, policyId, mtasts::PolicyMode::Enforce); !live)
        return live;
    return transition(engagementId, RolloutPhase::Enforce, policyId, overrideReason,
                      {RolloutPhase::Testing});
}

Status RolloutService::startMonitoring(qint64 engagementId, const QString &reason)
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    return transition(engagementId, RolloutPhase::Monitoring, current->policyId, reason,
                      {RolloutPhase::Enforce});
}

Status RolloutService::rollback(qint64 engagementId, const QString &policyId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{u"rollout.reason"_s, tr("Say why the rollout is rolled back.")};
    if (Status live = requireLive(engagementId, policyId, mtasts::PolicyMode::Testing); !live)
        return live;
    return transition(engagementId, RolloutPhase::Testing, policyId, reason,
                      {RolloutPhase::Enforce, RolloutPhase::Monitoring});
}

Status RolloutService::startRemoval(qint64 engagementId, const QString &policyId,
                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{u"rollout.reason"_s, tr("Say why MTA-STS is being removed.")};
    if (Status live = requireLive(engagementId, policyId, mtasts::PolicyMode::None); !live)
        return live;
    return transition(engagementId, RolloutPhase::Removal, policyId, reason,
                      {RolloutPhase::Testing, RolloutPhase::Enforce, RolloutPhase::Monitoring});
}

Status RolloutService::acknowledge(qint64 engagementId, const Acknowledgement &ack)
{
    if (!ack.day.isValid() || ack.sender.trimmed().isEmpty())
        return Error{u"rollout.acknowledgement"_s,
                     tr("An acknowledgement names a day and a sender.")};
    if (ack.why.trimmed().isEmpty())
        return Error{u"rollout.reason"_s,
                     tr("Say why the failure is the sender's own; the reason is kept.")};
    Acknowledgement recorded = ack;
    recorded.sender = ack.sender.trimmed();
    recorded.why = ack.why.trimmed();
    return append(engagementId, recorded);
}

Status RolloutService::requireLive(qint64 engagementId, const QString &policyId,
                                   mtasts::PolicyMode mode) const
{
    Result<std::optional<storage::StoredPolicyVersion>> live =
        storage::PolicyRepository(m_db).current(engagementId);
    if (!live)
        return live.error();
    if (!*live || (*live)->version.id != policyId)
        return Error{u"rollout.not-live"_s,
                     tr("Policy %1 is not the live version. Publish it first (it is verified "
                        "through DNS and HTTPS), then the rollout follows.")
                         .arg(policyId)};
    if ((*live)->version.policy.mode != mode)
        return Error{u"rollout.policy-mode"_s,
                     tr("The live policy %1 is in mode “%2”; this step needs mode “%3”.")
                         .arg(policyId, mtasts::policyModeName((*live)->version.policy.mode),
                              mtasts::policyModeName(mode))};
    return Status::success();
}

Result<std::optional<RolloutPhase>> RolloutService::stepForPublishing(qint64 engagementId,
                                                                      mtasts::PolicyMode mode,
                                                                      const QString &reason) const
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    const RolloutPhase phase = current->phase;
    const bool beforeTesting = phase == RolloutPhase::Discovery || phase == RolloutPhase::Prepared;
    const bool enforcing = phase == RolloutPhase::Enforce || phase == RolloutPhase::Monitoring;
    const bool why = !reason.trimmed().isEmpty();
    using Step = std::optional<RolloutPhase>;
    switch (mode) {
    case mtasts::PolicyMode::Testing:
        if (beforeTesting)
            return Step(RolloutPhase::Testing);
        if (phase == RolloutPhase::Testing)
            return Step();
        if (!why)
            return Error{u"rollout.reason"_s,
                         enforcing ? tr("Publishing a testing policy rolls the rollout back; say "
                                        "why.")
                                   : tr("Publishing a testing policy during removal brings "
                                        "MTA-STS back; say why.")};
        return Step(RolloutPhase::Testing);
    case mtasts::PolicyMode::Enforce:
        if (enforcing)
            return Step();
        if (phase == RolloutPhase::Testing && !current->readiness.ready && !why)
            return Error{u"rollout.not-ready"_s,
                         tr("Not ready for enforce: %1 Give a reason to enforce anyway.")
                             .arg(current->readiness.blockingReasons.join(u" "_s))};
        if (phase != RolloutPhase::Testing && !why)
            return Error{u"rollout.skip-testing"_s,
                         tr("The engagement is in phase “%1”: enforce follows a testing period. "
                            "Give a reason to enforce without one.")
                             .arg(displayName(phase))};
        return Step(RolloutPhase::Enforce);
    case mtasts::PolicyMode::None:
        if (phase == RolloutPhase::Removal)
            return Step();
        if (beforeTesting)
            return Error{u"rollout.transition"_s,
                         tr("No MTA-STS policy has been rolled out yet; there is nothing to "
                            "remove.")};
        if (!why)
            return Error{u"rollout.reason"_s, tr("Say why MTA-STS is being removed.")};
        return Step(RolloutPhase::Removal);
    }
    return Step();
}

Status RolloutService::recordPublishingStep(qint64 engagementId, RolloutPhase to,
                                            const QString &policyId, const QString &reason)
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    PhaseChange change;
    change.from = current->phase;
    change.to = to;
    change.policyId = policyId;
    change.reason = reason;
    return append(engagementId, change);
}

Status RolloutService::append(qint64 engagementId, const RolloutEvent &rolloutEvent)
{
    const EncodedRolloutEvent encoded = encodeRolloutEvent(rolloutEvent);
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_clock->now();
    event.kind = encoded.kind;
    event.actor = m_actor;
    event.payload = encoded.payload;
    Result<qint64> appended = storage::EventLog(m_db).append(event);
    if (!appended)
        return appended.error();
    return Status::success();
}

QStringList RolloutService::publishOrder(const QString &domain, const QString &newPolicyId,
                                         const QDateTime &oldPolicyCachedUntil,
                                         TextLanguage language, const QLocale &locale)
{
    QStringList steps;
    steps << tr("Publish the new policy file at https://mta-sts.%1/.well-known/mta-sts.txt.",
                language)
                 .arg(domain);
    steps << tr("Fetch it back and check that exactly the new policy is served.", language);
    steps << tr("Only then change the TXT record _mta-sts.%1 to id=%2.", language)
                 .arg(domain, newPolicyId);
    if (oldPolicyCachedUntil.isValid())
        steps << tr("Senders may apply the old policy until %1 (its max_age).", language)
                     .arg(locale.toString(oldPolicyCachedUntil.toUTC(), QLocale::LongFormat));
    return steps;
}

} // namespace sts

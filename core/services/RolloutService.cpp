#include "services/RolloutService.h"

#include "storage/Aggregator.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "util/IsoTime.h"
#include "util/Saturating.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text, TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts::RolloutService", text);
}

static const QString kPhaseEvent = u"rollout.phase"_s;
static const QString kAckEvent = u"rollout.acknowledged"_s;

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
        dayList.append(QJsonObject{{u"day"_s, day.day.toString(Qt::ISODate)},
                                   {u"state"_s, QString::fromLatin1(names[int(day.state)])}});
    }
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
            {u"history"_s, changes}};
}

RolloutService::RolloutService(std::shared_ptr<const storage::Database> database,
                               std::shared_ptr<const Clock> clock, QString actor)
    : m_db(std::move(database)), m_clock(std::move(clock)), m_actor(std::move(actor))
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

    RolloutStatus status;
    status.phaseSince = engagement->createdAt;
    for (const storage::EngagementEvent &event : *events) {
        if (event.kind == kPhaseEvent) {
            PhaseChange change;
            change.at = event.at;
            fromKey(event.payload.value(u"from"_s).toString(), change.from);
            fromKey(event.payload.value(u"to"_s).toString(), change.to);
            change.policyId = event.payload.value(u"policyId"_s).toString();
            change.reason = event.payload.value(u"reason"_s).toString();
            change.actor = event.actor;
            status.history << change;
            status.phase = change.to;
            status.phaseSince = change.at;
            status.policyId = change.policyId;
        } else if (event.kind == kAckEvent) {
            status.acknowledgements << Acknowledgement{
                QDate::fromString(event.payload.value(u"day"_s).toString(), Qt::ISODate),
                event.payload.value(u"sender"_s).toString(),
                event.payload.value(u"resultType"_s).toString(),
                event.actor,
                event.payload.value(u"why"_s).toString(),
                event.at};
        }
    }
    if (status.phase == RolloutPhase::Testing)
        status.testingSince = status.phaseSince;

    // Reports count from the first day of the current testing stretch (or the last 30 days).
    const QDateTime now = m_clock->now();
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    filter.from = status.testingSince.isValid() ? status.testingSince.toUTC().date()
                                                : now.toUTC().date().addDays(-30);
    filter.to = now.toUTC().date();
    tlsrpt::Aggregator aggregator(m_db);
    Result<QList<tlsrpt::DailySummary>> summaries = aggregator.dailySummaries(filter);
    if (!summaries)
        return summaries.error();
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    if (!failures)
        return failures.error();

    QMap<QPair<QDate, QString>, DayObservation> byDaySender;
    for (const tlsrpt::DailySummary &summary : *summaries) {
        DayObservation &o = byDaySender[{summary.day, summary.sender}];
        o.day = summary.day;
        o.sender = summary.sender;
        addCount(o.successfulSessions, summary.successfulSessions);
        addCount(o.failedSessions, summary.failedSessions);
    }
    for (const tlsrpt::FailureBreakdown &failure : *failures)
        addCount(
            byDaySender[{failure.day, failure.sender}].failuresByResultType[failure.resultType],
            failure.failedSessions);
    const QList<DayObservation> observations = byDaySender.values();

    status.readiness =
        RolloutRules::evaluate(observations, engagement->majorSenders, status.acknowledgements,
                               status.testingSince, now, language);
    if (status.phase != RolloutPhase::Testing) {
        status.readiness.blockingReasons.clear();
        status.readiness.blockingReasons
            << tr("Readiness is judged while the engagement is in Testing.", language);
    }
    status.days =
        RolloutRules::classify(observations, engagement->majorSenders, status.acknowledgements,
                               filter.from, filter.to.addDays(-1));
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
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_clock->now();
    event.kind = kPhaseEvent;
    event.actor = m_actor;
    event.payload = {{u"from"_s, toKey(current->phase)},
                     {u"to"_s, toKey(to)},
                     {u"policyId"_s, policyId},
                     {u"reason"_s, reason}};
    Result<qint64> appended = storage::EventLog(m_db).append(event);
    if (!appended)
        return appended.error();
    return Status::success();
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
    return transition(engagementId, RolloutPhase::Testing, policyId, reason,
                      {RolloutPhase::Enforce, RolloutPhase::Monitoring});
}

Status RolloutService::startRemoval(qint64 engagementId, const QString &policyId,
                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{u"rollout.reason"_s, tr("Say why MTA-STS is being removed.")};
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
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_clock->now();
    event.kind = kAckEvent;
    event.actor = m_actor;
    event.payload = {{u"day"_s, ack.day.toString(Qt::ISODate)},
                     {u"sender"_s, ack.sender.trimmed()},
                     {u"resultType"_s, ack.resultType},
                     {u"why"_s, ack.why.trimmed()}};
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

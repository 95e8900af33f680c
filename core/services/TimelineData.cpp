#include "services/TimelineData.h"

#include "engagement/EventKinds.h"
#include "engagement/RolloutEvents.h"
#include "services/DayObservations.h"
#include "services/FindingText.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

// Certificates expiring far in the future would squeeze the past into a sliver.
static constexpr int kMaxDaysAhead = 120;

// lupdate files the free functions below under their namespace, so the context is "sts".
static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts", text);
}

const DayVerdict *TimelineData::verdict(const QDate &day) const
{
    if (days.isEmpty())
        return nullptr;
    const qint64 index = days.first().day.daysTo(day);
    if (index < 0 || index >= days.size())
        return nullptr;
    return &days.at(index);
}

// A monitoring finding opened or resolved, from its event's payload (FindingRepository), in
// the words FindingText gives it.
static TimelineEvent findingEvent(const storage::EngagementEvent &event, TextLanguage language)
{
    storage::Finding finding;
    finding.kind = event.payload.value(u"kind"_s).toString();
    finding.subject = event.payload.value(u"subject"_s).toString();
    storage::fromKey(event.payload.value(u"severity"_s).toString(), finding.severity);
    finding.details = event.payload.value(u"details"_s).toObject();
    const bool opened = event.kind == events::kFindingOpened;
    const QString text = services::findingText(finding, language);
    return TimelineEvent{
        opened ? TimelineEvent::Kind::FindingOpened : TimelineEvent::Kind::FindingResolved,
        event.at.toUTC().date(), opened ? tr("finding", language) : tr("resolved", language),
        opened ? tr("Monitoring found: %1", language).arg(text)
               : tr("Resolved: %1", language).arg(text)};
}

Result<TimelineData> buildTimelineData(const std::shared_ptr<const storage::Database> &db,
                                       qint64 engagementId, const QDate &today,
                                       TextLanguage language)
{
    Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<QList<storage::EngagementEvent>> events =
        storage::EventLog(db).forEngagement(engagementId);
    if (!events)
        return events.error();

    TimelineData data;
    data.today = today;
    // From the engagement's creation, or from its first logged event if the log reaches further
    // back (a workspace put together from an earlier one, a clock that was wrong).
    data.first = std::min(engagement->createdAt.toUTC().date(), today);
    for (const storage::EngagementEvent &event : *events)
        data.first = std::min(data.first, event.at.toUTC().date());
    data.last = today;

    // Phase bands and acknowledgements from the log (the same events RolloutService reads).
    PhaseBand band{RolloutPhase::Discovery, data.first, {}, {}};
    QString lastPolicyId;
    QList<Acknowledgement> acknowledgements;
    QList<SenderExclusion> exclusions;
    for (const storage::EngagementEvent &event : *events) {
        const QDate day = event.at.toUTC().date();
        if (event.kind == events::kFindingOpened || event.kind == events::kFindingResolved) {
            data.events << findingEvent(event, language);
            continue;
        }
        const std::optional<RolloutEvent> decoded =
            decodeRolloutEvent(event.kind, event.at, event.actor, event.payload);
        if (!decoded)
            continue;
        if (const auto *change = std::get_if<PhaseChange>(&*decoded)) {
            const RolloutPhase to = change->to;
            const QString &policyId = change->policyId;
            if (day > band.first) {
                band.last = day.addDays(-1);
                data.bands << band;
            }
            band = PhaseBand{to, std::max(day, data.first), {}, policyId};
            data.events << TimelineEvent{
                TimelineEvent::Kind::PhaseChange, day, displayName(to, language),
                tr("Phase changed to %1", language).arg(displayName(to, language))};
            if (!policyId.isEmpty() && !lastPolicyId.isEmpty() && policyId != lastPolicyId)
                data.events << TimelineEvent{
                    TimelineEvent::Kind::PolicyIdChanged, day, tr("id %1", language).arg(policyId),
                    tr("Policy id changed from %1 to %2", language).arg(lastPolicyId, policyId)};
            if (!policyId.isEmpty())
                lastPolicyId = policyId;
        } else if (const auto *ack = std::get_if<Acknowledgement>(&*decoded)) {
            acknowledgements << *ack;
        } else {
            applySenderScope(exclusions, std::get<SenderScopeChange>(*decoded));
        }
    }

    Result<QList<storage::StoredPolicyVersion>> policies =
        storage::PolicyRepository(db).forEngagement(engagementId);
    if (!policies)
        return policies.error();
    for (const storage::StoredPolicyVersion &policy : *policies) {
        if (!policy.publishedAt.isValid())
            continue;
        data.events << TimelineEvent{TimelineEvent::Kind::PolicyPublished,
                                     policy.publishedAt.toUTC().date(),
                                     tr("policy published", language),
                                     tr("Policy %1 published", language).arg(policy.version.id)};
    }

    Result<QList<storage::StoredProbe>> probes = storage::ProbeRepository(db).latest(engagementId);
    if (!probes)
        return probes.error();
    QSet<QString> seenCertificates;
    for (const storage::StoredProbe &probe : *probes) {
        if (!probe.leafNotAfter.isValid() || seenCertificates.contains(probe.leafSha256))
            continue;
        seenCertificates.insert(probe.leafSha256);
        const QDate expiry = probe.leafNotAfter.toUTC().date();
        if (expiry < data.first || expiry > today.addDays(kMaxDaysAhead))
            continue;
        data.events << TimelineEvent{TimelineEvent::Kind::CertificateExpiry, expiry,
                                     tr("%1 expires", language).arg(probe.host),
                                     tr("Certificate of %1 expires on %2", language)
                                         .arg(probe.host, expiry.toString(Qt::ISODate))};
        data.last = std::max(data.last, expiry);
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.day < b.day; });

    band.last = data.last;
    data.bands << band;
    if (band.phase == RolloutPhase::Testing)
        data.earliestEnforce = band.first.addDays(RolloutRules::kMinimumTestingDays);

    const QDate lastComplete = today.addDays(-1);
    if (lastComplete >= data.first) {
        Result<QList<DayObservation>> seen =
            loadDayObservations(db, engagementId, data.first, today);
        if (!seen)
            return seen.error();
        data.days = RolloutRules::classify(*seen, engagement->majorSenders, acknowledgements,
                                           exclusions, data.first, lastComplete);
    }
    return data;
}

} // namespace sts

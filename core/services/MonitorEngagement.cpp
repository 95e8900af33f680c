#include "services/MonitorEngagement.h"

#include "dns/Discovery.h"
#include "mtasts/PolicyGenerator.h"
#include "probe/ProbePlan.h"
#include "probe/ProbeTask.h"
#include "services/DayObservations.h"
#include "services/DiscoveryService.h"
#include "services/EngagementService.h"
#include "services/PolicyVersions.h"
#include "services/ProbeService.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/MonitorLeases.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sts::services {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services", text);
}

static QStringList hostsOf(const dns::DiscoveryReport &report)
{
    QStringList hosts;
    for (const dns::MxHostReport &host : report.hosts)
        hosts << host.name;
    return hosts;
}

// A draft covering the new MX set, when the live version does not: an existing draft newer than
// the live version that covers every host is offered again (a run each day must not pile up
// drafts); otherwise a new one in the live version's mode. Never published here.
static Result<QString> offerDraft(const ServiceContext &context, qint64 engagementId,
                                  const dns::DiscoveryReport &now,
                                  const storage::StoredPolicyVersion &live,
                                  const QList<storage::StoredPolicyVersion> &versions)
{
    const QStringList hosts = hostsOf(now);
    for (const storage::StoredPolicyVersion &v : versions) {
        if (!v.isDraft() || v.version.id <= live.version.id)
            continue;
        if (std::all_of(hosts.cbegin(), hosts.cend(),
                        [&](const QString &h) { return v.version.policy.matchesMx(h); }))
            return v.version.id;
    }
    mtasts::Policy suggested;
    suggested.mx = mtasts::PolicyGenerator(context.clock).suggestPatterns(hosts).patterns;
    NewPolicyVersion request;
    request.mode = live.version.policy.mode;
    request.maxAge = live.version.policy.maxAge;
    request.mx = suggested.mxTexts();
    Result<storage::StoredPolicyVersion> made =
        PolicyVersions(context).create(engagementId, request);
    if (!made)
        return made.error();
    return made->version.id;
}

Status storeOutcome(const ServiceContext &context, qint64 engagementId, const CheckOutcome &seen,
                    EngagementMonitoring &result)
{
    storage::FindingRepository repo(context.database);
    const QDateTime now = context.clock->now();
    QList<storage::Finding> opened, resolved;
    const Status stored = context.database->inTransaction([&]() -> Status {
        opened.clear();
        QSet<QString> keys;
        for (storage::Finding finding : seen.present) {
            finding.engagementId = engagementId;
            keys.insert(storage::FindingRepository::conditionKey(finding.kind, finding.subject));
            Result<storage::UpsertedFinding> up = repo.upsert(finding, now, context.actor);
            if (!up)
                return up.error();
            if (up->opened)
                opened.append(up->finding);
        }
        // A host that did not answer this time keeps its findings: nothing was learned about it.
        Result<QList<storage::Finding>> before = repo.list(engagementId, std::nullopt);
        if (!before)
            return before.error();
        for (const storage::Finding &f : std::as_const(*before))
            if (f.state != storage::Finding::State::Resolved &&
                seen.unjudgedSubjects.contains(f.subject))
                keys.insert(storage::FindingRepository::conditionKey(f.kind, f.subject));
        Result<QList<storage::Finding>> gone =
            repo.resolveUnseen(engagementId, seen.coveredKinds, keys, now, context.actor);
        if (!gone)
            return gone.error();
        resolved = *gone;
        return {};
    });
    if (!stored)
        return stored;
    result.opened = opened;
    result.resolved = resolved;
    Result<QList<storage::Finding>> after = repo.list(engagementId, std::nullopt);
    if (!after)
        return after.error();
    result.unresolved.clear();
    for (const storage::Finding &f : std::as_const(*after))
        if (f.state != storage::Finding::State::Resolved)
            result.unresolved.append(f);
    return {};
}

// Two desks on one SQLite file: a transaction that read before another desk wrote cannot write
// (SQLITE_BUSY, not retried by the driver's busy timeout). The whole store is repeated then.
static Status storeWithRetry(const ServiceContext &context, qint64 engagementId,
                             const CheckOutcome &seen, EngagementMonitoring &result)
{
    Status stored;
    for (int attempt = 0; attempt < 8; ++attempt) {
        stored = storeOutcome(context, engagementId, seen, result);
        if (stored || context.database->isPostgres())
            return stored;
        QThread::msleep(20 * (attempt + 1));
    }
    return stored;
}

static EngagementMonitoring failed(EngagementMonitoring result, const Error &error)
{
    result.outcome = error.code == u"dns.resolver-unavailable"_s
                         ? EngagementMonitoring::Outcome::ResolverUnavailable
                         : EngagementMonitoring::Outcome::Failed;
    result.error = error.message;
    return result;
}

EngagementMonitoring monitorEngagement(const ServiceContext &context, qint64 engagementId,
                                       const MonitorOptions &options, const QString &holder,
                                       const MailboxSyncStep &mailboxSync,
                                       const CancelToken &cancel)
{
    EngagementMonitoring result;
    result.engagementId = engagementId;
    Result<Engagement> engagement = EngagementService(context).get(engagementId);
    if (!engagement)
        return failed(result, engagement.error());
    result.title = engagement->title();
    const QString domain = engagement->domain.ace;

    storage::MonitorLeases leases(context.database);
    Result<bool> leased = leases.take(engagementId, holder, context.clock->now(), options.leaseMs);
    if (!leased)
        return failed(result, leased.error());
    if (!*leased) {
        result.outcome = EngagementMonitoring::Outcome::Leased;
        Result<std::optional<QString>> by = leases.currentHolder(engagementId);
        result.heldBy = by && *by ? **by : QString();
        return result;
    }
    const auto cancelled = [&] {
        result.outcome = EngagementMonitoring::Outcome::Cancelled;
        return result;
    };

    if (mailboxSync) {
        result.steps << u"mailbox"_s;
        if (Status synced = mailboxSync(context, engagementId, cancel); !synced)
            result.error = tr("Mailbox: %1").arg(synced.error().message);
    }
    if (cancel.isCancelled())
        return cancelled();

    result.steps << u"discovery"_s;
    Result<dns::DiscoveryReport> report = dns::discover(domain, options.targets.dns, cancel);
    if (cancel.isCancelled())
        return cancelled();
    if (!report)
        return failed(result, report.error());

    Result<std::optional<storage::DiscoverySnapshot>> stored =
        DiscoveryService(context).latest(engagementId);
    PolicyVersions policies(context);
    Result<QList<storage::StoredPolicyVersion>> versions = policies.list(engagementId);
    if (!stored || !versions)
        return failed(result, !stored ? stored.error() : versions.error());
    std::optional<storage::StoredPolicyVersion> live;
    for (const storage::StoredPolicyVersion &v : std::as_const(*versions))
        if (v.isLive())
            live = v;

    CheckOutcome seen;
    QString draft;
    if (live && !uncoveredHosts(*report, *live).isEmpty()) {
        Result<QString> offered = offerDraft(context, engagementId, *report, *live, *versions);
        if (!offered)
            return failed(result, offered.error());
        draft = *offered;
    }
    seen.merge(checkMxCoverage(*report, live, draft));
    if (stored->has_value())
        seen.merge(checkMxSet(*report, (*stored)->report, live, draft));

    QList<SeenCertificate> policyHostCertificate;
    if (live) {
        result.steps << u"policy"_s;
        const mtasts::FetchResult fetched =
            mtasts::fetchPolicy(domain, options.targets.https, cancel);
        if (cancel.isCancelled())
            return cancelled();
        seen.merge(checkPolicy(*report, fetched, live, *versions));
        // The fetch's handshake showed the policy host's certificate: no second one for it.
        if (!fetched.leafCertificate.isNull())
            policyHostCertificate << SeenCertificate{u"mta-sts."_s + domain, u"https"_s,
                                                     fetched.leafCertificate};
    }

    result.steps << u"certificates"_s;
    const tls::ProbePlan plan =
        tls::ProbePlan::fromDiscovery(*report, policyHostCertificate.isEmpty());
    Result<tls::ProbeReport> probes = tls::probeTargets(plan.targets, options.probe, cancel);
    if (cancel.isCancelled())
        return cancelled();
    if (!probes)
        return failed(result, probes.error());
    if (!probes->addresses.isEmpty())
        if (Status kept = ProbeService(context).store(engagementId, *probes); !kept)
            return failed(result, kept.error());
    seen.merge(checkCertificates(*probes, context.clock->now(), policyHostCertificate));

    result.steps << u"reports"_s;
    const QDate today = context.clock->now().toUTC().date();
    Result<QList<DayObservation>> days =
        loadDayObservations(context.database, engagementId,
                            today.addDays(-options.failureJump.baselineDays - 1), today);
    if (!days)
        return failed(result, days.error());
    seen.merge(checkFailureJump(*days, today, options.failureJump));

    result.steps << u"readiness"_s;
    Result<RolloutStatus> rollout = RolloutService(context).status(engagementId);
    if (!rollout)
        return failed(result, rollout.error());
    seen.merge(checkReadiness(rollout->readyForEnforce(), rollout->readiness, rollout->policyId));

    if (Status kept = storeWithRetry(context, engagementId, seen, result); !kept)
        return failed(result, kept.error());
    return result;
}

} // namespace sts::services

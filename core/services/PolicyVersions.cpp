#include "services/PolicyVersions.h"

#include "engagement/EventKinds.h"
#include "mtasts/PolicyFetcher.h"
#include "services/DiscoveryService.h"
#include "services/EffectiveMx.h"
#include "services/PublishPlanner.h"
#include "services/RolloutService.h"
#include "storage/DiscoveryRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::PolicyVersions", text);
}

Status logEvent(const ServiceContext &context, qint64 engagementId, QLatin1StringView kind,
                const QJsonObject &payload)
{
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = context.clock->now();
    event.kind = QString(kind);
    event.actor = context.actor;
    event.payload = payload;
    Result<qint64> appended = storage::EventLog(context.database).append(event);
    if (!appended)
        return appended.error();
    return Status::success();
}

QString problemSummary(const services::PublicationCheck &check)
{
    QStringList lines;
    for (const mtasts::Problem &problem : check.problems)
        if (problem.severity == mtasts::Problem::Severity::Error)
            lines.append(problem.message);
    return lines.join(u" "_s);
}

} // namespace

QString policyVersionState(const storage::StoredPolicyVersion &version)
{
    if (version.isDraft())
        return u"draft"_s;
    return version.isLive() ? u"live"_s : u"superseded"_s;
}

QJsonObject policyVersionJson(const storage::StoredPolicyVersion &version)
{
    const auto time = [](const QDateTime &at) { return at.isValid() ? toIsoUtc(at) : QString(); };
    const mtasts::Policy &policy = version.version.policy;
    return {{u"id"_s, version.version.id},
            {u"mode"_s, mtasts::policyModeName(policy.mode)},
            {u"max_age"_s, policy.maxAge},
            {u"mx"_s, QJsonArray::fromStringList(policy.mxTexts())},
            {u"state"_s, policyVersionState(version)},
            {u"createdAt"_s, time(version.version.createdAt)},
            {u"publishedAt"_s, time(version.publishedAt)},
            {u"supersededAt"_s, time(version.supersededAt)},
            {u"verificationId"_s, version.verificationId},
            {u"publishReason"_s, version.publishReason},
            {u"file"_s, QString::fromUtf8(version.body)}};
}

PolicyVersions::PolicyVersions(ServiceContext context) : m_context(std::move(context)) {}

Result<QList<storage::StoredPolicyVersion>> PolicyVersions::list(qint64 engagementId) const
{
    return storage::PolicyRepository(m_context.database).forEngagement(engagementId);
}

Result<std::optional<storage::StoredPolicyVersion>>
PolicyVersions::current(qint64 engagementId) const
{
    return storage::PolicyRepository(m_context.database).current(engagementId);
}

Result<storage::StoredPolicyVersion> PolicyVersions::find(qint64 engagementId,
                                                          const QString &policyId) const
{
    Result<QList<storage::StoredPolicyVersion>> all = list(engagementId);
    if (!all)
        return all.error();
    for (const storage::StoredPolicyVersion &version : *all)
        if (version.version.id == policyId)
            return version;
    return Error{u"policy.unknown-version"_s,
                 tr("The engagement has no policy version “%1”.").arg(policyId)};
}

Result<storage::StoredPolicyVersion> PolicyVersions::add(qint64 engagementId,
                                                         mtasts::PolicyVersion version)
{
    storage::PolicyRepository repository(m_context.database);
    Result<Engagement> engagement =
        storage::EngagementRepository(m_context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<QStringList> used = repository.idsForDomain(engagement->domain.ace);
    if (!used)
        return used.error();
    // The id in DNS now may be one set before the engagement: never announce it again.
    Result<std::optional<storage::DiscoverySnapshot>> discovery =
        storage::DiscoveryRepository(m_context.database).latest(engagementId);
    if (!discovery)
        return discovery.error();
    if (*discovery && !(*discovery)->report.stsId.isEmpty())
        used->append((*discovery)->report.stsId);
    version.id = mtasts::nextPolicyId(version.id, *used);

    Result<qint64> rowId = Error{};
    const Status stored = m_context.database->inTransaction([&]() -> Status {
        rowId = repository.add(engagementId, version);
        if (!rowId)
            return rowId.error();
        return logEvent(m_context, engagementId, events::kPolicyCreated,
                        {{u"policyId"_s, version.id},
                         {u"mode"_s, mtasts::policyModeName(version.policy.mode)},
                         {u"maxAge"_s, version.policy.maxAge},
                         {u"mx"_s, QJsonArray::fromStringList(version.policy.mxTexts())}});
    });
    if (!stored)
        return stored.error();
    return find(engagementId, version.id);
}

Result<storage::StoredPolicyVersion> PolicyVersions::create(qint64 engagementId,
                                                            const NewPolicyVersion &request)
{
    Result<QList<storage::StoredPolicyVersion>> all = list(engagementId);
    if (!all)
        return all.error();
    const storage::StoredPolicyVersion *base = nullptr;
    for (const storage::StoredPolicyVersion &version : *all)
        if (version.isLive())
            base = &version;
    if (!base && !all->isEmpty())
        base = &all->last();

    qint64 maxAge = request.mode == mtasts::PolicyMode::Enforce ? mtasts::kEnforceMaxAge
                                                                : mtasts::kTestingMaxAge;
    if (request.mode == mtasts::PolicyMode::None && base)
        maxAge = std::max(base->version.policy.maxAge, mtasts::kTestingMaxAge);
    if (request.maxAge)
        maxAge = *request.maxAge;
    if (maxAge < 0 || maxAge > mtasts::kMaxPolicyMaxAge)
        return Error{u"policy.max-age"_s, tr("max_age takes 0 to 31557600 seconds.")};

    QList<mtasts::MxPattern> patterns;
    if (request.mx) {
        for (const QString &text : *request.mx) {
            Result<mtasts::MxPattern> pattern = mtasts::MxPattern::parse(text.trimmed());
            if (!pattern)
                return Error{
                    u"policy.mx-pattern"_s,
                    tr("“%1” is not a usable mx pattern: %2").arg(text, pattern.error().message)};
            patterns.append(*pattern);
        }
    } else if (base) {
        patterns = base->version.policy.mx;
    } else {
        Result<services::EffectiveMx> mx =
            services::loadEffectiveMx(m_context.database, engagementId);
        if (!mx)
            return mx.error();
        const QStringList hosts = mx->names(); // found in DNS and entered by hand
        patterns = mtasts::PolicyGenerator(m_context.clock).suggestPatterns(hosts).patterns;
    }
    if (patterns.isEmpty() && request.mode != mtasts::PolicyMode::None)
        return Error{u"policy.mx-missing"_s,
                     tr("A policy needs at least one mx pattern: name them, or run a discovery "
                        "first.")};
    return add(engagementId,
               mtasts::PolicyGenerator(m_context.clock).make(request.mode, patterns, maxAge));
}

Result<storage::StoredPolicyVersion> PolicyVersions::ensureCurrent(qint64 engagementId)
{
    Result<QList<storage::StoredPolicyVersion>> all = list(engagementId);
    if (!all)
        return all.error();
    if (const storage::StoredPolicyVersion *current = services::policyForRecords(*all))
        return *current;
    return create(engagementId, NewPolicyVersion{});
}

Result<services::PublicationCheck>
PolicyVersions::verify(qint64 engagementId, const QString &policyId,
                       const services::PublicationTargets &targets, const CancelToken &cancel)
{
    Result<QList<storage::StoredPolicyVersion>> all = list(engagementId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error{u"policy.unknown-version"_s,
                     tr("The engagement has no policy version yet; create one first.")};
    storage::StoredPolicyVersion version = all->last();
    if (!policyId.isEmpty()) {
        Result<storage::StoredPolicyVersion> found = find(engagementId, policyId);
        if (!found)
            return found.error();
        version = *found;
    } else {
        for (const storage::StoredPolicyVersion &v : *all)
            if (v.isLive())
                version = v;
    }
    Result<Engagement> engagement =
        storage::EngagementRepository(m_context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    services::PublishChoices choices;
    choices.policyId = version.version.id;
    Result<services::PublishPlan> plan =
        services::PublishPlanner(m_context.database).plan(engagementId, choices);
    if (!plan)
        return plan.error();

    // As a sender would: DNS through a validating resolver, then the policy over HTTPS.
    Result<dns::DiscoveryReport> report =
        dns::discover(engagement->domain.ace, targets.dns, cancel);
    if (!report)
        return report.error();
    const mtasts::FetchResult fetched =
        mtasts::fetchPolicy(engagement->domain.ace, targets.https, cancel);
    if (cancel.isCancelled())
        return Error{u"policy.cancelled"_s, tr("The verification was cancelled.")};

    services::PublicationCheck check =
        services::judgePublication(*report, fetched, version, *plan, m_context.clock->now());
    if (Result<qint64> snapshot =
            DiscoveryService(m_context).store(engagementId, *report, targets.dns.trustAnchorFile);
        !snapshot)
        return snapshot.error();
    storage::PolicyRepository repository(m_context.database);
    const Status stored = m_context.database->inTransaction([&]() -> Status {
        Result<qint64> row = repository.recordVerification(
            engagementId, {0, check.policyId, check.checkedAt, check.ok, check.toJson()});
        if (!row)
            return row.error();
        check.rowId = *row;
        if (Result<qint64> fetchRow =
                repository.recordCheck(engagementId, check.checkedAt, fetched);
            !fetchRow)
            return fetchRow.error();
        QJsonArray codes;
        for (const mtasts::Problem &problem : check.problems)
            codes.append(problem.code);
        return logEvent(m_context, engagementId, events::kPolicyVerified,
                        {{u"policyId"_s, check.policyId},
                         {u"ok"_s, check.ok},
                         {u"verificationId"_s, check.rowId},
                         {u"problems"_s, codes}});
    });
    if (!stored)
        return stored.error();
    return check;
}

Result<Publication> PolicyVersions::publish(qint64 engagementId, const QString &policyId,
                                            const services::PublicationTargets &targets,
                                            const QString &reasonWithoutProof,
                                            const QString &overrideReason,
                                            const CancelToken &cancel)
{
    Result<storage::StoredPolicyVersion> version = find(engagementId, policyId);
    if (!version)
        return version.error();
    if (version->isLive())
        return Error{u"policy.already-live"_s, tr("Policy %1 is live already.").arg(policyId)};
    RolloutService rollout(m_context);
    Result<std::optional<RolloutPhase>> step =
        rollout.stepForPublishing(engagementId, version->version.policy.mode, overrideReason);
    if (!step)
        return step.error();

    Publication publication;
    const QString withoutProof = reasonWithoutProof.trimmed();
    Result<services::PublicationCheck> check = verify(engagementId, policyId, targets, cancel);
    if (check) {
        publication.check = *check;
        publication.verified = check->ok;
    } else if (check.error().code == u"policy.cancelled"_s || withoutProof.isEmpty()) {
        return check.error();
    }
    if (!publication.verified && withoutProof.isEmpty())
        return Error{u"policy.unverified"_s,
                     tr("Policy %1 is not what senders see yet: %2 Publish the records and the "
                        "policy file, then verify again, or give a reason to mark it live "
                        "without proof.")
                         .arg(policyId, problemSummary(publication.check))};
    if (!publication.verified)
        publication.reason = withoutProof;

    // Live, logged and the rollout moved as one: a crash in between must not leave a live
    // version whose phase change is missing.
    const QDateTime now = m_context.clock->now();
    storage::PolicyRepository repository(m_context.database);
    const Status published = m_context.database->inTransaction([&]() -> Status {
        if (Status marked = repository.markPublished(
                version->rowId, now, publication.verified ? publication.check.rowId : 0,
                publication.reason);
            !marked)
            return marked;
        if (Status logged =
                logEvent(m_context, engagementId, events::kPolicyPublished,
                         {{u"policyId"_s, policyId},
                          {u"mode"_s, mtasts::policyModeName(version->version.policy.mode)},
                          {u"verified"_s, publication.verified},
                          {u"verificationId"_s, publication.check.rowId},
                          {u"reason"_s, publication.reason}});
            !logged)
            return logged;
        if (!*step)
            return Status::success();
        const QString why =
            !overrideReason.trimmed().isEmpty() ? overrideReason.trimmed() : publication.reason;
        return rollout.recordPublishingStep(engagementId, **step, policyId, why);
    });
    if (!published)
        return published.error();
    if (*step)
        publication.phaseChange = toKey(**step);
    Result<storage::StoredPolicyVersion> after = find(engagementId, policyId);
    if (!after)
        return after.error();
    publication.version = *after;
    return publication;
}

Result<QList<services::PublicationCheck>> PolicyVersions::checks(qint64 engagementId) const
{
    Result<QList<storage::StoredVerification>> rows =
        storage::PolicyRepository(m_context.database).verifications(engagementId);
    if (!rows)
        return rows.error();
    QList<services::PublicationCheck> out;
    for (const storage::StoredVerification &row : *rows) {
        services::PublicationCheck check = services::PublicationCheck::fromJson(row.evidence);
        check.rowId = row.rowId;
        out.append(check);
    }
    return out;
}

} // namespace sts

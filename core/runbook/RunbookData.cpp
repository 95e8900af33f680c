#include "runbook/RunbookData.h"

#include "deploy/Artifacts.h"
#include "records/RecordExporter.h"
#include "services/DeployInputLoader.h"
#include "services/EngagementService.h"
#include "services/PublishPlanner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sts::runbook {

bool RunbookData::daneAvailable() const
{
    return plan && plan->daneAvailable;
}

// The records in zone-file syntax, exactly as every other face publishes them: the engagement's
// publish plan (services/PublishPlan.h), rendered by the BIND exporter. Why not, in the runbook's
// language.
static void buildZoneFile(const std::shared_ptr<const storage::Database> &db, RunbookData &data,
                          TextLanguage language)
{
    Result<services::PublishPlan> plan = services::PublishPlanner(db).plan(data.engagement.id);
    if (plan)
        data.plan = *plan;
    Result<records::RecordSet> set =
        plan ? plan->recordSet(language) : Result<records::RecordSet>(plan.error());
    if (!set) {
        data.zoneFileError = set.error().message;
        return;
    }
    data.zoneFile = records::makeExporter(u"bind"_s)->render(*set);
}

static bool looksLikeKeyMaterial(const QuotedArtifact &artifact)
{
    return artifact.content.contains("PRIVATE KEY") || artifact.path.endsWith(u".key"_s);
}

static void loadArtifacts(const std::shared_ptr<const storage::Database> &db, RunbookData &data,
                          TextLanguage language)
{
    deploy::ArtifactOptions options;
    options.language = language;
    options.hosting = data.engagement.hosting == Hosting::StaticPages ? deploy::Hosting::StaticPages
                                                                      : deploy::Hosting::Nginx;
    Result<QList<deploy::Artifact>> artifacts =
        deploy::buildEngagementArtifacts(db, data.engagement.id, options);
    if (!artifacts)
        return;
    for (const deploy::Artifact &artifact : *artifacts) {
        QuotedArtifact quoted{artifact.relativePath, artifact.description, artifact.content};
        if (!looksLikeKeyMaterial(quoted))
            data.artifacts.append(quoted);
    }
}

Result<RunbookData> loadRunbookData(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const QDateTime &now,
                                    TextLanguage language)
{
    RunbookData data;
    data.now = now;
    Result<Engagement> engagement =
        EngagementService(db, Clock::system(), QString()).get(engagementId);
    if (!engagement)
        return engagement.error();
    data.engagement = *engagement;

    RolloutService rollout(db, std::make_shared<FixedClock>(now), QString());
    if (Result<RolloutStatus> status = rollout.status(engagementId, language))
        data.rollout = *status;
    if (data.rollout && !data.rollout->history.isEmpty()) {
        // Without it the runbook leaves the timeline section out and says so.
        if (Result<TimelineData> timeline =
                buildTimelineData(db, engagementId, now.toUTC().date(), language))
            data.timeline = *timeline;
    }
    Result<std::optional<storage::DiscoverySnapshot>> snapshot =
        storage::DiscoveryRepository(db).latest(engagementId);
    if (!snapshot)
        return snapshot.error();
    data.discovery = *snapshot;
    Result<QList<storage::StoredProbe>> probes = storage::ProbeRepository(db).latest(engagementId);
    if (!probes)
        return probes.error();
    data.probes = *probes;
    Result<QList<storage::StoredPolicyVersion>> policies =
        storage::PolicyRepository(db).forEngagement(engagementId);
    if (!policies)
        return policies.error();
    data.policies = *policies;

    tlsrpt::Aggregator aggregator(db);
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    Result<QList<tlsrpt::DailySummary>> days = aggregator.dailySummaries(filter);
    if (!days)
        return days.error();
    data.reportDays = *days;
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    if (!failures)
        return failures.error();
    data.reportFailures = *failures;
    for (const tlsrpt::DailySummary &day : data.reportDays) {
        if (!data.reportsFrom.isValid() || day.day < data.reportsFrom)
            data.reportsFrom = day.day;
        if (!data.reportsTo.isValid() || day.day > data.reportsTo)
            data.reportsTo = day.day;
    }

    buildZoneFile(db, data, language);
    loadArtifacts(db, data, language);
    return data;
}

} // namespace sts::runbook

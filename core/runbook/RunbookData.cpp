#include "runbook/RunbookData.h"

#include "deploy/Artifacts.h"
#include "records/RecordExporter.h"
#include "services/DeployInputLoader.h"
#include "services/PublishPlanner.h"
#include "storage/FindingRepository.h"
#include "storage/MonitorRuns.h"
#include "storage/NotificationSettingsRepository.h"
#include "storage/ReportDomainRepository.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

bool RunbookData::daneAvailable() const
{
    return plan && plan->daneAvailable;
}

// The records in zone-file syntax, exactly as every other face publishes them: the engagement's
// publish plan (services/PublishPlan.h), rendered by the BIND exporter. Why not, in the runbook's
// language.
const storage::StoredPolicyVersion *RunbookData::liveVersion() const
{
    for (const storage::StoredPolicyVersion &v : policies)
        if (v.isLive())
            return &v;
    return nullptr;
}

const services::PublicationCheck *
RunbookData::verificationOf(const storage::StoredPolicyVersion &v) const
{
    for (const services::PublicationCheck &check : verifications)
        if (v.verificationId != 0 && check.rowId == v.verificationId)
            return &check;
    return nullptr;
}

static void buildZoneFile(const services::PublishFacts &facts, RunbookData &data,
                          TextLanguage language)
{
    data.plan = services::planPublication(facts);
    Result<records::RecordSet> set = data.plan->recordSet(language);
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

static void loadArtifacts(const services::PublishFacts &facts, RunbookData &data,
                          TextLanguage language)
{
    deploy::ArtifactOptions options;
    options.language = language; // hosting, MTA and alerts: the saved delivery settings
    Result<deploy::DeployInput> input = deploy::deployInputFrom(facts, options);
    if (!input)
        return;
    data.renewal = input->renewal;
    // Monitored only when the consultant recorded who hears of expiry (else the artifacts fall
    // back to postmaster@, which nobody has agreed to read).
    data.alertsConfigured = !facts.settings.alerts.notice.trimmed().isEmpty();
    for (const deploy::Artifact &artifact : deploy::composeArtifacts(*input)) {
        QuotedArtifact quoted{artifact.relativePath, artifact.description, artifact.content};
        if (!looksLikeKeyMaterial(quoted))
            data.artifacts.append(quoted);
    }
}

static Status loadMonitoring(const std::shared_ptr<const storage::Database> &db,
                             qint64 engagementId, RunbookData &data)
{
    Result<QList<storage::Finding>> findings =
        storage::FindingRepository(db).listUnresolved(engagementId);
    if (!findings)
        return findings.error();
    data.monitorFindings = *findings;
    Result<std::optional<storage::MonitorRun>> run = storage::MonitorRuns(db).latest();
    if (!run)
        return run.error();
    if (*run)
        data.lastMonitorRun = (*run)->finishedAt;
    Result<QStringList> weekly =
        storage::NotificationSettingsRepository(db).weeklyRecipients(engagementId);
    if (!weekly)
        return weekly.error();
    data.weeklyRecipients = *weekly;
    return Status::success();
}

Result<RunbookData> loadRunbookData(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const QDateTime &now,
                                    TextLanguage language)
{
    RunbookData data;
    data.now = now;
    // Engagement, discovery, policy versions, probes and staged keys, read once for the sections,
    // the zone and the quoted artifacts alike.
    Result<services::PublishFacts> facts = services::PublishPlanner(db).facts(engagementId);
    if (!facts)
        return facts.error();
    data.engagement = facts->engagement;
    data.discovery = facts->discovery;
    data.handEnteredMx = facts->handEnteredMx;
    data.handEntriesOnly = facts->handEntriesOnly;
    data.policies = facts->policies;
    data.probes = facts->probes;
    data.tlsRptRua = services::planPublication(*facts).records.rua;
    data.alerts = facts->settings.alerts.resolved(data.engagement.domain.ace);
    data.stagedKey = facts->stagedKey;
    Result<QList<storage::StoredVerification>> verifications =
        storage::PolicyRepository(db).verifications(engagementId);
    if (!verifications)
        return verifications.error();
    for (const storage::StoredVerification &row : *verifications) {
        services::PublicationCheck check = services::PublicationCheck::fromJson(row.evidence);
        check.rowId = row.rowId;
        check.policyId = row.policyId;
        check.checkedAt = row.checkedAt;
        check.ok = row.ok;
        data.verifications.append(check);
    }

    RolloutService rollout(db, std::make_shared<FixedClock>(now), QString());
    if (Result<RolloutStatus> status = rollout.status(engagementId, language))
        data.rollout = *status;
    if (data.rollout && !data.rollout->history.isEmpty()) {
        // Without it the runbook leaves the timeline section out and says so.
        if (Result<TimelineData> timeline =
                buildTimelineData(db, engagementId, now.toUTC().date(), language))
            data.timeline = *timeline;
    }
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
    Result<QList<tlsrpt::ExtraReportDomain>> extra =
        storage::ReportDomainRepository(db).extraDomains(engagementId);
    if (!extra)
        return extra.error();
    for (const tlsrpt::ExtraReportDomain &domain : std::as_const(*extra))
        data.extraReportDomains << domain.domainAce;
    for (const tlsrpt::DailySummary &day : data.reportDays) {
        if (!data.reportsFrom.isValid() || day.day < data.reportsFrom)
            data.reportsFrom = day.day;
        if (!data.reportsTo.isValid() || day.day > data.reportsTo)
            data.reportsTo = day.day;
    }

    if (Status monitored = loadMonitoring(db, engagementId, data); !monitored)
        return monitored.error();

    buildZoneFile(*facts, data, language);
    loadArtifacts(*facts, data, language);
    return data;
}

} // namespace sts::runbook

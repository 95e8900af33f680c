#include "services/PublishPlanner.h"

#include "services/EffectiveMx.h"
#include "services/StagedKeyLookup.h"
#include "storage/EngagementRepository.h"
#include "storage/HostingRepository.h"

namespace sts::services {

PublishPlanner::PublishPlanner(std::shared_ptr<const storage::Database> db) : m_db(std::move(db)) {}

Result<PublishFacts> PublishPlanner::facts(qint64 engagementId) const
{
    PublishFacts out;
    Result<Engagement> engagement = storage::EngagementRepository(m_db).get(engagementId);
    if (!engagement)
        return engagement.error();
    out.engagement = *engagement;
    // The scan with the mail servers entered by hand among its hosts: DANE/TLSA, the policy's mx
    // patterns, the artifacts and the runbook all work with the one effective set.
    Result<EffectiveMx> mx = loadEffectiveMx(m_db, engagementId);
    if (!mx)
        return mx.error();
    out.discovery = mx->effectiveSnapshot();
    out.handEnteredMx = mx->handEnteredNames();
    out.handEntriesOnly = !mx->snapshot && out.discovery;
    auto policies = storage::PolicyRepository(m_db).forEngagement(engagementId);
    if (!policies)
        return policies.error();
    out.policies = *policies;
    auto probes = storage::ProbeRepository(m_db).latest(engagementId);
    if (!probes)
        return probes.error();
    out.probes = *probes;
    auto settings = storage::DeliverySettingsRepository(m_db).get(engagementId);
    if (!settings)
        return settings.error();
    out.settings = *settings;
    auto staged = stagedKeyOf(m_db, engagementId);
    if (!staged)
        return staged.error();
    out.stagedKey = *staged;
    if (out.engagement.hosting == Hosting::Nginx && !out.engagement.archived) {
        auto host =
            storage::HostingRepository(m_db).setting(storage::HostingRepository::kPolicyHostName);
        if (!host)
            return host.error();
        out.consultantPolicyHost = *host;
    }
    return out;
}

Result<PublishPlan> PublishPlanner::plan(qint64 engagementId, const PublishChoices &choices) const
{
    Result<PublishFacts> read = facts(engagementId);
    if (!read)
        return read.error();
    return planPublication(*read, choices);
}

} // namespace sts::services

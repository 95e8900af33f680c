#include "services/PublishPlanner.h"

#include "storage/EngagementRepository.h"

namespace sts::services {

PublishPlanner::PublishPlanner(std::shared_ptr<const storage::Database> db) : m_db(std::move(db)) {}

Result<PublishFacts> PublishPlanner::facts(qint64 engagementId) const
{
    PublishFacts out;
    Result<Engagement> engagement = storage::EngagementRepository(m_db).get(engagementId);
    if (!engagement)
        return engagement.error();
    out.engagement = *engagement;
    auto discovery = storage::DiscoveryRepository(m_db).latest(engagementId);
    if (!discovery)
        return discovery.error();
    out.discovery = *discovery;
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
    // A staged key that needs a passphrase is left out: its digest cannot be read.
    out.stagedKey = tls::StagedKeyFinder::find(tls::StagedKeyFinder::secretsDir(engagementId));
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

#include "services/ProbeService.h"

namespace sts {

ProbeService::ProbeService(ServiceContext context) : m_context(std::move(context)) {}

Result<std::optional<PreflightPlan>> ProbeService::plan(qint64 engagementId) const
{
    Result<std::optional<storage::DiscoverySnapshot>> latest =
        storage::DiscoveryRepository(m_context.database).latest(engagementId);
    if (!latest)
        return latest.error();
    if (!*latest)
        return std::optional<PreflightPlan>();
    const tls::ProbePlan plan = tls::ProbePlan::fromDiscovery((*latest)->report, true);
    return std::optional<PreflightPlan>(PreflightPlan{**latest, plan});
}

Status ProbeService::store(qint64 engagementId, const tls::ProbeReport &report)
{
    return storage::ProbeRepository(m_context.database)
        .store(engagementId, m_context.clock->now(), report);
}

Result<QList<storage::StoredProbe>> ProbeService::latest(qint64 engagementId) const
{
    return storage::ProbeRepository(m_context.database).latest(engagementId);
}

} // namespace sts

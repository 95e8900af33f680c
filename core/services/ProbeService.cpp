#include "services/ProbeService.h"

#include "services/EffectiveMx.h"

namespace sts {

ProbeService::ProbeService(ServiceContext context) : m_context(std::move(context)) {}

Result<std::optional<PreflightPlan>> ProbeService::plan(qint64 engagementId) const
{
    // The newest scan's hosts plus those entered by hand (their typed addresses when DNS has
    // none), one set for every face.
    Result<services::EffectiveMx> mx = services::loadEffectiveMx(m_context.database, engagementId);
    if (!mx)
        return mx.error();
    const std::optional<storage::DiscoverySnapshot> snapshot = mx->effectiveSnapshot();
    if (!snapshot)
        return std::optional<PreflightPlan>();
    const tls::ProbePlan plan = tls::ProbePlan::fromDiscovery(snapshot->report, true);
    QStringList byHand;
    for (const services::EffectiveMxHost &host : mx->hosts)
        if (host.origin == services::MxOrigin::Hand || host.addressesByHand)
            byHand << host.host.name;
    return std::optional<PreflightPlan>(
        PreflightPlan{*snapshot, plan, mx->snapshot.has_value(), byHand});
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

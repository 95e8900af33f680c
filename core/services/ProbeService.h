#pragma once

#include "probe/ProbePlan.h"
#include "probe/ProbeResult.h"
#include "services/ServiceContext.h"
#include "storage/DiscoveryRepository.h"
#include "storage/ProbeRepository.h"

#include <optional>

namespace sts {

using StoredProbe = storage::StoredProbe;

// What the pre-flight of an engagement probes: the addresses of its newest scan (never resolved
// again, so the probe sees what the snapshot shows) and the policy host.
struct PreflightPlan
{
    storage::DiscoverySnapshot snapshot;
    tls::ProbePlan plan;
};

// Probe and store: the pre-flight of an engagement, one way for the wizard's "Pre-flight" page and
// any other face that stores probes. The probing itself is StarttlsProbe (on a worker).
class ProbeService
{
public:
    explicit ProbeService(ServiceContext context);

    // Empty when the engagement has not been scanned yet.
    Result<std::optional<PreflightPlan>> plan(qint64 engagementId) const;
    // Stores a finished run (every address, one transaction) as probed now (the context's clock).
    Status store(qint64 engagementId, const tls::ProbeReport &report);
    // The newest result per host and address.
    Result<QList<storage::StoredProbe>> latest(qint64 engagementId) const;

private:
    ServiceContext m_context;
};

} // namespace sts

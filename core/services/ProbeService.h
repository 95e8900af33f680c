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
// again, so the probe sees what the snapshot shows), those of the mail servers entered by hand,
// and the policy host.
struct PreflightPlan
{
    storage::DiscoverySnapshot snapshot; // the scan with the effective MX hosts (EffectiveMx.h)
    tls::ProbePlan plan;
    bool scanned = true;         // false: no scan, only hand entries (snapshot.takenAt: their edit)
    QStringList addressesByHand; // hosts probed at addresses typed by hand
};

// Probe and store: the pre-flight of an engagement, one way for the wizard's "Pre-flight" page and
// any other face that stores probes. The probing itself is StarttlsProbe (on a worker).
class ProbeService
{
public:
    explicit ProbeService(ServiceContext context);

    // Empty when the engagement has neither a scan nor a mail server entered by hand.
    Result<std::optional<PreflightPlan>> plan(qint64 engagementId) const;
    // Stores a finished run (every address, one transaction) as probed now (the context's clock).
    Status store(qint64 engagementId, const tls::ProbeReport &report);
    // The newest result per host and address.
    Result<QList<storage::StoredProbe>> latest(qint64 engagementId) const;

private:
    ServiceContext m_context;
};

} // namespace sts

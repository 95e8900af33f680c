#pragma once

#include "dns/DiscoveryReport.h"
#include "engagement/DomainName.h"
#include "services/ServiceContext.h"
#include "storage/DiscoveryRepository.h"

#include <optional>

namespace sts {

using DiscoverySnapshot = storage::DiscoverySnapshot;

// The engagement's newest discovery snapshot and the one before it ("what changed since").
struct DiscoveryHistory
{
    std::optional<storage::DiscoverySnapshot> latest;
    std::optional<storage::DiscoverySnapshot> previous;
};

// Discover and store: how a discovery run becomes part of an engagement, one way for the wizard's
// "Mail servers" page and `stsdesk-cli discover --engagement`. The run itself is dns::discover()
// (blocking, on a worker or in the CLI); storing it is here, with the actor rule of the context
// (actorName()), never the engagement's consultant.
class DiscoveryService
{
public:
    explicit DiscoveryService(ServiceContext context);

    // The domain a discovery for the engagement looks up: its own. A `requested` domain (as typed,
    // may be empty) must be the same one. Errors: the engagement's, discovery.domain-mismatch,
    // and those of DomainName::fromUserInput for a malformed `requested`.
    Result<DomainName> domainFor(qint64 engagementId, const QString &requested = {}) const;

    // Stores a finished run as the engagement's newest snapshot and logs "discovery.completed" by
    // the context's actor, in one transaction. `trustAnchorFile` is the anchor the run used (empty:
    // the system's). Refused (discovery.domain-mismatch) when the report is for another domain than
    // the engagement's, e.g. a run started before the engagement's domain was changed.
    Result<qint64> store(qint64 engagementId, const dns::DiscoveryReport &report,
                         const QString &trustAnchorFile);

    Result<std::optional<storage::DiscoverySnapshot>> latest(qint64 engagementId) const;
    Result<DiscoveryHistory> history(qint64 engagementId) const;

private:
    ServiceContext m_context;
};

} // namespace sts

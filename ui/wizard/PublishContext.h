#pragma once

#include "services/PublishPlan.h"

#include <optional>

namespace sts::ui {

class Workspace;
using HostDigests = services::HostDigests;

// What the publishing pages (policy, records, hosting, DANE) read about an engagement. Loaded on
// the GUI thread from the workspace database (a few small queries) whenever a page is entered.
// What gets published is the engagement's publish plan (services/PublishPlan.h): the pages show
// it, they do not decide it.
struct PublishContext
{
    std::optional<Engagement> engagement;
    std::optional<storage::DiscoverySnapshot> snapshot; // latest discovery
    QList<storage::StoredPolicyVersion> versions;       // oldest first
    QString error;                                      // first read error, translated

    static PublishContext load(Workspace *workspace, qint64 engagementId);

    QString domain() const; // A-label, empty without an engagement
    // The version the _mta-sts record carries (services::policyForRecords); null when none.
    const storage::StoredPolicyVersion *policyForRecords() const;

    // The plan with the page's choices; the defaults are what every other export publishes.
    services::PublishPlan plan(const services::PublishChoices &choices = {}) const;
    bool daneAvailable() const { return plan().daneAvailable; }
    QString daneUnavailableReason() const { return plan().daneUnavailableReason; }
    // No scan: `snapshot` holds only the mail servers entered by hand, and no DNSSEC verdict.
    bool handEntriesOnly() const { return m_facts && m_facts->handEntriesOnly; }
    QList<HostDigests> daneDigests() const { return plan().daneHosts; }

private:
    std::optional<services::PublishFacts> m_facts;
};

} // namespace sts::ui

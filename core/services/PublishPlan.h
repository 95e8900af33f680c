#pragma once

#include "engagement/Engagement.h"
#include "records/RecordSet.h"
#include "storage/DeliverySettingsRepository.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"
#include "tls/StagedKeyFinder.h"
#include "util/Result.h"
#include "util/TextLanguage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sts::services {

// Everything an engagement's publication is decided from, read from the workspace in one go
// (PublishPlanner) or written by a test: planning is pure.
struct PublishFacts
{
    Engagement engagement;
    // The latest scan, its hosts the effective MX set (EffectiveMx.h): also set when there is no
    // scan but mail servers were entered by hand.
    std::optional<storage::DiscoverySnapshot> discovery;
    QStringList handEnteredMx;    // hosts of `discovery` entered by hand, not found in DNS
    bool handEntriesOnly = false; // no scan: `discovery` holds only the hand-entered hosts
    QList<storage::StoredPolicyVersion> policies; // oldest first
    QList<storage::StoredProbe> probes;           // newest per host and address
    std::optional<tls::StagedKey> stagedKey;      // the newest recorded (stagedKeyOf)
    storage::StoredDeliverySettings settings;     // rua, alert addresses, MTA, hosting as saved
    // The workspace's policy host name (`hosting set-host`) when the engagement is hosted there
    // (hosting nginx, not archived): mta-sts.<domain> is then a CNAME to it. Empty otherwise.
    QString consultantPolicyHost;
};

// Whether TLSA records are published: as discovery allows, or as the consultant says.
enum class DaneChoice { FromDiscovery, On, Off };

// What a face lets the consultant change; unset members follow the workspace.
struct PublishChoices
{
    std::optional<QString> policyId; // a version not stored yet (deploy generates one)
    std::optional<QStringList> rua;
    std::optional<records::PolicyHostTarget> policyHost;
    DaneChoice dane = DaneChoice::FromDiscovery;
    quint32 ttl = 3600;
};

// The TLSA digests of one MX host. `*Source` says where a digest came from, for people.
struct HostDigests
{
    QString host;
    dns::DaneState state = dns::DaneState::Unknown;
    QByteArray current; // empty: no key known yet
    QString currentSource;
    QByteArray next; // the staged key of a rollover
    QString nextSource;
    QList<QByteArray> alsoPublished; // further "3 1 1" digests DNS publishes now

    QList<QByteArray> all() const; // current, next, alsoPublished; no duplicates
};

// What one engagement publishes in DNS. Every face (the wizard's pages, `records export`,
// the artifacts and the handover bundle, the runbook) renders this, so they cannot disagree.
struct PublishPlan
{
    records::RecordSetInput records; // the input of the one record set
    bool daneAvailable = false;
    QString daneUnavailableReason; // translated; empty when available or switched off
    QList<HostDigests> daneHosts;  // the MX hosts TLSA is published for (digest or not)
    QString consultantPolicyHost;  // mta-sts.<domain> is a CNAME to the consultant's policy host

    // Errors: publish.no-policy (no policy version, so no _mta-sts id; in `language`, which a
    // runbook chooses for itself), and RecordSet::build's.
    Result<records::RecordSet> recordSet(TextLanguage language = TextLanguage::Translated) const;
};

// The version whose id the _mta-sts record carries: the live (published, not superseded) one,
// else the newest saved; null when there is none.
const storage::StoredPolicyVersion *
policyForRecords(const QList<storage::StoredPolicyVersion> &versions);

// Whether this MX host's TLSA records can be ours to publish: a host of the customer (not a
// provider's, not an IP literal) in a zone discovery validated as DNSSEC-signed (RFC 7672 §2.2).
// DANE is available for the engagement when its MX RRset is secure and one host qualifies.
bool isDaneHost(const dns::MxHostReport &host);

// Where mta-sts.<domain> points according to discovery: a CNAME when the lookup followed one
// (its first target), else the A/AAAA addresses found.
records::PolicyHostTarget discoveredPolicyHost(const dns::DiscoveryReport &report);

PublishPlan planPublication(const PublishFacts &facts, const PublishChoices &choices = {});

} // namespace sts::services

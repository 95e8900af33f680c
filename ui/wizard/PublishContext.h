#pragma once

#include "engagement/Engagement.h"
#include "records/RecordSet.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"

#include <QDateTime>
#include <optional>

namespace sts::ui {

class Workspace;

// The digests DANE publishes for one MX host: the key in use now and, during a rollover, the
// staged next key. `*Source` says where a digest came from, in words for the user.
struct HostDigests
{
    QString host;
    dns::DaneState state = dns::DaneState::Unknown;
    QByteArray current;
    QString currentSource;
    QByteArray next;
    QString nextSource;
};

// What the publishing pages (policy, records, hosting, DANE) read about an engagement. Loaded on
// the GUI thread from the workspace database (a few small queries) whenever a page is entered.
struct PublishContext
{
    std::optional<Engagement> engagement;
    std::optional<storage::DiscoverySnapshot> snapshot; // latest discovery
    QList<storage::StoredPolicyVersion> versions;       // oldest first
    QString error;                                      // first read error, translated

    static PublishContext load(Workspace *workspace, qint64 engagementId);

    QString domain() const; // A-label, empty without an engagement
    QStringList mxHosts() const;
    // The published version, else the newest saved one; null when there is none.
    const storage::StoredPolicyVersion *policyForRecords() const;

    // DANE is offered when the MX RRset validates as secure and at least one MX host sits in a
    // signed zone (RFC 7672 §2.2). Otherwise `daneUnavailableReason` says why, in plain words.
    bool daneAvailable() const;
    QString daneUnavailableReason() const;

    // Per MX host in a signed zone: current digest from the newest probe of the host (what it
    // serves), else the valid "3 1 1" published in DNS, else the staged current key; next digest
    // from a key staged in the engagement's secrets folder.
    QList<HostDigests> daneDigests(Workspace *workspace) const;

    // The record set input for the engagement; `rua` and the policy host target come from the
    // page, TLSA from daneDigests() when DANE is available.
    records::RecordSetInput recordInput(Workspace *workspace, const QStringList &rua,
                                        const records::PolicyHostTarget &policyHost,
                                        quint32 ttl) const;
    // Defaults for the records page: the rua and mta-sts addresses discovery found.
    QStringList discoveredRua() const;
    QStringList discoveredPolicyHostAddresses() const;
};

} // namespace sts::ui

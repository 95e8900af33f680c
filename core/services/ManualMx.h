#pragma once

#include "services/EffectiveMx.h"
#include "services/ServiceContext.h"
#include "storage/ManualMxRepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sts::services {

using ManualMxHost = storage::ManualMxHost;

// What the consultant types for a mail server.
struct ManualMxInput
{
    QString host;          // a host name as typed (Unicode, mixed case, a final dot are fine)
    int priority = 10;     // 0..65535 (the MX preference)
    QStringList addresses; // IPv4/IPv6 as typed; entries may hold several, split at blanks/commas
    QString note;
};

// A hand entry next to the newest scan.
struct ManualMxComparison
{
    ManualMxHost entry;
    bool inDns = false;         // the scan names the host as an MX
    int dnsPriority = -1;       // when inDns
    QStringList dnsAddresses;   // when inDns
    bool samePriority = false;  // when inDns
    bool sameAddresses = false; // when inDns: the same set, or no addresses entered by hand

    // "DNS has it now (same priority and addresses)", "not in DNS", ...
    QString text(TextLanguage language = TextLanguage::Translated) const;
};

struct ManualMxDiff
{
    QList<ManualMxComparison> entries; // one per hand entry
    QStringList dnsOnly;               // scanned MX hosts without a hand entry
};

// Mail servers entered by hand: for a domain whose MX is not in DNS yet, a customer moving hosts,
// or a network where DNS cannot be asked. One way for the wizard's "Mail servers" page and
// `stsdesk-cli mx`; every change is logged (mx.entered / mx.edited / mx.removed).
class ManualMx
{
public:
    explicit ManualMx(ServiceContext context);

    // The field an error code is about, so a dialog can show it by that field.
    static inline const QString kHostError = QStringLiteral("mx.host");
    static inline const QString kPriorityError = QStringLiteral("mx.priority");
    static inline const QString kAddressError = QStringLiteral("mx.address");
    static inline const QString kDuplicateError = QStringLiteral("mx.duplicate");

    // The entry as it would be stored (host in A-label form, addresses normalised, note
    // trimmed), or the first problem with one of the codes above.
    static Result<ManualMxHost> validated(const ManualMxInput &input);

    Result<QList<ManualMxHost>> list(qint64 engagementId) const;
    // Refuses (kDuplicateError) a host the engagement already has a hand entry for.
    Result<ManualMxHost> add(qint64 engagementId, const ManualMxInput &input);
    Result<ManualMxHost> update(qint64 engagementId, qint64 id, const ManualMxInput &input);
    // `reason` goes into the event ("dns-has-it" when the scan now finds the host).
    Status remove(qint64 engagementId, qint64 id, const QString &reason = {});

    // What pre-flight, coverage, policy, DANE and the runbook work with (EffectiveMx.h).
    Result<EffectiveMx> effective(qint64 engagementId) const;
    // The hand entries against the newest scan; unset when there is no scan.
    Result<std::optional<ManualMxDiff>> compareWithDns(qint64 engagementId) const;
    static ManualMxDiff compare(const dns::DiscoveryReport &scan,
                                const QList<ManualMxHost> &manual);

private:
    Result<ManualMxHost> find(qint64 engagementId, qint64 id) const;
    // kDuplicateError when another entry than `exceptId` has `host`.
    Status unique(qint64 engagementId, const QString &host, qint64 exceptId) const;

    ServiceContext m_context;
};

} // namespace sts::services

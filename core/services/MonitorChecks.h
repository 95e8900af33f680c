#pragma once

#include "dns/DiscoveryReport.h"
#include "engagement/RolloutRules.h"
#include "mtasts/PolicyFetcher.h"
#include "probe/ProbeResult.h"
#include "storage/Finding.h"
#include "storage/PolicyRepository.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace sts::services {

// The stable finding kinds of the monitoring; FindingText turns kind + details into words.
namespace findingkind {
inline constexpr QLatin1StringView kMxSet{"drift.mx-set"};
// Separate from kMxSet: a host the live policy does not cover is a danger whatever the stored
// scan says, and it resolves when a version that covers it is live, not when discovery runs again.
inline constexpr QLatin1StringView kMxUncovered{"drift.mx-uncovered"};
inline constexpr QLatin1StringView kTxtId{"drift.txt-id"};
inline constexpr QLatin1StringView kUnfetchable{"policy.unfetchable"};
inline constexpr QLatin1StringView kTlsa{"drift.tlsa"};
inline constexpr QLatin1StringView kFailureJump{"reports.failure-jump"};
inline constexpr QLatin1StringView kReady{"rollout.ready"};
// One kind per escalation step, so that 30 → 14 → 7 days each alerts once: the step reached
// opens its own finding and the one before resolves (the run no longer sees it).
inline constexpr QLatin1StringView kCertExpiry30{"cert.expiry.30"};
inline constexpr QLatin1StringView kCertExpiry14{"cert.expiry.14"};
inline constexpr QLatin1StringView kCertExpiry7{"cert.expiry.7"};
} // namespace findingkind

// What one check saw: the conditions present now, and the kinds it looked at (a covered kind
// whose condition is not present any more resolves). Subjects it could not judge this time (a
// host that did not answer) keep their findings.
struct CheckOutcome
{
    QList<storage::Finding> present; // engagementId, kind, subject, severity, details
    QStringList coveredKinds;
    QStringList unjudgedSubjects;

    void add(const QString &kind, const QString &subject, storage::Finding::Severity severity,
             const QJsonObject &details);
    void merge(const CheckOutcome &other);
};

// Thresholds of the failure-rate jump: the last complete day against the days before it.
struct FailureJumpRule
{
    int baselineDays = 14;
    double factor = 3.0;      // last day's rate at least this many times the baseline rate
    qint64 minSessions = 100; // on the last day: fewer sessions say nothing
    double minRate = 0.01;    // and at least 1 % failing (a zero baseline times 3 is zero)
};

// The pure checks (no network, no database), each from what the monitor gathered.
// MX set now (`now`) against the last stored scan (the consultant's record of it: running
// discovery again accepts the new set); `live` (if any) tells whether its patterns still cover
// every host, and `draftOffered` names the draft made for the new set.
CheckOutcome checkMxSet(const dns::DiscoveryReport &now, const dns::DiscoveryReport &stored,
                        const std::optional<storage::StoredPolicyVersion> &live,
                        const QString &draftOffered);
// Every MX host of `now` against the live version's patterns: a host they miss is refused mail
// under enforce (critical) and reported as a failure in testing (warning).
CheckOutcome checkMxCoverage(const dns::DiscoveryReport &now,
                             const std::optional<storage::StoredPolicyVersion> &live,
                             const QString &draftOffered);
// The MX hosts of `now` that `live`'s patterns do not cover.
QStringList uncoveredHosts(const dns::DiscoveryReport &now,
                           const storage::StoredPolicyVersion &live);
// The served policy against the _mta-sts TXT id (only with a live version: before publication
// nothing is expected to be served). The served file carries no id of its own: it is the id of
// the stored version (of `versions`) whose bytes are served.
CheckOutcome checkPolicy(const dns::DiscoveryReport &now, const mtasts::FetchResult &fetched,
                         const std::optional<storage::StoredPolicyVersion> &live,
                         const QList<storage::StoredPolicyVersion> &versions);
// A certificate seen on another way than a probe (the policy fetch's handshake).
struct SeenCertificate
{
    QString host;
    QString protocol; // "https"
    tls::Certificate leaf;
};

// Certificate expiry (30/14/7 days) of every probed host (and of `alsoSeen`) and DANE (TLSA ≠
// served key).
CheckOutcome checkCertificates(const tls::ProbeReport &probes, const QDateTime &now,
                               const QList<SeenCertificate> &alsoSeen = {});
CheckOutcome checkFailureJump(const QList<DayObservation> &days, const QDate &today,
                              const FailureJumpRule &rule = {});
CheckOutcome checkReadiness(bool readyForEnforce, const Readiness &readiness,
                            const QString &policyId);

} // namespace sts::services

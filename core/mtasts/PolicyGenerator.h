#pragma once

#include "mtasts/Policy.h"
#include "mtasts/Problem.h"
#include "mtasts/StsTxtRecord.h"
#include "util/Clock.h"

#include <QDateTime>
#include <memory>

namespace sts::mtasts {

// A policy ready to publish: the file and the TXT id that announces it.
struct PolicyVersion
{
    Policy policy;
    QString id;          // YYYYMMDDHHMMSS (UTC)
    QDateTime createdAt; // UTC

    QByteArray file() const;  // serialised with CRLF
    StsTxtRecord txt() const; // "v=STSv1; id=…;"
};

struct PatternSuggestion
{
    QList<MxPattern> patterns;
    QList<Problem> notes; // why hosts were dropped or grouped (warnings only)
};

// One step of publishing a new version (RFC 8461 §8.1: the policy file first, then the TXT id).
struct PublishStep
{
    enum class Kind {
        PublishPolicyFile,
        UpdateTxtRecord,
        WaitUntil,
        RemoveTxtRecord,
        RemovePolicyHost
    };
    Kind kind;
    QString description; // translated
    QByteArray content;  // the file or TXT data for publish/update steps
    QDateTime notBefore; // for WaitUntil and the removals after it; invalid = at once
};

// Builds policies from what discovery found. Ids come from the injected clock.
class PolicyGenerator
{
public:
    explicit PolicyGenerator(std::shared_ptr<const Clock> clock = Clock::system());

    // Patterns for `mxHosts`: exact names, one "*.parent" where ≥2 hosts share a parent and a
    // certificate SAN in `certificateSans` is that very wildcard; provider patterns for
    // Microsoft 365 and Google; web-only hosts (mta-sts., autoconfig., autodiscover.) dropped.
    PatternSuggestion suggestPatterns(const QStringList &mxHosts,
                                      const QStringList &certificateSans = {}) const;

    QString newId() const; // YYYYMMDDHHMMSS from the clock

    PolicyVersion testing(const QList<MxPattern> &patterns) const; // testing, max_age 86400
    PolicyVersion enforce(const Policy &current) const;            // enforce, max_age 604800
    PolicyVersion remove(const Policy &current) const;             // none, same max_age
    PolicyVersion make(PolicyMode mode, const QList<MxPattern> &patterns, qint64 maxAge) const;

private:
    std::shared_ptr<const Clock> m_clock;
};

// An id for a new version: `candidate` (from the clock) when it sorts above every id in `used`,
// else one second after the newest timestamp id there. A sender fetches a policy only when the TXT
// id differs from the one it cached (RFC 8461 §3.1), so an id must never come back; ids that are
// not STS Desk timestamps (set by hand before the engagement) are only avoided, not ordered by.
QString nextPolicyId(const QString &candidate, const QStringList &used);

// Until when senders may still apply `previous` after a new version was published at
// `publishedAt`: a sender that fetched it just before keeps it for its max_age.
QDateTime cachedUntil(const Policy &previous, const QDateTime &publishedAt);

// The ordered steps to publish `next` for `domain` (A-label). With `previous` set and `next` in
// mode none, the steps end with the wait for the old max_age and the removal of the TXT record
// and the policy host.
QList<PublishStep> publishOrder(const QString &domain, const PolicyVersion &next,
                                const std::optional<Policy> &previous,
                                const QDateTime &publishedAt);

} // namespace sts::mtasts

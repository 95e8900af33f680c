#pragma once

#include "mtasts/PolicyGenerator.h"
#include "services/PublicationCheck.h"
#include "services/ServiceContext.h"
#include "storage/PolicyRepository.h"
#include "util/CancelToken.h"

#include <QJsonObject>
#include <optional>

namespace sts {

using StoredPolicyVersion = storage::StoredPolicyVersion;

// What a new version is made of; unset members follow the engagement.
struct NewPolicyVersion
{
    mtasts::PolicyMode mode = mtasts::PolicyMode::Testing;
    // Unset: 86400 for testing, 604800 for enforce (the seed's values), the live version's for
    // none (RFC 8461 §8.3: senders keep the old policy that long anyway).
    std::optional<qint64> maxAge;
    // Unset: the patterns of the live version, else of the newest saved one, else suggested from
    // the latest discovery.
    std::optional<QStringList> mx;
};

// A stored version for --json output and exports: id, mode, max_age, mx, state
// ("draft", "live", "superseded"), times, the verification it went live on or the reason.
QJsonObject policyVersionJson(const storage::StoredPolicyVersion &version);
// "draft", "live" or "superseded".
QString policyVersionState(const storage::StoredPolicyVersion &version);

// How a version went live.
struct Publication
{
    storage::StoredPolicyVersion version; // as stored after publishing
    services::PublicationCheck check;     // the verification it rests on (ok or not)
    bool verified = false;                // false: published on the consultant's word
    QString reason;                       // why it was published without proof
    QString phaseChange;                  // the rollout step it made, e.g. "testing", or empty
};

// The MTA-STS policy versions of an engagement, the spine of its rollout: draft → published
// (live) → superseded. Ids are unique per domain and strictly increasing (a sender compares the
// TXT id with the one it cached and fetches only on a change, RFC 8461 §3.1), so a version made
// in the same second as the one before still gets a new id.
class PolicyVersions
{
public:
    explicit PolicyVersions(ServiceContext context);

    Result<QList<storage::StoredPolicyVersion>> list(qint64 engagementId) const; // oldest first
    // The version live now (published and not superseded), if any.
    Result<std::optional<storage::StoredPolicyVersion>> current(qint64 engagementId) const;
    // One version by its policy id. Errors: policy.unknown-version.
    Result<storage::StoredPolicyVersion> find(qint64 engagementId, const QString &policyId) const;
    // Saves `version` as a draft; when its id is not above every id the domain has used, it gets
    // the next free one. Returns the version as stored.
    Result<storage::StoredPolicyVersion> add(qint64 engagementId, mtasts::PolicyVersion version);
    // Makes and saves a new draft. Errors: policy.max-age, policy.mx-missing, policy.mx-pattern.
    Result<storage::StoredPolicyVersion> create(qint64 engagementId,
                                                const NewPolicyVersion &request);

    // Looks now (DNS through `targets.dns`, the policy through `targets.https`) whether `policyId`
    // (empty: the live version, else the newest draft) is what senders see, and stores the
    // evidence. Blocking: run it as a task. Changes no state.
    Result<services::PublicationCheck> verify(qint64 engagementId, const QString &policyId,
                                              const services::PublicationTargets &targets,
                                              const CancelToken &cancel = {});
    // The version files written for deployment carry: the live one, else the newest saved, else
    // a new testing draft from the latest discovery, saved so that every file written names an
    // id STS Desk knows and can verify. Errors: those of create().
    Result<storage::StoredPolicyVersion> ensureCurrent(qint64 engagementId);

    // Verifies `policyId` and marks it live when the check passes; with a failed check only when
    // `reasonWithoutProof` says why (recorded). Moves the rollout to the phase of the version's
    // mode (testing: start testing or roll back; enforce: enforce, guarded by readiness unless
    // `overrideReason` says why; none: removal). Errors: policy.unknown-version,
    // policy.already-live, policy.unverified (the problems in the message), rollout.*.
    Result<Publication> publish(qint64 engagementId, const QString &policyId,
                                const services::PublicationTargets &targets,
                                const QString &reasonWithoutProof = {},
                                const QString &overrideReason = {}, const CancelToken &cancel = {});
    // The verifications stored for the engagement, oldest first.
    Result<QList<services::PublicationCheck>> checks(qint64 engagementId) const;

private:
    ServiceContext m_context;
};

} // namespace sts

#pragma once

#include "mtasts/PolicyFetcher.h"
#include "mtasts/PolicyGenerator.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace sts::storage {

struct StoredPolicyVersion
{
    qint64 rowId = 0;
    qint64 engagementId = 0;
    mtasts::PolicyVersion version;
    QByteArray body;           // the file exactly as generated
    QDateTime publishedAt;     // invalid = draft
    QDateTime supersededAt;    // invalid = still current (or draft)
    qint64 verificationId = 0; // the passing check it went live on; 0 = none
    QString publishReason;     // why it went live without a passing check

    bool isLive() const { return publishedAt.isValid() && !supersededAt.isValid(); }
    bool isDraft() const { return !publishedAt.isValid(); }
};

// One look at what senders see of a version (migration 0010); `evidence` is the whole check.
struct StoredVerification
{
    qint64 rowId = 0;
    QString policyId;
    QDateTime checkedAt;
    bool ok = false;
    QJsonObject evidence;
};

struct StoredPolicyCheck
{
    qint64 rowId = 0;
    QDateTime checkedAt;
    bool ok = false;
    QString resultType; // sts-policy-fetch-error, sts-webpki-invalid, sts-policy-invalid
    QString reason;
    QString message;
    int httpStatus = 0;
};

// Policy versions and live checks of engagements (migration 0004).
class PolicyRepository
{
public:
    explicit PolicyRepository(std::shared_ptr<const Database> database);

    Result<qint64> add(qint64 engagementId, const mtasts::PolicyVersion &version);
    // Marks `rowId` as live from `at` and the previously live version of the engagement as
    // superseded at the same moment, in one transaction.
    // `verificationId` is the passing check it rests on, or 0 with the `reason` it went live
    // without.
    Status markPublished(qint64 rowId, const QDateTime &at, qint64 verificationId = 0,
                         const QString &reason = {});
    Result<QList<StoredPolicyVersion>> forEngagement(qint64 engagementId) const; // oldest first
    // The same for several engagements in one query (the portfolio), keyed by engagement.
    Result<QHash<qint64, QList<StoredPolicyVersion>>>
    forEngagements(const QList<qint64> &engagementIds) const;
    Result<std::optional<StoredPolicyVersion>> current(qint64 engagementId) const;

    // Every policy id any engagement of `domainAce` has stored (ids are unique per domain).
    Result<QStringList> idsForDomain(const QString &domainAce) const;

    Result<qint64> recordVerification(qint64 engagementId, const StoredVerification &verification);
    Result<QList<StoredVerification>> verifications(qint64 engagementId) const; // oldest first

    Result<qint64> recordCheck(qint64 engagementId, const QDateTime &at,
                               const mtasts::FetchResult &fetch);
    Result<QList<StoredPolicyCheck>> checks(qint64 engagementId) const; // oldest first

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

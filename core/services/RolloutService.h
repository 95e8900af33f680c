#pragma once

#include "engagement/RolloutEvents.h"
#include "engagement/RolloutPhase.h"
#include "engagement/RolloutRules.h"
#include "mtasts/Policy.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QLocale>
#include <memory>
#include <optional>

namespace sts {

struct RolloutStatus
{
    RolloutPhase phase = RolloutPhase::Discovery;
    QDateTime phaseSince;
    QDateTime testingSince; // start of the current testing stretch; invalid outside Testing
    QString policyId;       // of the current phase
    Readiness readiness;
    QList<DayVerdict> days; // from the first testing day to the last complete day
    QList<PhaseChange> history;
    QList<Acknowledgement> acknowledgements;
    QList<SenderExclusion> excludedSenders; // major senders that do not block readiness now

    bool readyForEnforce() const { return phase == RolloutPhase::Testing && readiness.ready; }
    QJsonObject toJson() const;
};

// A major sender of the engagement, as the consultant decides whether it sends to the customer.
struct MajorSenderScope
{
    QString sender;
    QDate lastReport; // the last UTC day it reported on (any policy); invalid: never
    std::optional<SenderExclusion> exclusion; // set while marked as not sending to the customer
};

// The engagement's rollout: phase transitions and acknowledgements are events in its log; the
// status combines them with the imported TLS reports through RolloutRules.
class RolloutService
{
public:
    RolloutService(std::shared_ptr<const storage::Database> database,
                   std::shared_ptr<const Clock> clock, QString actor);
    explicit RolloutService(const ServiceContext &context);

    // The blocking reasons in `language` (a runbook may be written in another than the program's).
    Result<RolloutStatus> status(qint64 engagementId,
                                 TextLanguage language = TextLanguage::Translated) const;

    Status markPrepared(qint64 engagementId, const QString &reason = {});
    // Testing policy published (or republished after a rollback).
    Status startTesting(qint64 engagementId, const QString &policyId, const QString &reason = {});
    // Refused unless in Testing; refused when not ready unless `overrideReason` says why.
    Status switchToEnforce(qint64 engagementId, const QString &policyId,
                           const QString &overrideReason = {});
    Status startMonitoring(qint64 engagementId, const QString &reason = {});
    // Enforce (or Monitoring) back to Testing.
    Status rollback(qint64 engagementId, const QString &policyId, const QString &reason);
    // Serve "mode: none" with a new id for at least the old max_age before deleting records.
    Status startRemoval(qint64 engagementId, const QString &policyId, const QString &reason);
    Status acknowledge(qint64 engagementId, const Acknowledgement &acknowledgement);
    // Records the consultant's word that the major sender `sender` does not send mail to this
    // customer: it no longer blocks readiness (no "missing report" for it). Errors:
    // rollout.reason (none given), rollout.sender (not a major sender of the engagement),
    // rollout.sender-excluded (already excluded).
    Status excludeSender(qint64 engagementId, const QString &sender, const QString &reason);
    // Counts an excluded sender again (recorded, with an optional reason). Errors:
    // rollout.sender-included (not excluded).
    Status includeSender(qint64 engagementId, const QString &sender, const QString &reason = {});
    // The engagement's major senders in its order, with their last report and exclusion.
    Result<QList<MajorSenderScope>> senderScope(qint64 engagementId) const;

    // The phase publishing a version of `mode` moves the rollout to, or none when the phase stays
    // (a new version within the same phase). Refused as the step itself would be: enforce before
    // readiness, a rollback or removal, or skipping testing, each only with a `reason`.
    Result<std::optional<RolloutPhase>>
    stepForPublishing(qint64 engagementId, mtasts::PolicyMode mode, const QString &reason) const;
    // Records that step for the version `policyId` just published (no further guard).
    Status recordPublishingStep(qint64 engagementId, RolloutPhase to, const QString &policyId,
                                const QString &reason);

    // The steps of an MTA-STS policy change in the order RFC 8461 §8 requires, in `language`
    // with dates in `locale`.
    static QStringList publishOrder(const QString &domain, const QString &newPolicyId,
                                    const QDateTime &oldPolicyCachedUntil,
                                    TextLanguage language = TextLanguage::Translated,
                                    const QLocale &locale = QLocale());

private:
    Status transition(qint64 engagementId, RolloutPhase to, const QString &policyId,
                      const QString &reason, std::initializer_list<RolloutPhase> allowedFrom);
    Status append(qint64 engagementId, const RolloutEvent &event);
    // The phase changes that name a policy need it live in the matching mode (publish first).
    Status requireLive(qint64 engagementId, const QString &policyId, mtasts::PolicyMode mode) const;

    std::shared_ptr<const storage::Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
};

} // namespace sts

// RolloutService: which major senders count for readiness. The consultant's word that a sender
// does not send to the customer is an event in the log, like an acknowledgement.
#include "services/RolloutService.h"
#include "storage/Aggregator.h"
#include "storage/EngagementRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return TextLanguage::Translated.translate("sts::RolloutService", text);
}

static bool sameSender(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

Status RolloutService::excludeSender(qint64 engagementId, const QString &sender,
                                     const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{u"rollout.reason"_s,
                     tr("Say why the sender does not send mail to this customer; the reason is "
                        "kept.")};
    Result<Engagement> engagement = storage::EngagementRepository(m_db).get(engagementId);
    if (!engagement)
        return engagement.error();
    const auto major =
        std::find_if(engagement->majorSenders.cbegin(), engagement->majorSenders.cend(),
                     [&](const QString &m) { return sameSender(m, sender); });
    if (major == engagement->majorSenders.cend())
        return Error{u"rollout.sender"_s,
                     tr("“%1” is not a major sender of this engagement (%2).")
                         .arg(sender.trimmed(), engagement->majorSenders.join(u", "_s))};
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    if (std::any_of(current->excludedSenders.cbegin(), current->excludedSenders.cend(),
                    [&](const SenderExclusion &e) { return sameSender(e.sender, *major); }))
        return Error{u"rollout.sender-excluded"_s,
                     tr("%1 is already marked as not sending to this customer.").arg(*major)};
    return append(engagementId, SenderScopeChange{*major, true, QString(), reason.trimmed(), {}});
}

Status RolloutService::includeSender(qint64 engagementId, const QString &sender,
                                     const QString &reason)
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    const auto excluded =
        std::find_if(current->excludedSenders.cbegin(), current->excludedSenders.cend(),
                     [&](const SenderExclusion &e) { return sameSender(e.sender, sender); });
    if (excluded == current->excludedSenders.cend())
        return Error{
            u"rollout.sender-included"_s,
            tr("“%1” is not marked as not sending to this customer.").arg(sender.trimmed())};
    return append(engagementId,
                  SenderScopeChange{excluded->sender, false, QString(), reason.trimmed(), {}});
}

Result<QList<MajorSenderScope>> RolloutService::senderScope(qint64 engagementId) const
{
    Result<RolloutStatus> current = status(engagementId);
    if (!current)
        return current.error();
    Result<Engagement> engagement = storage::EngagementRepository(m_db).get(engagementId);
    if (!engagement)
        return engagement.error();
    Result<QMap<QString, QDate>> lastDays = tlsrpt::Aggregator(m_db).lastReportDays(engagementId);
    if (!lastDays)
        return lastDays.error();
    QList<MajorSenderScope> scope;
    for (const QString &major : std::as_const(engagement->majorSenders)) {
        MajorSenderScope entry{major, {}, std::nullopt};
        for (auto it = lastDays->cbegin(); it != lastDays->cend(); ++it) {
            if (sameSender(it.key(), major) &&
                (!entry.lastReport.isValid() || it.value() > entry.lastReport))
                entry.lastReport = it.value();
        }
        for (const SenderExclusion &exclusion : std::as_const(current->excludedSenders)) {
            if (sameSender(exclusion.sender, major))
                entry.exclusion = exclusion;
        }
        scope << entry;
    }
    return scope;
}

} // namespace sts

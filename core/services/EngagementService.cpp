#include "services/EngagementService.h"

#include "engagement/EventKinds.h"
#include "storage/ReportDomainRepository.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::EngagementService", text);
}

EngagementService::EngagementService(std::shared_ptr<const storage::Database> database,
                                     std::shared_ptr<const Clock> clock, QString actor)
    : m_db(database), m_clock(std::move(clock)), m_actor(std::move(actor)), m_repository(database),
      m_events(database)
{}

EngagementService::EngagementService(const ServiceContext &context)
    : EngagementService(context.database, context.clock, context.actor)
{}

Status EngagementService::validate(const Engagement &e)
{
    if (e.customer.trimmed().isEmpty())
        return Error{u"engagement.customer-missing"_s, tr("Enter the customer's name.")};
    if (e.customer.size() > 200)
        return Error{u"engagement.customer-too-long"_s,
                     tr("The customer's name is longer than 200 characters.")};
    Result<DomainName> domain = DomainName::fromUserInput(e.domain.ace);
    if (!domain)
        return domain.error();
    if (!Engagement::supportedLanguages().contains(e.language))
        return Error{
            u"engagement.language"_s,
            tr("The language must be German (de) or English (en), not “%1”.").arg(e.language)};
    if (e.majorSenders.isEmpty())
        return Error{u"engagement.senders-missing"_s,
                     tr("Name at least one major sender; readiness for enforce is judged on "
                        "their reports.")};
    for (const QString &sender : e.majorSenders) {
        if (sender.trimmed().isEmpty())
            return Error{u"engagement.sender-empty"_s, tr("A major sender's name is empty.")};
    }
    return Status::success();
}

static void normalise(Engagement &e)
{
    e.customer = e.customer.trimmed();
    e.consultant = e.consultant.trimmed();
    if (Result<DomainName> domain = DomainName::fromUserInput(e.domain.ace))
        e.domain = *domain;
    QStringList senders;
    for (const QString &sender : std::as_const(e.majorSenders)) {
        if (!senders.contains(sender.trimmed(), Qt::CaseInsensitive))
            senders << sender.trimmed();
    }
    e.majorSenders = senders;
}

// One domain, one engagement: a domain another engagement takes reports for as an additional
// report domain cannot become this one's domain (the two would split its reports).
Status EngagementService::domainFree(const Engagement &engagement) const
{
    Result<qint64> holder = storage::ReportDomainRepository(m_db).holderOf(engagement.domain.ace);
    if (!holder)
        return holder.error();
    if (*holder == 0 || *holder == engagement.id)
        return Status::success();
    return Error{u"engagement.domain-assigned"_s,
                 tr("Engagement %1 takes the reports for %2 as an additional report domain. "
                    "Remove the domain there first (View › Unassigned Reports, or "
                    "“stsdesk-cli engagement remove-domain”).")
                     .arg(*holder)
                     .arg(engagement.domain.display)};
}

Result<Engagement> EngagementService::create(Engagement draft)
{
    normalise(draft);
    if (Status valid = validate(draft); !valid)
        return valid.error();
    draft.createdAt = draft.updatedAt = m_clock->now();
    draft.archived = false;
    Status stored = m_db->inTransaction([&]() -> Status {
        if (Status free = domainFree(draft); !free)
            return free;
        Result<qint64> id = m_repository.insert(draft);
        if (!id)
            return id.error();
        draft.id = *id;
        return log(draft.id, events::kEngagementCreated, draft.toJson());
    });
    if (!stored)
        return stored.error();
    // Reports imported before the engagement existed are picked up now. Failing here loses
    // nothing: they stay unassigned and the next import attaches them.
    (void)storage::ReportRepository(m_db).attachUnassigned();
    return draft;
}

Result<Engagement> EngagementService::update(Engagement engagement)
{
    normalise(engagement);
    if (Status valid = validate(engagement); !valid)
        return valid.error();
    Result<Engagement> before = m_repository.get(engagement.id);
    if (!before)
        return before.error();
    engagement.createdAt = before->createdAt;
    engagement.archived = before->archived;
    engagement.updatedAt = m_clock->now();
    Status stored = m_db->inTransaction([&]() -> Status {
        if (Status free = domainFree(engagement); !free)
            return free;
        if (Status updated = m_repository.update(engagement); !updated)
            return updated;
        return log(engagement.id, events::kEngagementUpdated,
                   {{u"before"_s, before->toJson()}, {u"after"_s, engagement.toJson()}});
    });
    if (!stored)
        return stored.error();
    (void)storage::ReportRepository(m_db).attachUnassigned(); // the domain may have changed
    return engagement;
}

Result<Engagement> EngagementService::rename(qint64 id, const QString &customer)
{
    Result<Engagement> current = m_repository.get(id);
    if (!current)
        return current.error();
    const QString before = current->customer;
    Engagement renamed = *current;
    renamed.customer = customer.trimmed();
    if (Status valid = validate(renamed); !valid)
        return valid.error();
    renamed.updatedAt = m_clock->now();
    Status stored = m_db->inTransaction([&]() -> Status {
        if (Status updated = m_repository.update(renamed); !updated)
            return updated;
        return log(id, events::kEngagementRenamed,
                   {{u"from"_s, before}, {u"to"_s, renamed.customer}});
    });
    if (!stored)
        return stored.error();
    return renamed;
}

Result<Engagement> EngagementService::archive(qint64 id)
{
    return setArchived(id, true);
}

Result<Engagement> EngagementService::restore(qint64 id)
{
    return setArchived(id, false);
}

Result<Engagement> EngagementService::setArchived(qint64 id, bool archived)
{
    const QDateTime now = m_clock->now();
    Status stored = m_db->inTransaction([&]() -> Status {
        if (Status changed = m_repository.setArchived(id, archived, now); !changed)
            return changed;
        return log(id, archived ? events::kEngagementArchived : events::kEngagementRestored, {});
    });
    if (!stored)
        return stored.error();
    return m_repository.get(id);
}

Result<Engagement> EngagementService::get(qint64 id) const
{
    return m_repository.get(id);
}

Result<QList<Engagement>>
EngagementService::list(const storage::EngagementRepository::Filter &filter) const
{
    return m_repository.list(filter);
}

Result<QList<Engagement>> EngagementService::recent(int limit) const
{
    return m_repository.recent(limit);
}

Status EngagementService::markOpened(qint64 id)
{
    return m_repository.markOpened(id, m_clock->now());
}

Result<QList<storage::EngagementEvent>> EngagementService::events(qint64 id) const
{
    return m_events.forEngagement(id);
}

Status EngagementService::log(qint64 id, const QString &kind, const QJsonObject &payload)
{
    storage::EngagementEvent event;
    event.engagementId = id;
    event.at = m_clock->now();
    event.kind = kind;
    event.actor = m_actor;
    event.payload = payload;
    Result<qint64> appended = m_events.append(event);
    if (!appended)
        return appended.error();
    return Status::success();
}

} // namespace sts

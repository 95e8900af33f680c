#include "services/ReportDomains.h"

#include "engagement/DomainName.h"
#include "engagement/EventKinds.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"
#include "storage/ReportDomainRepository.h"
#include "storage/ReportRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::ReportDomains", text);
}

ReportDomains::ReportDomains(ServiceContext context) : m_context(std::move(context)) {}

Result<QList<UnassignedDomain>> ReportDomains::unassigned() const
{
    return storage::ReportDomainRepository(m_context.database).unassigned();
}

Result<QList<ExtraReportDomain>> ReportDomains::extraDomains(qint64 engagementId) const
{
    return storage::ReportDomainRepository(m_context.database).extraDomains(engagementId);
}

// The engagement that has `domainAce` already (its own domain or an extra one, or a parent of
// it), named for the consultant.
static Status notHeld(const storage::Database &db, const storage::EngagementDomains &domains,
                      const QString &domainAce, qint64 engagementId)
{
    const qint64 holder = domains.match(domainAce);
    if (holder == 0)
        return Status::success();
    if (holder == engagementId)
        return Error{u"reports.domain-held"_s,
                     QCoreApplication::translate("sts::tlsrpt::ReportDomains",
                                                 "The engagement already takes the reports for %1.")
                         .arg(domainAce)};
    const std::shared_ptr<const storage::Database> shared(&db, [](const storage::Database *) {});
    Result<Engagement> other = storage::EngagementRepository(shared).get(holder);
    const QString name =
        other ? u"%1 (%2)"_s.arg(other->customer, other->domain.display) : QString::number(holder);
    return Error{u"reports.domain-held"_s,
                 QCoreApplication::translate(
                     "sts::tlsrpt::ReportDomains",
                     "The reports for %1 go to the engagement %2 already. Remove the domain "
                     "there first.")
                     .arg(domainAce, name)};
}

// Moves the policy rows at or below `domainAce` that belong to `from` (0: to none) to the
// engagement the domains now map them to, when that is another one: only to `onlyTo` when it is
// set. The number of reports moved.
static Result<int> rehome(const storage::Database &db, const QString &domainAce, qint64 from,
                          qint64 onlyTo)
{
    const std::shared_ptr<const storage::Database> shared(&db, [](const storage::Database *) {});
    Result<storage::EngagementDomains> domains =
        storage::ReportRepository(shared).engagementDomains();
    if (!domains)
        return domains.error();
    storage::ReportDomainRepository repository(shared);
    Result<QStringList> found = repository.policyDomainsUnder(domainAce, from);
    if (!found)
        return found.error();
    int moved = 0;
    for (const QString &policyDomain : std::as_const(*found)) {
        const qint64 target = domains->match(policyDomain);
        if (target == from || (onlyTo > 0 && target != onlyTo))
            continue;
        Result<int> count = repository.move(policyDomain, from, target);
        if (!count)
            return count.error();
        moved += *count;
    }
    return moved;
}

Result<int> ReportDomains::assign(qint64 engagementId, const QString &domain)
{
    Result<DomainName> name = DomainName::fromUserInput(domain);
    if (!name)
        return name.error();
    const std::shared_ptr<const storage::Database> db = m_context.database;
    if (Result<Engagement> engagement = storage::EngagementRepository(db).get(engagementId);
        !engagement)
        return engagement.error();
    int moved = 0;
    const Status done = db->inTransaction([&]() -> Status {
        storage::ReportRepository reports(db);
        Result<storage::EngagementDomains> before = reports.engagementDomains();
        if (!before)
            return before.error();
        if (Status free = notHeld(*db, *before, name->ace, engagementId); !free)
            return free;
        storage::ReportDomainRepository repository(db);
        if (Status added = repository.insert(ExtraReportDomain{
                engagementId, name->ace, m_context.clock->now(), m_context.actor});
            !added)
            return added;
        // The domain's unassigned rows and its subdomains', unless a longer domain of another
        // engagement matches a subdomain (it would have taken them at import already).
        Result<int> count = rehome(*db, name->ace, 0, engagementId);
        if (!count)
            return count.error();
        moved = *count;
        return log(engagementId, events::kReportDomainAdded, name->ace, moved);
    });
    if (!done)
        return done.error();
    return moved;
}

Result<int> ReportDomains::unassign(qint64 engagementId, const QString &domain)
{
    Result<DomainName> name = DomainName::fromUserInput(domain);
    if (!name)
        return name.error();
    const std::shared_ptr<const storage::Database> db = m_context.database;
    int moved = 0;
    const Status done = db->inTransaction([&]() -> Status {
        storage::ReportDomainRepository repository(db);
        Result<bool> removed = repository.remove(engagementId, name->ace);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error{u"reports.domain-not-assigned"_s,
                         tr("Engagement %1 has no extra report domain %2.")
                             .arg(engagementId)
                             .arg(name->ace)};
        // Only what came through this domain leaves: rows of the engagement's own domain, or of
        // another extra domain below it, stay.
        Result<int> count = rehome(*db, name->ace, engagementId, 0);
        if (!count)
            return count.error();
        moved = *count;
        return log(engagementId, events::kReportDomainRemoved, name->ace, moved);
    });
    if (!done)
        return done.error();
    return moved;
}

Status ReportDomains::log(qint64 engagementId, QLatin1StringView kind, const QString &domainAce,
                          int reports)
{
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_context.clock->now();
    event.kind = kind;
    event.actor = m_context.actor;
    event.payload = {{u"domain"_s, domainAce}, {u"reports"_s, reports}};
    Result<qint64> appended = storage::EventLog(m_context.database).append(event);
    if (!appended)
        return appended.error();
    return Status::success();
}

} // namespace sts::tlsrpt

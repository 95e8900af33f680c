#include "services/DiscoveryService.h"

#include "storage/EngagementRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::DiscoveryService", text);
}

DiscoveryService::DiscoveryService(ServiceContext context) : m_context(std::move(context)) {}

Result<DomainName> DiscoveryService::domainFor(qint64 engagementId, const QString &requested) const
{
    Result<Engagement> engagement =
        storage::EngagementRepository(m_context.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    if (requested.trimmed().isEmpty())
        return engagement->domain;
    Result<DomainName> given = DomainName::fromUserInput(requested);
    if (!given)
        return given.error();
    if (given->ace != engagement->domain.ace)
        return Error{u"discovery.domain-mismatch"_s, tr("Engagement %1 is for %2, not %3.")
                                                         .arg(engagementId)
                                                         .arg(engagement->domain.ace, given->ace)};
    return engagement->domain;
}

Result<qint64> DiscoveryService::store(qint64 engagementId, const dns::DiscoveryReport &report,
                                       const QString &trustAnchorFile)
{
    if (Result<DomainName> domain = domainFor(engagementId, report.domain); !domain)
        return domain.error();
    storage::DiscoverySnapshot snapshot;
    snapshot.engagementId = engagementId;
    snapshot.trustAnchor = trustAnchorFile;
    snapshot.report = report;
    return storage::DiscoveryRepository(m_context.database).save(snapshot, m_context.actor);
}

Result<std::optional<storage::DiscoverySnapshot>>
DiscoveryService::latest(qint64 engagementId) const
{
    return storage::DiscoveryRepository(m_context.database).latest(engagementId);
}

Result<DiscoveryHistory> DiscoveryService::history(qint64 engagementId) const
{
    const storage::DiscoveryRepository repository(m_context.database);
    Result<std::optional<storage::DiscoverySnapshot>> latest = repository.latest(engagementId);
    if (!latest)
        return latest.error();
    Result<std::optional<storage::DiscoverySnapshot>> previous = repository.previous(engagementId);
    if (!previous)
        return previous.error();
    return DiscoveryHistory{*latest, *previous};
}

} // namespace sts

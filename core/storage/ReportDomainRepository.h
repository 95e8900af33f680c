#pragma once

#include "storage/Database.h"
#include "tlsrpt/UnassignedReports.h"

#include <QList>
#include <memory>

namespace sts::storage {

// The extra report domains of engagements (engagement_report_domains) and the stored policy rows
// that move when one is added or removed. Used on the thread that owns the connection, inside
// the caller's transaction.
class ReportDomainRepository
{
public:
    explicit ReportDomainRepository(std::shared_ptr<const Database> database);

    // engagementId 0: every engagement's, by domain.
    Result<QList<tlsrpt::ExtraReportDomain>> extraDomains(qint64 engagementId = 0) const;
    Status insert(const tlsrpt::ExtraReportDomain &domain);
    // The engagement that has `domainAce` as an extra report domain, 0 when none has.
    Result<qint64> holderOf(const QString &domainAce) const;
    // False when the engagement does not have the domain.
    Result<bool> remove(qint64 engagementId, const QString &domainAce);

    // Per policy domain, the reports no engagement has (policy rows without an engagement).
    Result<QList<tlsrpt::UnassignedDomain>> unassigned() const;

    // The distinct policy domains at or below `domainAce` whose rows belong to `engagementId`
    // (0: to none).
    Result<QStringList> policyDomainsUnder(const QString &domainAce, qint64 engagementId) const;
    // Moves the policy rows (and their failure details) of `policyDomain` from one engagement to
    // another (0: none); the number of distinct reports moved.
    Result<int> move(const QString &policyDomain, qint64 from, qint64 to);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

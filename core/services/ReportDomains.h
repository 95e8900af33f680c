#pragma once

#include "services/ServiceContext.h"
#include "tlsrpt/UnassignedReports.h"

#include <QList>

namespace sts::tlsrpt {

// Reports for a domain no engagement holds are stored but counted nowhere; this use case lists
// them per policy domain and lets the consultant give a domain to an engagement (an extra report
// domain), which then takes the stored reports of the domain and of its subdomains and every
// later one, or take it away again. Each change is one transaction and an event in the
// engagement's log. The GUI and `stsdesk-cli` both go through here. Used on the thread of the
// context's connection.
//
// Subdomains: reports go to the engagement with the longest matching domain (EngagementDomains).
// A domain another engagement already matches (its own domain, a parent of it, or an extra
// domain) is refused, so that assigning never splits one domain's reports between two
// engagements; only reports that no engagement had move.
class ReportDomains
{
public:
    explicit ReportDomains(ServiceContext context);

    Result<QList<UnassignedDomain>> unassigned() const;
    Result<QList<ExtraReportDomain>> extraDomains(qint64 engagementId) const;

    // `domain` as typed (Unicode or A-label). The number of stored reports the engagement took.
    Result<int> assign(qint64 engagementId, const QString &domain);
    // The number of stored reports that left the engagement (unassigned again, or to an
    // engagement that matches them now).
    Result<int> unassign(qint64 engagementId, const QString &domain);

private:
    Status log(qint64 engagementId, QLatin1StringView kind, const QString &domainAce, int reports);

    ServiceContext m_context;
};

} // namespace sts::tlsrpt

#include "services/FindingAlerts.h"

namespace sts {

FindingAlerts::FindingAlerts(ServiceContext context) : m_ctx(std::move(context)) {}

Result<QList<FindingAlert>> FindingAlerts::takeNew()
{
    storage::NotificationFindings findings(m_ctx.database);
    if (m_seenUpTo < 0) {
        Result<qint64> latest = findings.latestId();
        if (!latest)
            return latest.error();
        m_seenUpTo = *latest;
        return QList<FindingAlert>();
    }
    Result<QList<FindingAlert>> fresh = findings.unresolvedAfter(m_seenUpTo);
    if (!fresh)
        return fresh.error();
    for (const FindingAlert &a : *fresh)
        m_seenUpTo = qMax(m_seenUpTo, a.finding.id);
    return fresh;
}

} // namespace sts

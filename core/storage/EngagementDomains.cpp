#include "storage/EngagementDomains.h"

namespace sts::storage {

void EngagementDomains::add(const QString &domainAce, qint64 engagementId)
{
    const QString key = domainAce.toLower();
    if (!m_byDomain.contains(key))
        m_byDomain.insert(key, engagementId);
}

qint64 EngagementDomains::match(QStringView policyDomain) const
{
    if (m_byDomain.isEmpty() || policyDomain.isEmpty())
        return 0;
    // Walk up the labels: "mx1.example.com" → "example.com" → "com"; first hit is the longest.
    QStringView rest = policyDomain;
    for (;;) {
        const auto it = m_byDomain.constFind(rest.toString());
        if (it != m_byDomain.constEnd())
            return it.value();
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return 0;
        rest = rest.mid(dot + 1);
    }
}

} // namespace sts::storage

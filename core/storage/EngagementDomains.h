#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace sts::storage {

// Maps policy domains to engagements: an exact domain match, or a subdomain of an engagement's
// domain (host-level reports for an MX inside the domain); the longest match wins. Read-only
// after it is filled, so import threads share one copy.
class EngagementDomains
{
public:
    void add(const QString &domainAce, qint64 engagementId);
    qint64 match(QStringView policyDomain) const; // 0 when no engagement has it

private:
    QHash<QString, qint64> m_byDomain;
};

} // namespace sts::storage

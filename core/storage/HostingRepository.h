#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace sts::storage {

// What the last sync of the consultant's policy host served for one engagement (migration 0021).
struct HostedSiteRow
{
    qint64 engagementId = 0;
    QString domain;
    QString policyId; // of the last live version served
    QString mode;     // its mode name
    qint64 maxAge = 0;
    QStringList mx;
    QDateTime syncedAt;
    // Set while the engagement is retiring: the mode none version served until retireUntil.
    QString retirePolicyId;
    QDateTime retireStartedAt;
    QDateTime retireUntil;

    bool retiring() const { return !retirePolicyId.isEmpty(); }
};

// The policy host's workspace settings and served sites; events are the caller's.
class HostingRepository
{
public:
    explicit HostingRepository(std::shared_ptr<const Database> database);

    // The host name customers point mta-sts.<domain> at by CNAME.
    static inline const QString kPolicyHostName = QStringLiteral("policy_host");

    // Empty when never set.
    Result<QString> setting(const QString &name) const;
    Status setSetting(const QString &name, const QString &value, const QDateTime &at);

    Result<QList<HostedSiteRow>> sites() const; // by domain
    Status putSite(const HostedSiteRow &row);
    Status removeSite(qint64 engagementId);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

#pragma once

#include "probe/ProbeResult.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <memory>

namespace sts::storage {

// A probe result as stored: the summary columns plus the full JSON the probe produced.
struct StoredProbe
{
    qint64 id = 0;
    qint64 engagementId = 0;
    QDateTime probedAt;
    QString protocol; // "smtp" or "https"
    QString host;
    QString address;
    int port = 0;
    QString verdict;
    QString leafSha256;
    QString leafSpkiSha256;
    QDateTime leafNotAfter; // invalid when no certificate was seen
    QJsonObject detail;
};

// Stores each probe run of an engagement (all addresses in one transaction) and reads back the
// latest result per host and address, e.g. for expiry alerts and the readiness view.
class ProbeRepository
{
public:
    explicit ProbeRepository(std::shared_ptr<const Database> database);

    Status store(qint64 engagementId, const QDateTime &at, const tls::ProbeReport &report);
    Result<QList<StoredProbe>> history(qint64 engagementId) const; // oldest first
    Result<QList<StoredProbe>> latest(qint64 engagementId) const;  // newest per host+address

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

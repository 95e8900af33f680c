#pragma once

#include "storage/Database.h"
#include "storage/EventLog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::storage {

// One MX host the consultant entered by hand (migration 0013), as stored: validation, the
// duplicate rule and the event log are services::ManualMx's.
struct ManualMxHost
{
    qint64 id = 0; // 0 until stored
    qint64 engagementId = 0;
    QString host; // A-label form, lower case, no final dot
    int priority = 10;
    QStringList addresses; // IPv4/IPv6 in QHostAddress::toString() form; may be empty
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The hand-entered MX hosts of each engagement. Every write goes with the event that announces
// it, in one transaction (both or neither).
class ManualMxRepository
{
public:
    explicit ManualMxRepository(std::shared_ptr<const Database> database);

    // By priority, then host name.
    Result<QList<ManualMxHost>> list(qint64 engagementId) const;
    // Returns the new row id.
    Result<qint64> insert(const ManualMxHost &host, const EngagementEvent &event);
    // Updates host, priority, addresses, note and updatedAt of row `host.id`.
    Status update(const ManualMxHost &host, const EngagementEvent &event);
    Status remove(qint64 engagementId, qint64 id, const EngagementEvent &event);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

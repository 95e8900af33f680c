#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace sts::storage {

// Who checks which engagement now (monitor_leases, migration 0017): two desks monitoring one
// workspace must not check, and alert, one engagement twice. A lease is taken in one statement
// (INSERT … ON CONFLICT DO UPDATE … WHERE the old lease expired or is the holder's own), so two
// runs racing for it cannot both win; a holder that dies leaves a lease that expires.
class MonitorLeases
{
public:
    explicit MonitorLeases(std::shared_ptr<const Database> database);

    // "host:pid:random": unique per run, readable in "checked by …".
    static QString makeHolder();

    // True when `holder` holds the engagement's lease until `now + duration`; false when another
    // holder's lease has not expired yet (currentHolder() names it).
    Result<bool> take(qint64 engagementId, const QString &holder, const QDateTime &now,
                      qint64 durationMs);
    // Gives the leases of these engagements up (only the holder's own), in one transaction: a run
    // ends with all of them at once, and one commit per engagement was a serial tail of the run.
    Status release(const QList<qint64> &engagementIds, const QString &holder);
    // The holder of the engagement's lease, if any (expired or not).
    Result<std::optional<QString>> currentHolder(qint64 engagementId) const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

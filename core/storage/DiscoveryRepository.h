#pragma once

#include "dns/DiscoveryReport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <memory>
#include <optional>

namespace sts::storage {

// One stored discovery run of an engagement (migration 0002).
struct DiscoverySnapshot
{
    qint64 id = 0; // 0 until stored
    qint64 engagementId = 0;
    QDateTime takenAt;   // UTC; save() takes report.finishedAt when this is invalid
    QString resolver;    // ResolverConfig::describe(); save() takes report.resolver when empty
    QString trustAnchor; // the anchor file used; empty = the system's IANA root anchor
    dns::DiscoveryReport report;
};

// Discovery snapshots. Saving also appends "discovery.completed" to the engagement's event log,
// in the same transaction, so the log and the snapshots never disagree.
class DiscoveryRepository
{
public:
    explicit DiscoveryRepository(std::shared_ptr<const Database> database);

    // Returns the new snapshot id. `actor` is recorded with the event.
    Result<qint64> save(const DiscoverySnapshot &snapshot, const QString &actor);

    Result<std::optional<DiscoverySnapshot>> get(qint64 snapshotId) const;
    // The newest run of the engagement, and the one before it (what "changed since" compares).
    Result<std::optional<DiscoverySnapshot>> latest(qint64 engagementId) const;
    Result<std::optional<DiscoverySnapshot>> previous(qint64 engagementId) const;
    // Newest first.
    Result<QList<DiscoverySnapshot>> list(qint64 engagementId) const;

private:
    Result<QList<DiscoverySnapshot>> query(const QString &where, const QList<QVariant> &binds,
                                           int limit) const;

    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

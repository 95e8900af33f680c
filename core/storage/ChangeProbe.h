#pragma once

#include "storage/Database.h"

#include <QSet>
#include <memory>

namespace sts::storage {

// The queries that tell one connection what other connections committed (services/ChangeFeed
// turns them into a signal).
//
// SQLite: PRAGMA data_version of a connection changes whenever another connection (of any
// process) commits; the event log's rows past the newest one seen name the engagements.
// PostgreSQL: migration 0016's triggers NOTIFY on `channel()` with "engagement id:writer's
// backend pid"; a dedicated connection LISTENs (the window's own connection is busy with queries,
// and a notification arriving during one could wait in libpq until the next query).
class ChangeProbe
{
public:
    explicit ChangeProbe(std::shared_ptr<const Database> database);

    static QString channel();

    // SQLite's change counter of this connection.
    Result<qint64> dataVersion() const;
    // The newest event's id (0 without events).
    Result<qint64> newestEventId() const;
    // The engagements named by events after `afterId`; `afterId` moves to the newest of them.
    Result<QSet<qint64>> engagementsWithEventsAfter(qint64 &afterId) const;

    // PostgreSQL: this connection's backend pid (what the triggers put after the colon).
    Result<qint64> backendPid() const;
    // PostgreSQL: a new connection that listens on channel(); its driver() emits notification().
    Result<std::shared_ptr<Database>> listen() const;
    // Whether the listening connection still reaches the server (a round trip); a server
    // restart or a terminated backend drops it silently otherwise.
    static Status alive(const Database &listener);
    // "42:1234" -> {42, 1234}; a malformed payload is {0, 0} (the workspace, writer unknown).
    static std::pair<qint64, qint64> parsePayload(const QString &payload);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

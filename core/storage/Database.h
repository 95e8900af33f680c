#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <functional>
#include <memory>

namespace sts::storage {

// One open connection to a workspace database, migrated to the latest schema.
// A QSqlDatabase connection belongs to the thread that opened it: a worker thread calls
// openAnother() on its own thread and uses that connection only there.
class Database
{
public:
    // Opens (creating a SQLite file and its folder when needed) and migrates. Refuses a database
    // written by a newer STS Desk, without touching it.
    static Result<std::shared_ptr<Database>> open(const DatabaseLocation &location);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A new connection to the same database for the calling thread (already migrated).
    Result<std::shared_ptr<Database>> openAnother() const;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgres() const { return m_location.engine == DatabaseLocation::Engine::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `body` in one transaction: committed when it succeeds, rolled back when it fails.
    Status inTransaction(const std::function<Status()> &body) const;

    // A null QString binds as SQL NULL; the NOT NULL text columns mean "" by it.
    static QString nonNull(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }

    // Turns a driver error into a user-facing error about `what` was being done.
    static Error sqlError(const QSqlError &error, const QString &what);

private:
    Database(DatabaseLocation location, QString connectionName);
    static Result<std::shared_ptr<Database>> connect(const DatabaseLocation &location,
                                                     bool migrate);

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace sts::storage

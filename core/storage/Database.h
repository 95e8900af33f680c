#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    // Called inside another inTransaction, `body` joins the outer transaction (a use case made of
    // other use cases' steps commits or rolls back as one).
    Status inTransaction(const std::function<Status()> &body) const;
    // The same steps one by one, for a writer that commits as it goes (the report import commits
    // every batch of inputs while the next ones are parsed). `what` names the work in errors.
    Status beginTransaction(const QString &what) const;
    Status commitTransaction(const QString &what) const;
    void rollbackTransaction() const;

    // A null QString binds as SQL NULL; the NOT NULL text columns mean "" by it.
    static QString nonNull(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }

    // Turns a driver error into a user-facing error about `what` was being done.
    static Error sqlError(const QSqlError &error, const QString &what);

    // After a `while (query.next())` loop: next() returns false at the end of the rows and also
    // when reading a row failed (an aggregate that overflowed in a later group), and only
    // lastError() tells them apart. An unchecked loop silently returned the rows before it.
    static Status rowsRead(const QSqlQuery &query, const QString &what);
    // The next row of `query`: true, false when there is none, or the error that stopped it.
    static Result<bool> nextRow(QSqlQuery &query, const QString &what);

    // SUM over a session count column that cannot fail. SQLite's SUM stops the query with
    // "integer overflow" past int64 (one report with huge counts made every summary of its
    // engagement fail for good); TOTAL is a double, exact up to 2^53 sessions in a sum, which no
    // real sum approaches, and PostgreSQL's SUM of a BIGINT is an exact NUMERIC (read as a
    // double too). Read the result with countValue().
    QString countSum(const QString &column) const;
    // A count or a countSum() as int64: saturated at the int64 maximum, never negative.
    static qint64 countValue(const QVariant &value);

private:
    Database(DatabaseLocation location, QString connectionName);
    mutable int m_transactionDepth = 0; // nesting of inTransaction on this connection
    static Result<std::shared_ptr<Database>> connect(const DatabaseLocation &location,
                                                     bool migrate);

    DatabaseLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace sts::storage

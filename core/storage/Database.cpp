#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/PostgresOpenError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::Database", text);
}

static QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"stsdesk-%1"_s.arg(++counter);
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = sql();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    return connect(location, true);
}

Result<std::shared_ptr<Database>> Database::openAnother() const
{
    return connect(m_location, false);
}

// Once, before SQLite's first use in this process: no global allocation statistics, which
// take a lock on every allocation SQLite makes (nothing here reads them). When the library is
// already in use (a test that opened SQLite itself) this is refused, harmlessly.
static void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Result<std::shared_ptr<Database>> Database::connect(const DatabaseLocation &location, bool migrate)
{
    if (!QSqlDatabase::isDriverAvailable(location.driverName()))
        return Error{
            u"storage.driver-missing"_s,
            tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                .arg(location.driverName(), location.engine == DatabaseLocation::Engine::Sqlite
                                                ? u"libqt6sql6-sqlite"_s
                                                : u"libqt6sql6-psql"_s)};

    const QString name = nextConnectionName();
    std::shared_ptr<Database> database(new Database(location, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driverName(), name);
    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        configureSqliteLibrary();
        const QFileInfo file(location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{u"storage.folder"_s,
                         tr("Cannot create the folder %1 for the workspace database.")
                             .arg(file.absolutePath())};
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password); // empty: libpq's password file (PgPassFile)
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(location.connectOptions);
    }
    if (!db.open()) {
        if (location.engine == DatabaseLocation::Engine::Postgres)
            return postgresOpenError(location, db.lastError().text());
        return Error{u"storage.open"_s, tr("Cannot open the workspace database %1: %2")
                                            .arg(location.displayName(), db.lastError().text())};
    }

    if (location.engine == DatabaseLocation::Engine::Sqlite) {
        QSqlQuery pragma(db);
        // WAL lets a reader (the GUI) and a writer (an import) work at once; foreign keys are off
        // by default in SQLite and must be switched on per connection. The page size only takes
        // on a new file, before WAL: 16 KiB pages halve an import's write calls (reports keep
        // their raw JSON, most of a workspace's bytes).
        for (const char *statement : {"PRAGMA page_size = 16384", "PRAGMA foreign_keys = ON",
                                      "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return sqlError(pragma.lastError(), tr("preparing the SQLite database"));
        }
    }

    if (migrate) {
        if (Status migrated = Migrator::migrate(*database); !migrated)
            return migrated.error();
    }
    Result<int> version = Migrator::currentVersion(*database);
    if (!version)
        return version.error();
    if (*version > Migrator::latestVersion())
        return Migrator::newerSchemaError(*database, *version);
    database->m_schemaVersion = *version;
    return database;
}

Status Database::inTransaction(const std::function<Status()> &body) const
{
    if (m_transactionDepth > 0) { // the outer transaction commits or rolls back
        ++m_transactionDepth;
        Status status = body();
        --m_transactionDepth;
        return status;
    }
    QSqlDatabase db = sql();
    if (!db.transaction())
        return sqlError(db.lastError(), tr("starting a transaction"));
    ++m_transactionDepth;
    Status status = body();
    --m_transactionDepth;
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error error = sqlError(db.lastError(), tr("committing a transaction"));
        db.rollback();
        return error;
    }
    return Status::success();
}

Status Database::beginTransaction(const QString &what) const
{
    QSqlDatabase db = sql();
    if (!db.transaction())
        return sqlError(db.lastError(), what);
    return Status::success();
}

Status Database::commitTransaction(const QString &what) const
{
    QSqlDatabase db = sql();
    if (!db.commit())
        return sqlError(db.lastError(), what);
    return Status::success();
}

void Database::rollbackTransaction() const
{
    QSqlDatabase db = sql();
    db.rollback();
}

Error Database::sqlError(const QSqlError &error, const QString &what)
{
    return Error{u"storage.sql"_s,
                 tr("Database error while %1: %2").arg(what, error.text().trimmed())};
}

Status Database::rowsRead(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().isValid())
        return sqlError(query.lastError(), what);
    return Status::success();
}

Result<bool> Database::nextRow(QSqlQuery &query, const QString &what)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        return sqlError(query.lastError(), what);
    return false;
}

QString Database::countSum(const QString &column) const
{
    return (isPostgres() ? u"SUM(%1)"_s : u"TOTAL(%1)"_s).arg(column);
}

qint64 Database::countValue(const QVariant &value)
{
    const auto saturated = [](double d) -> qint64 {
        if (!(d > 0)) // also NaN
            return 0;
        // 2^63 is the first double past int64; converting one at or above it is undefined.
        return d >= 9223372036854775808.0 ? std::numeric_limits<qint64>::max() : qint64(d);
    };
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return std::max<qint64>(0, value.toLongLong());
    case QMetaType::Double:
        return saturated(value.toDouble());
    default: {
        bool integer = false;
        const qint64 exact = value.toString().toLongLong(&integer); // a NUMERIC read as text
        return integer ? std::max<qint64>(0, exact) : saturated(value.toDouble());
    }
    }
}

} // namespace sts::storage

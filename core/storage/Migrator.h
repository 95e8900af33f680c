#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace sts::storage {

class Database;

// A numbered schema step. The SQL is shared by SQLite and PostgreSQL; the few type words that
// differ are written as {{ID}} (auto-increment primary key), {{BIGINT}} and {{BLOB}}, and a text
// value inside a JSON text column as {{JSON column key.subkey}}. What only one engine has (a
// PostgreSQL trigger) sits between {{POSTGRES}} and {{END}}: dropped for SQLite.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Applies the numbered migrations in core/storage/migrations (embedded as :/migrations), each in
// its own transaction and recorded in schema_version. A database whose schema is newer than the
// newest migration this build knows is refused, never downgraded.
class Migrator
{
public:
    static QList<Migration> all();
    static int latestVersion();

    static Status migrate(const Database &database);
    // The same with an explicit list (tests use it to prove a failing step changes nothing).
    static Status migrate(const Database &database, const QList<Migration> &migrations);
    static Result<int> currentVersion(const Database &database);
    static Error newerSchemaError(const Database &database, int found);

    // The statements of one migration, in the dialect of `database`.
    static QStringList statementsFor(const Migration &migration, bool postgres);
};

} // namespace sts::storage

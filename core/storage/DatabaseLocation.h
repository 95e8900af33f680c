#pragma once

#include "util/Result.h"

#include <QString>

namespace sts::storage {

// Where a workspace lives: a SQLite file (the default, one per workspace) or a PostgreSQL database
// shared by a team, given as postgresql://user:password@host:port/dbname?connect_timeout=5.
struct DatabaseLocation
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq keywords, "k=v;k=v"

    // Accepts "postgresql://…"/"postgres://…" URLs, "sqlite:///path", "sqlite:relative" or a plain
    // path.
    static Result<DatabaseLocation> parse(const QString &text);
    // The SQLite workspace in the user's data directory: ~/.local/share/stsdesk/workspace.sqlite.
    static DatabaseLocation defaultLocation();

    // For the status bar, logs and error messages: never shows the password.
    QString displayName() const;
    QString driverName() const;
};

} // namespace sts::storage

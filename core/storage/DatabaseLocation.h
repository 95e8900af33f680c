#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <utility>

namespace sts::storage {

// Where a workspace lives: a SQLite file (the default, one per workspace) or a PostgreSQL database
// shared by a team, given as postgresql://user@host:port/dbname?sslmode=verify-full&… — the query
// holds libpq parameters (sslmode, sslrootcert, sslcert, sslkey, passfile, service, hostaddr,
// connect_timeout, …), which go to libpq as they are. With service=NAME (or $PGSERVICE) the host
// and database may come from pg_service.conf instead. The password belongs in libpq's password file
// (.pgpass, PgPassFile), not in the URL: a URL with one still parses (older settings), and the
// faces move it out (services/WorkspacePassword.h).
struct DatabaseLocation
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = -1; // -1: libpq's default (5432) or the service file's
    QString user;
    QString password; // only when the URL carried one
    QString databaseName;
    QList<std::pair<QString, QString>> parameters; // the URL's query without any password
    QString connectOptions;                        // libpq keywords for QPSQL, "k=v;k='v w'"

    bool hasPassword() const { return !password.isEmpty(); }
    // A libpq parameter from the URL's query ("" when absent).
    QString parameter(const QString &key) const;

    // Accepts "postgresql://…"/"postgres://…" URLs, "sqlite:///path", "sqlite:relative" or a plain
    // path.
    static Result<DatabaseLocation> parse(const QString &text);
    // The SQLite workspace in the user's data directory: ~/.local/share/stsdesk/workspace.sqlite.
    static DatabaseLocation defaultLocation();

    // For the status bar, logs and error messages: never shows the password.
    QString displayName() const;
    // The location as a URL to keep (settings) or pass on (command lines): the SQLite path, or the
    // PostgreSQL URL with its libpq parameters and without the password.
    QString url() const;
    // `text` as typed, with any password taken out: for a message about a URL that did not parse.
    static QString redacted(const QString &text);
    QString driverName() const;
};

} // namespace sts::storage

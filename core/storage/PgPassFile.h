#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

namespace sts::storage {

// libpq's password file (https://www.postgresql.org/docs/15/libpq-pgpass.html): lines of
// host:port:database:user:password, read by libpq itself when a connection needs a password. STS
// Desk writes the workspace password there so it never sits in the settings file, on a command
// line or in a log. Fields STS Desk does not know (no port in the URL, a service file's host)
// are written as "*".
class PgPassFile
{
public:
    // The file libpq reads for `location`: its passfile parameter, else $PGPASSFILE, else
    // ~/.pgpass.
    static QString pathFor(const DatabaseLocation &location);
    // Adds the line for the location's host, port, database and user, or replaces the password of
    // the line already there; the file is (re)written with mode 0600, which libpq insists on.
    static Status store(const DatabaseLocation &location, const QString &password);
    // "host:port:database:user:" with ':' and '\' escaped, the key of the location's line.
    static QString keyFor(const DatabaseLocation &location);
};

} // namespace sts::storage

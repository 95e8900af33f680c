#pragma once

#include "postgres/PostgresServer.h"
#include "storage/DatabaseLocation.h"

#include <QString>

namespace sts::test {

// A fresh, empty workspace location for the running test function, named after it and numbered
// by `counter`: a new database on `server` when one is given, else a new SQLite file in `dir`.
// Storage tests built twice (SQLite, and PostgreSQL with STSDESK_TEST_POSTGRES) pass the server
// only in their PostgreSQL build. A database the server refuses to create ends the test program.
storage::DatabaseLocation freshLocation(const QString &dir, PostgresServer *server, int &counter);

} // namespace sts::test

#pragma once

#include "storage/DatabaseLocation.h"
#include "util/Result.h"

namespace sts::storage {

// Why a PostgreSQL workspace did not open, in words a consultant can act on: libpq's own text
// ("SSL error: certificate verify failed") says what broke but not what to change. The TLS
// failures of sslmode=verify-full (an untrusted certificate, a certificate for another name, a
// missing root file, a server without TLS) and a missing or wrong password get their own codes
// and advice; libpq's text follows as the detail. Never shows a password.
Error postgresOpenError(const DatabaseLocation &location, const QString &driverText);

} // namespace sts::storage

#pragma once

#include "util/Result.h"

#include <QString>

// The PostgreSQL workspace password is a secret: it lives in libpq's password file (.pgpass or
// $PGPASSFILE, or the URL's passfile=), never in the settings file, on a command line or in a
// log. One door for the GUI's Settings and `stsdesk-cli workspace store-password`.
namespace sts {

// Whether `url` is a PostgreSQL URL that carries a password (user:password@ or ?password=).
bool workspaceUrlHasPassword(const QString &url);
// `url` as it may be kept and shown: without the password (unchanged when it had none or is not a
// PostgreSQL URL).
QString workspaceUrlWithoutPassword(const QString &url);
// How `url` is shown (no password), or why it is no PostgreSQL workspace.
Result<QString> postgresWorkspaceName(const QString &url);
// Stores `password` for the PostgreSQL workspace `url` in libpq's password file; returns the
// file's path.
Result<QString> storeWorkspacePassword(const QString &url, const QString &password);
// Settings from before: moves a password found in `url` into the password file and returns the
// URL without it (`url` unchanged when it has none).
Result<QString> moveWorkspacePasswordOut(const QString &url);

} // namespace sts

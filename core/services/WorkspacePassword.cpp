#include "services/WorkspacePassword.h"

#include "storage/DatabaseLocation.h"
#include "storage/PgPassFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts {

static Result<storage::DatabaseLocation> postgresLocation(const QString &url)
{
    Result<storage::DatabaseLocation> location = storage::DatabaseLocation::parse(url);
    if (location && location->engine != storage::DatabaseLocation::Engine::Postgres)
        return Error{u"storage.not-postgres"_s,
                     QCoreApplication::translate("sts::WorkspacePassword",
                                                 "Only a PostgreSQL workspace has a password; “%1” "
                                                 "is a SQLite file.")
                         .arg(location->sqlitePath)};
    return location;
}

Result<QString> postgresWorkspaceName(const QString &url)
{
    Result<storage::DatabaseLocation> location = postgresLocation(url);
    if (!location)
        return location.error();
    return location->displayName();
}

bool workspaceUrlHasPassword(const QString &url)
{
    Result<storage::DatabaseLocation> location = postgresLocation(url);
    return location && location->hasPassword();
}

QString workspaceUrlWithoutPassword(const QString &url)
{
    Result<storage::DatabaseLocation> location = postgresLocation(url);
    if (!location)
        return storage::DatabaseLocation::redacted(url);
    return location->hasPassword() ? location->url() : url;
}

Result<QString> storeWorkspacePassword(const QString &url, const QString &password)
{
    Result<storage::DatabaseLocation> location = postgresLocation(url);
    if (!location)
        return location.error();
    if (Status stored = storage::PgPassFile::store(*location, password); !stored)
        return stored.error();
    return storage::PgPassFile::pathFor(*location);
}

Result<QString> moveWorkspacePasswordOut(const QString &url)
{
    Result<storage::DatabaseLocation> location = postgresLocation(url);
    if (!location || !location->hasPassword())
        return url;
    if (Status stored = storage::PgPassFile::store(*location, location->password); !stored)
        return stored.error();
    return location->url();
}

} // namespace sts

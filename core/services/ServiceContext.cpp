#include "services/ServiceContext.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace sts {

QString actorName(Face face, const QString &login)
{
    const QString user = login.trimmed();
    switch (face) {
    case Face::Gui:
        return user.isEmpty() ? u"stsdesk"_s : user;
    case Face::Cli:
        return user.isEmpty() ? u"stsdesk-cli"_s : u"stsdesk-cli (%1)"_s.arg(user);
    }
    return user;
}

QString actorName(Face face)
{
    return actorName(face, qEnvironmentVariable("USER"));
}

Result<ServiceContext> ServiceContext::forThisThread() const
{
    Result<std::shared_ptr<storage::Database>> another = database->openAnother();
    if (!another)
        return another.error();
    return ServiceContext{*another, clock, actor};
}

QString ServiceContext::workspaceName() const
{
    return database->location().displayName();
}

static Result<storage::DatabaseLocation> locationOf(const QString &url)
{
    if (url.trimmed().isEmpty())
        return storage::DatabaseLocation::defaultLocation();
    return storage::DatabaseLocation::parse(url);
}

Result<ServiceContext> openWorkspace(const QString &url, std::shared_ptr<const Clock> clock,
                                     QString actor)
{
    Result<storage::DatabaseLocation> location = locationOf(url);
    if (!location)
        return location.error();
    Result<std::shared_ptr<storage::Database>> database = storage::Database::open(*location);
    if (!database)
        return database.error();
    return ServiceContext{*database, std::move(clock), std::move(actor)};
}

Status checkWorkspaceUrl(const QString &url)
{
    Result<storage::DatabaseLocation> location = locationOf(url);
    if (!location)
        return location.error();
    return Status::success();
}

QString defaultWorkspacePath()
{
    return storage::DatabaseLocation::defaultLocation().sqlitePath;
}

} // namespace sts

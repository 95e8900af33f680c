#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts {

// Which face of STS Desk a person works through; the actor rule names it.
enum class Face { Gui, Cli };

// The actor rule, one for every event any use case records (discovery, probes, keys, policies,
// rollout, engagements): the person at the keyboard as the face knows them, never the engagement's
// consultant (in a team workspace the consultant responsible is not always the one who ran the
// scan, and the log must say who did it).
//   GUI: the login name ($USER), "stsdesk" when there is none.
//   CLI: "stsdesk-cli (<login>)", "stsdesk-cli" when there is none.
QString actorName(Face face, const QString &login);
// The same with the login name of this process ($USER).
QString actorName(Face face);

// What every use case is given: the workspace database (a connection of the calling thread), the
// clock every "now" comes from, and the actor the event log names. Faces hold one and pass it on;
// they never see the database itself (the header only declares it).
struct ServiceContext
{
    std::shared_ptr<storage::Database> database;
    std::shared_ptr<const Clock> clock;
    QString actor;

    // The same workspace on a new connection for the calling thread: a worker thread calls this
    // on its own thread and uses the result only there (a connection belongs to its thread).
    Result<ServiceContext> forThisThread() const;
    // For status bars and messages: the SQLite file or the PostgreSQL server, never a password.
    QString workspaceName() const;
};

// Opens (creating a SQLite file when needed) and migrates the workspace at `url`: a SQLite file
// path, "sqlite:…", or "postgresql://user:password@host:port/db". Empty opens the default file.
Result<ServiceContext> openWorkspace(const QString &url, std::shared_ptr<const Clock> clock,
                                     QString actor);
// Whether `url` names a workspace openWorkspace() could try (syntax only, nothing is opened).
Status checkWorkspaceUrl(const QString &url);
// The default workspace file (~/.local/share/stsdesk/workspace.sqlite).
QString defaultWorkspacePath();

} // namespace sts

#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts {

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
};

} // namespace sts

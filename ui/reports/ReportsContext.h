#pragma once

#include "mainwindow/Workspace.h"
#include "services/ServiceContext.h"

namespace sts::ui {

// What the report use cases are given for `workspace`: its connection (GUI thread), clock and
// actor.
inline ServiceContext reportsContext(const Workspace &workspace)
{
    return ServiceContext{workspace.databasePtr(), workspace.clock(), workspace.actor()};
}

} // namespace sts::ui

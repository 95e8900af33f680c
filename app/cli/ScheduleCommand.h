#pragma once

#include "CliContext.h"

namespace sts::cli {

// Writes the systemd user service and timer that run `monitor --all --notify` over the context's
// workspace, and prints what to run next. `monitor --install-timer [--on-calendar X]
// [--user-dir D]` calls this with its own options.
int installMonitorTimerFromCli(Context &ctx, const QString &onCalendar, const QString &userDir);

} // namespace sts::cli

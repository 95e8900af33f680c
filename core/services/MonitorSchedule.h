#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace sts {

// Where and how the monitoring runs by itself: a systemd user service and timer.
struct ScheduleOptions
{
    QString userDir;   // empty: ~/.config/systemd/user (defaultSystemdUserDir())
    QString cliPath;   // absolute path of stsdesk-cli
    QString workspace; // the workspace URL or file; any password is left out
    QString onCalendar = QStringLiteral("daily");
};

struct ScheduleStatus
{
    bool installed = false;
    QString servicePath;
    QString timerPath;
    QString onCalendar; // as written in the timer, when installed
};

// Writes stsdesk-monitor.service and .timer (deploy/MonitorUnits) into the user unit folder. It
// does not call systemctl: the faces say what to run (`systemctl --user daemon-reload` and
// `enable --now stsdesk-monitor.timer`), and tests check the files with systemd-analyze verify.
// `monitor --install-timer` is this function with the monitor's own options.
Status installMonitorTimer(const ScheduleOptions &options);
Status removeMonitorTimer(const QString &userDir = {});
ScheduleStatus monitorTimerStatus(const QString &userDir = {});
QString defaultSystemdUserDir();
// The workspace as the unit may name it: a PostgreSQL URL without its password.
QString workspaceWithoutPassword(const QString &workspace);

} // namespace sts

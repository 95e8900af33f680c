#pragma once

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// stsdesk-monitor.service (user unit): one `stsdesk-cli monitor --all --notify` over the given
// workspace. `workspace` must carry no password (MonitorSchedule strips it).
QByteArray monitorService(const QString &cliPath, const QString &workspace);
// stsdesk-monitor.timer: at `onCalendar` (systemd calendar syntax, "daily"), with a random delay
// so that many desks do not hit the customers' servers at the same second, catching up after the
// machine was off (Persistent=true).
QByteArray monitorTimer(const QString &onCalendar);

inline const char *monitorUnitName()
{
    return "stsdesk-monitor";
}

} // namespace sts::deploy

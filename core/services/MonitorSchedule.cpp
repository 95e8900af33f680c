#include "services/MonitorSchedule.h"

#include "deploy/MonitorUnits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sts {

QString defaultSystemdUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/systemd/user"_s;
}

static QString unitPath(const QString &userDir, const char *suffix)
{
    return (userDir.isEmpty() ? defaultSystemdUserDir() : userDir) + u'/' +
           QLatin1StringView(deploy::monitorUnitName()) + QLatin1StringView(suffix);
}

QString workspaceWithoutPassword(const QString &workspace)
{
    if (!workspace.startsWith(u"postgres"_s))
        return workspace;
    QUrl url(workspace);
    url.setPassword(QString());
    return url.toString();
}

static Status writeUnit(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size() || !file.flush())
        return Error{u"schedule.write"_s,
                     QCoreApplication::translate("sts::MonitorSchedule", "Cannot write “%1”: %2")
                         .arg(path, file.errorString())};
    return {};
}

Status installMonitorTimer(const ScheduleOptions &o)
{
    if (!QFileInfo(o.cliPath).isAbsolute() || !QFileInfo(o.cliPath).isExecutable())
        return Error{u"schedule.cli"_s,
                     QCoreApplication::translate(
                         "sts::MonitorSchedule",
                         "“%1” is not the absolute path of an executable stsdesk-cli.")
                         .arg(o.cliPath)};
    const QString calendar = o.onCalendar.trimmed();
    if (calendar.isEmpty() || calendar.contains(u'\n') || calendar.contains(u'\r'))
        return Error{u"schedule.calendar"_s,
                     QCoreApplication::translate("sts::MonitorSchedule",
                                                 "“%1” is not a systemd calendar expression.")
                         .arg(o.onCalendar)};
    const QString service = unitPath(o.userDir, ".service");
    if (!QDir().mkpath(QFileInfo(service).absolutePath()))
        return Error{
            u"schedule.write"_s,
            QCoreApplication::translate("sts::MonitorSchedule", "Cannot create the folder of “%1”.")
                .arg(service)};
    if (Status st = writeUnit(
            service, deploy::monitorService(o.cliPath, workspaceWithoutPassword(o.workspace)));
        !st)
        return st;
    return writeUnit(unitPath(o.userDir, ".timer"), deploy::monitorTimer(calendar));
}

Status removeMonitorTimer(const QString &userDir)
{
    for (const char *suffix : {".timer", ".service"}) {
        QFile file(unitPath(userDir, suffix));
        if (file.exists() && !file.remove())
            return Error{u"schedule.write"_s, QCoreApplication::translate("sts::MonitorSchedule",
                                                                          "Cannot remove “%1”: %2")
                                                  .arg(file.fileName(), file.errorString())};
    }
    return {};
}

ScheduleStatus monitorTimerStatus(const QString &userDir)
{
    ScheduleStatus s;
    s.servicePath = unitPath(userDir, ".service");
    s.timerPath = unitPath(userDir, ".timer");
    QFile timer(s.timerPath);
    s.installed = QFileInfo::exists(s.servicePath) && timer.open(QIODevice::ReadOnly);
    if (s.installed)
        for (const QByteArray &line : timer.readAll().split('\n'))
            if (line.startsWith("OnCalendar="))
                s.onCalendar = QString::fromUtf8(line.mid(11)).trimmed();
    return s;
}

} // namespace sts

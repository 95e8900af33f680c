// stsdesk-cli schedule: run the monitoring by itself, as a systemd user timer.
#include "ScheduleCommand.h"

#include "services/MonitorSchedule.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

int installMonitorTimerFromCli(Context &ctx, const QString &onCalendar, const QString &userDir)
{
    ScheduleOptions o;
    o.userDir = userDir;
    o.cliPath = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    // The unit must name the workspace itself: the default file of the user it runs as.
    o.workspace = ctx.databaseUrl().isEmpty() ? defaultWorkspacePath() : ctx.databaseUrl();
    o.onCalendar = onCalendar;
    if (Status st = installMonitorTimer(o); !st)
        return ctx.failure(st.error());
    const ScheduleStatus s = monitorTimerStatus(userDir);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"service"_s, s.servicePath},
                                  {u"timer"_s, s.timerPath},
                                  {u"onCalendar"_s, s.onCalendar}});
        return ExitOk;
    }
    ctx.out() << tr("Wrote %1 and %2.").arg(s.servicePath, s.timerPath) << '\n'
              << tr("Start it with: systemctl --user daemon-reload && systemctl --user enable "
                    "--now stsdesk-monitor.timer")
              << '\n'
              << tr("The SMTP password is not in the unit: the monitor reads it from the "
                    "keychain.")
              << '\n';
    ctx.out().flush();
    return ExitOk;
}

static int runSchedule(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Install, remove or show the systemd user timer that runs the monitoring."));
    p.addPositionalArgument(u"action"_s, tr("install, remove or status."));
    const QCommandLineOption onCalendar(u"on-calendar"_s,
                                        tr("When to run (systemd calendar, default daily)."),
                                        u"when"_s, u"daily"_s);
    const QCommandLineOption userDir(
        u"user-dir"_s, tr("Folder of the user units (default ~/.config/systemd/user)."), u"dir"_s);
    p.addOption(onCalendar);
    p.addOption(userDir);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action == u"install"_s)
        return installMonitorTimerFromCli(ctx, p.value(onCalendar), p.value(userDir));
    if (action == u"remove"_s) {
        if (Status st = removeMonitorTimer(p.value(userDir)); !st)
            return ctx.failure(st.error());
        if (!ctx.json())
            ctx.out() << tr("Removed the monitoring timer. Run systemctl --user daemon-reload.")
                      << '\n';
        else
            ctx.printJson(QJsonObject{{u"installed"_s, false}});
        ctx.out().flush();
        return ExitOk;
    }
    if (action == u"status"_s) {
        const ScheduleStatus s = monitorTimerStatus(p.value(userDir));
        if (ctx.json())
            ctx.printJson(QJsonObject{{u"installed"_s, s.installed},
                                      {u"service"_s, s.servicePath},
                                      {u"timer"_s, s.timerPath},
                                      {u"onCalendar"_s, s.onCalendar}});
        else
            ctx.out() << (s.installed ? tr("Installed (%1): %2").arg(s.onCalendar, s.timerPath)
                                      : tr("Not installed."))
                      << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    return ctx.usageError(tr("Usage: stsdesk-cli schedule install|remove|status."));
}

} // namespace sts::cli

static const sts::cli::Registration reg{
    u"schedule"_s, QT_TRANSLATE_NOOP("cli", "Run the monitoring daily with a systemd user timer"),
    &sts::cli::runSchedule};

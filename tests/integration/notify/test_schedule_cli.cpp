// `stsdesk-cli schedule install|status|remove`: the systemd user units it writes are checked by
// systemd itself (systemd-analyze verify), and never carry the workspace password.
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScheduleCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<sts::test::LabDir> m_dir;

    QString units() const { return m_dir->filePath(u"units"_s); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    sts::test::ToolRun cli(const QStringList &args)
    {
        return sts::test::runTool(sts::test::cliPath(), args, 30000);
    }

    // systemd-analyze --user needs a runtime directory of its own (none in a container).
    sts::test::ToolRun verify()
    {
        const QString runtime = m_dir->filePath(u"run"_s);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        return sts::test::runTool(u"systemd-analyze"_s,
                                  {u"--user"_s, u"verify"_s, units() + u"/stsdesk-monitor.timer"_s,
                                   units() + u"/stsdesk-monitor.service"_s},
                                  30000, {}, {}, {u"XDG_RUNTIME_DIR="_s + runtime});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<sts::test::LabDir>(u"sched"_s);
        QVERIFY(m_dir->isValid());
    }

    void installWritesUnitsSystemdAccepts()
    {
        if (!sts::test::haveProgram(u"systemd-analyze"_s))
            QSKIP("systemd-analyze is not installed (scripts/setup installs systemd)");
        const QString ws = m_dir->filePath(u"my workspace.sqlite"_s);
        const auto run = cli({u"schedule"_s, u"install"_s, u"--user-dir"_s, units(),
                              u"--on-calendar"_s, u"*-*-* 06:30:00"_s, u"--database"_s, ws});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("systemctl --user enable --now stsdesk-monitor.timer"));
        const QByteArray service = read(units() + u"/stsdesk-monitor.service"_s);
        const QByteArray timer = read(units() + u"/stsdesk-monitor.timer"_s);
        const QByteArray cliPath = QFileInfo(sts::test::cliPath()).absoluteFilePath().toUtf8();
        QVERIFY2(service.contains("ExecStart=" + cliPath + " monitor --all --notify --database \"" +
                                  ws.toUtf8() + "\""),
                 service.constData());
        QVERIFY(timer.contains("OnCalendar=*-*-* 06:30:00\n"));
        QVERIFY(timer.contains("Persistent=true\n"));
        QVERIFY(timer.contains("RandomizedDelaySec="));
        const auto verified = verify();
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));

        const auto status =
            cli({u"schedule"_s, u"status"_s, u"--user-dir"_s, units(), u"--json"_s});
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s[u"installed"_s].toBool(), true);
        QCOMPARE(s[u"onCalendar"_s].toString(), u"*-*-* 06:30:00"_s);
    }

    void postgresPasswordNeverReachesTheUnit()
    {
        // A password on the command line is refused before anything is written (it belongs in
        // ~/.pgpass, which the timer's runs read too) ...
        const auto refused =
            cli({u"schedule"_s, u"install"_s, u"--user-dir"_s, units(), u"--database"_s,
                 u"postgresql://desk:s3cret@db.lab.test:5432/ws"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.contains("s3cret"));
        // ... and the URL without it is what the unit names.
        const auto run = cli({u"schedule"_s, u"install"_s, u"--user-dir"_s, units(),
                              u"--database"_s, u"postgresql://desk@db.lab.test:5432/ws"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArray service = read(units() + u"/stsdesk-monitor.service"_s);
        QVERIFY(!service.contains("s3cret"));
        QVERIFY(service.contains("--database postgresql://desk@db.lab.test:5432/ws"));
        if (sts::test::haveProgram(u"systemd-analyze"_s)) {
            const auto verified = verify();
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        }
    }

    // `monitor --install-timer` is the same installation; a run that finds open findings exits 4,
    // which the service counts as success (the findings are reported, not a failure).
    void monitorInstallsTheTimerToo()
    {
        const QString dir = m_dir->filePath(u"monitor-units"_s);
        const auto run = cli({u"monitor"_s, u"--install-timer"_s, u"--on-calendar"_s,
                              u"*-*-* 07:00:00"_s, u"--user-dir"_s, dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArray service = read(dir + u"/stsdesk-monitor.service"_s);
        QVERIFY(service.contains(" monitor --all --notify"));
        QVERIFY(service.contains("SuccessExitStatus=4\n"));
        QVERIFY(read(dir + u"/stsdesk-monitor.timer"_s).contains("OnCalendar=*-*-* 07:00:00"));
    }

    void removeLeavesNothing()
    {
        const auto run = cli({u"schedule"_s, u"remove"_s, u"--user-dir"_s, units()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!QFile::exists(units() + u"/stsdesk-monitor.timer"_s));
        QVERIFY(!QFile::exists(units() + u"/stsdesk-monitor.service"_s));
        const auto status = cli({u"schedule"_s, u"status"_s, u"--user-dir"_s, units()});
        QVERIFY(status.out.contains("Not installed."));
    }

    void badCalendarIsRefused()
    {
        const auto run = cli({u"schedule"_s, u"install"_s, u"--user-dir"_s, units(),
                              u"--on-calendar"_s, u"daily\nExecStart=/bin/evil"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(units() + u"/stsdesk-monitor.timer"_s));
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "test_schedule_cli.moc"

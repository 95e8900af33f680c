// Settings' Monitoring group: installs and removes the systemd user timer (checked by
// systemd-analyze where present), says when monitoring last ran and what it found, and stores
// the notification mail settings through the use case.
#include "TestEnv.h"
#include "mainwindow/MonitoringSettings.h"
#include "mainwindow/SettingsDialog.h"
#include "services/NotificationSettings.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestMonitoringSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Result<ServiceContext> m_ctx = Error{};

    QString units() const { return m_dir.filePath(u"units"_s); }

    SettingsDialog *dialog()
    {
        auto *d = new SettingsDialog;
        d->addMonitoring(new MonitoringSettings(*m_ctx, units(), test::cliPath()));
        return d;
    }

    static QString label(QWidget *d, const QString &name)
    {
        return d->findChild<QLabel *>(name)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ctx = openWorkspace(m_dir.filePath(u"ws.sqlite"_s), Clock::system(), u"test"_s);
        QVERIFY(m_ctx.ok());
    }

    void lastRunSaysWhatMonitoringFound()
    {
        std::unique_ptr<SettingsDialog> before(dialog());
        QCOMPARE(label(before.get(), u"monitoringLastRun"_s), u"Monitoring has not run yet."_s);
        QSqlQuery q(m_ctx->database->sql());
        QVERIFY(q.exec(u"INSERT INTO monitor_runs (holder, started_at, finished_at, engagements, "
                       "opened, resolved) VALUES ('desk', '2026-12-07T06:30:00Z', "
                       "'2026-12-07T06:31:00Z', 12, 3, 1)"_s));
        std::unique_ptr<SettingsDialog> after(dialog());
        const QString text = label(after.get(), u"monitoringLastRun"_s);
        QVERIFY2(text.contains(u"3 new finding"_s) && text.contains(u"1 resolved"_s),
                 qPrintable(text));
    }

    void installAndRemoveTheTimer()
    {
        std::unique_ptr<SettingsDialog> d(dialog());
        QCOMPARE(label(d.get(), u"monitoringTimerStatus"_s), u"not installed"_s);
        auto *remove = d->findChild<QPushButton *>(u"monitoringRemove"_s);
        QVERIFY(!remove->isEnabled());
        QTest::mouseClick(d->findChild<QPushButton *>(u"monitoringInstall"_s), Qt::LeftButton);
        QCOMPARE(label(d.get(), u"monitoringTimerStatus"_s), u"installed (daily)"_s);
        QFile service(units() + u"/stsdesk-monitor.service"_s);
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QByteArray unit = service.readAll();
        QVERIFY(unit.contains(" monitor --all --notify --database "));
        QVERIFY(unit.contains(m_dir.filePath(u"ws.sqlite"_s).toUtf8()));
        if (test::haveProgram(u"systemd-analyze"_s)) {
            QDir().mkpath(m_dir.filePath(u"run"_s));
            QFile::setPermissions(m_dir.filePath(u"run"_s), QFileDevice::ReadOwner |
                                                                QFileDevice::WriteOwner |
                                                                QFileDevice::ExeOwner);
            const test::ToolRun verified =
                test::runTool(u"systemd-analyze"_s,
                              {u"--user"_s, u"verify"_s, units() + u"/stsdesk-monitor.timer"_s,
                               units() + u"/stsdesk-monitor.service"_s},
                              30000, {}, {}, {u"XDG_RUNTIME_DIR="_s + m_dir.filePath(u"run"_s)});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        }
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(label(d.get(), u"monitoringTimerStatus"_s), u"not installed"_s);
        QVERIFY(!QFile::exists(units() + u"/stsdesk-monitor.timer"_s));
    }

    void notificationSettingsAreCheckedAndSaved()
    {
        std::unique_ptr<SettingsDialog> d(dialog());
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        d->findChild<QLineEdit *>(u"notifySmtpHost"_s)->setText(u"smtp.lab.test"_s);
        d->findChild<QLineEdit *>(u"notifyFrom"_s)->setText(u"desk@lab.test"_s);
        d->findChild<QLineEdit *>(u"notifyDigest"_s)->setText(u"not an address"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(d->findChild<QLabel *>(u"settingsProblem"_s)->text().contains(u"not an address"_s));
        d->findChild<QLineEdit *>(u"notifyDigest"_s)->setText(u"me@lab.test"_s);
        d->findChild<QLineEdit *>(u"notifyCritical"_s)->setText(u"oncall@lab.test"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(d->save().monitoringError.isEmpty());
        auto saved = NotificationSettings(*m_ctx).get();
        QVERIFY(saved.ok());
        QCOMPARE(saved->smtpHost, u"smtp.lab.test"_s);
        QCOMPARE(saved->from, u"desk@lab.test"_s);
        QCOMPARE(saved->digestAddresses.value(QString()), u"me@lab.test"_s);
        QCOMPARE(saved->criticalAddress, u"oncall@lab.test"_s);
        // Opened again, the group shows what is stored.
        std::unique_ptr<SettingsDialog> again(dialog());
        QCOMPARE(again->findChild<QLineEdit *>(u"notifyDigest"_s)->text(), u"me@lab.test"_s);
    }
};

QTEST_MAIN(TestMonitoringSettings)
#include "test_monitoring_settings.moc"

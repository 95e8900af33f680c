// Settings' Monitoring group: installs and removes the systemd user timer (checked by
// systemd-analyze where present), says when monitoring last ran and what it found, and stores
// the notification mail settings through the use case: the SMTP password in the desktop keychain
// (GNOME Keyring on a private bus, read back with secret-tool) and never in the workspace or the
// settings, and a digest address per consultant; a keychain refusal after Settings closed shows
// over the window that opened it. On the code before there was no password field, no
// per-consultant table and no keychain to hand the group: this program does not build there.
#include "TestEnv.h"
#include "keyring/PrivateKeyring.h"
#include "mainwindow/MonitoringSettings.h"
#include "mainwindow/SettingsDialog.h"
#include "services/Assignments.h"
#include "services/EngagementService.h"
#include "services/NotificationSettings.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

namespace {

// A keychain that refuses every write, as a locked one does: the seam for the one path a real
// keyring will not take on demand.
class RefusingStore final : public secrets::SecretStore
{
public:
    void read(const secrets::SecretKey &, QObject *context, ReadDone done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(std::optional<QString>()); }, Qt::QueuedConnection);
    }
    void write(const secrets::SecretKey &, const QString &, QObject *context, Done done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(refused()); }, Qt::QueuedConnection);
    }
    void erase(const secrets::SecretKey &, QObject *context, Done done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(refused()); }, Qt::QueuedConnection);
    }
    Result<std::optional<QString>> get(const secrets::SecretKey &) override
    {
        return std::optional<QString>();
    }
    Status set(const secrets::SecretKey &, const QString &) override { return refused(); }
    Status remove(const secrets::SecretKey &) override { return refused(); }

private:
    static Error refused() { return Error{u"secrets.denied"_s, u"The keychain is locked."_s}; }
};

} // namespace

class TestMonitoringSettings : public QObject
{
    Q_OBJECT
    test::PrivateKeyring m_keyring;
    bool m_haveKeyring = false;
    QTemporaryDir m_dir;
    Result<ServiceContext> m_ctx = Error{};
    const QString m_secret = u"s3cret-Submission-9f2"_s;

    QString units() const { return m_dir.filePath(u"units"_s); }

    SettingsDialog *dialog()
    {
        auto *d = new SettingsDialog;
        d->addMonitoring(new MonitoringSettings(*m_ctx, units(), test::cliPath()));
        return d;
    }

    static QString label(QWidget *d, const QString &name)
    {
        QLabel *found = d->findChild<QLabel *>(name);
        return found ? found->text() : u"(no label %1)"_s.arg(name);
    }
    template <typename T> static T *field(QWidget *d, const QString &name)
    {
        T *found = d->findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    static QPushButton *okButton(SettingsDialog *d)
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    // No file of the workspace or the settings holds `text`.
    bool storedAnywhere(const QByteArray &text) const
    {
        for (const QString &root : {m_dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                if (test::fileBytes(files.next()).contains(text))
                    return true;
        }
        return false;
    }
    std::optional<QString> keychainEntry(const QString &account) const
    {
        return m_keyring.lookup(u"stsdesk-smtp"_s, account);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ctx = openWorkspace(m_dir.filePath(u"ws.sqlite"_s), Clock::system(), u"test"_s);
        QVERIFY(m_ctx.ok());
        // Once per program: GLib's session bus connection is made once per process.
        if (test::PrivateKeyring::available()) {
            QString error;
            QVERIFY2(m_keyring.start(&error), qPrintable(error));
            m_haveKeyring = true;
        }
    }

    void cleanupTestCase() { m_keyring.stop(); }

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

    // Without a CLI path given, STS Desk looks for stsdesk-cli beside itself, then on PATH; a
    // button it cannot use says why instead of being merely grey.
    void timerNeedsTheCliAndSaysSo()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", m_dir.filePath(u"nowhere"_s).toUtf8());
        std::unique_ptr<SettingsDialog> missing(new SettingsDialog);
        missing->addMonitoring(new MonitoringSettings(*m_ctx, units()));
        qputenv("PATH", QFileInfo(test::cliPath()).absolutePath().toUtf8());
        std::unique_ptr<SettingsDialog> found(new SettingsDialog);
        found->addMonitoring(new MonitoringSettings(*m_ctx, units()));
        qputenv("PATH", path);

        auto *disabled = missing->findChild<QPushButton *>(u"monitoringInstall"_s);
        QVERIFY(!disabled->isEnabled());
        QVERIFY2(disabled->toolTip().contains(u"stsdesk-cli was found neither"_s),
                 qPrintable(disabled->toolTip()));
        QCOMPARE(label(missing.get(), u"monitoringTimerStatus"_s),
                 u"not installed (stsdesk-cli not found)"_s);
        auto *enabled = found->findChild<QPushButton *>(u"monitoringInstall"_s);
        QVERIFY(enabled->isEnabled());
        QVERIFY2(enabled->toolTip().contains(u"stsdesk-cli monitor --all --notify"_s),
                 qPrintable(enabled->toolTip()));
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

    void passwordGoesToTheKeychainOnly()
    {
        if (!m_haveKeyring)
            QSKIP("dbus-daemon/gnome-keyring/secret-tool not installed (scripts/setup)");
        std::unique_ptr<SettingsDialog> d(dialog());
        auto *password = field<QLineEdit>(d.get(), u"notifySmtpPassword"_s);
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // A password without a user has nowhere to go: the dialog says so.
        field<QLineEdit>(d.get(), u"notifySmtpUser"_s)->setText(QString());
        password->setText(m_secret);
        QVERIFY(!okButton(d.get())->isEnabled());
        QVERIFY(label(d.get(), u"settingsProblem"_s).contains(u"SMTP user"_s));
        field<QLineEdit>(d.get(), u"notifySmtpUser"_s)->setText(u"desk"_s);
        field<QSpinBox>(d.get(), u"notifySmtpPort"_s)->setValue(587);
        QVERIFY(okButton(d.get())->isEnabled());
        QVERIFY(d->save().monitoringError.isEmpty());
        QTRY_COMPARE(keychainEntry(u"desk@smtp.lab.test:587"_s), std::optional(m_secret));
        QVERIFY(password->text().isEmpty());
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"stored in the keychain"_s);
        QVERIFY(!storedAnywhere(m_secret.toUtf8()));
        QCOMPARE(NotificationSettings(*m_ctx).get()->smtpUser, u"desk"_s);

        // Opened again: it says a password is stored and never shows it.
        std::unique_ptr<SettingsDialog> again(dialog());
        QTRY_COMPARE(label(again.get(), u"notifyPasswordState"_s), u"stored in the keychain"_s);
        QVERIFY(field<QLineEdit>(again.get(), u"notifySmtpPassword"_s)->text().isEmpty());
        // Saving with the field empty keeps the stored password.
        QVERIFY(again->save().monitoringError.isEmpty());
        QTest::qWait(200);
        QCOMPARE(keychainEntry(u"desk@smtp.lab.test:587"_s), std::optional(m_secret));
    }

    void changedAccountTakesThePasswordAlong()
    {
        if (!m_haveKeyring)
            QSKIP("no private keyring");
        std::unique_ptr<SettingsDialog> d(dialog());
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"stored in the keychain"_s);
        field<QSpinBox>(d.get(), u"notifySmtpPort"_s)->setValue(2525);
        QVERIFY(d->save().monitoringError.isEmpty());
        QTRY_COMPARE(keychainEntry(u"desk@smtp.lab.test:2525"_s), std::optional(m_secret));
        QTRY_COMPARE(keychainEntry(u"desk@smtp.lab.test:587"_s), std::nullopt);
        // A new user with a new password: stored under the new key, the old entry goes.
        field<QLineEdit>(d.get(), u"notifySmtpUser"_s)->setText(u"desk2"_s);
        field<QLineEdit>(d.get(), u"notifySmtpPassword"_s)->setText(u"other-secret"_s);
        QVERIFY(d->save().monitoringError.isEmpty());
        QTRY_COMPARE(keychainEntry(u"desk2@smtp.lab.test:2525"_s),
                     std::optional(u"other-secret"_s));
        QTRY_COMPARE(keychainEntry(u"desk@smtp.lab.test:2525"_s), std::nullopt);
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"stored in the keychain"_s);
        // Another user without a password of their own gets none; desk2's stays where it is.
        field<QLineEdit>(d.get(), u"notifySmtpUser"_s)->setText(u"desk3"_s);
        QVERIFY(d->save().monitoringError.isEmpty());
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"none stored"_s);
        QCOMPARE(keychainEntry(u"desk3@smtp.lab.test:2525"_s), std::nullopt);
        QCOMPARE(keychainEntry(u"desk2@smtp.lab.test:2525"_s), std::optional(u"other-secret"_s));
        field<QLineEdit>(d.get(), u"notifySmtpUser"_s)->setText(u"desk2"_s);
        QVERIFY(d->save().monitoringError.isEmpty());
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"stored in the keychain"_s);
    }

    void forgetRemovesThePassword()
    {
        if (!m_haveKeyring)
            QSKIP("no private keyring");
        std::unique_ptr<SettingsDialog> d(dialog());
        auto *forget = field<QPushButton>(d.get(), u"notifyPasswordForget"_s);
        QVERIFY(forget);
        QTRY_VERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QTRY_COMPARE(keychainEntry(u"desk2@smtp.lab.test:2525"_s), std::nullopt);
        QTRY_COMPARE(label(d.get(), u"notifyPasswordState"_s), u"none stored"_s);
        QVERIFY(!forget->isEnabled());
    }

    void digestAddressPerConsultantRoundTrips()
    {
        // The consultants the workspace knows are offered: the desk's identity and assignees.
        Engagement draft;
        draft.customer = u"Beispiel AG"_s;
        draft.domain = DomainName::fromUserInput(u"example.com"_s).value();
        Result<Engagement> created = EngagementService(*m_ctx).create(draft);
        QVERIFY(created.ok());
        QVERIFY(services::Assignments(*m_ctx).assign(created->id, u"carla"_s).ok());

        std::unique_ptr<SettingsDialog> d(dialog());
        auto *table = field<QTableWidget>(d.get(), u"notifyDigestTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        QTest::mouseClick(field<QPushButton>(d.get(), u"notifyDigestAdd"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        // The first known consultant: this desk's identity or the assignee, by name.
        QStringList known{u"carla"_s, services::Assignments(*m_ctx).currentConsultant().value()};
        known.sort(Qt::CaseInsensitive);
        QCOMPARE(table->item(0, 0)->text(), known.first());
        table->item(0, 0)->setText(u"carla"_s);
        // An empty or wrong address blocks saving, with a problem that says which row.
        QVERIFY(!okButton(d.get())->isEnabled());
        table->item(0, 1)->setText(u"carla at lab"_s);
        QVERIFY(!okButton(d.get())->isEnabled());
        QVERIFY2(label(d.get(), u"settingsProblem"_s).contains(u"carla"_s) &&
                     label(d.get(), u"settingsProblem"_s).contains(u"carla at lab"_s),
                 qPrintable(label(d.get(), u"settingsProblem"_s)));
        table->item(0, 1)->setText(u"carla@lab.test"_s);
        QTest::mouseClick(field<QPushButton>(d.get(), u"notifyDigestAdd"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 0)->setText(u"dirk"_s);
        table->item(1, 1)->setText(u"dirk@lab.test"_s);
        QVERIFY2(okButton(d.get())->isEnabled(), qPrintable(label(d.get(), u"settingsProblem"_s)));
        QVERIFY(d->save().monitoringError.isEmpty());
        auto saved = NotificationSettings(*m_ctx).get();
        QVERIFY(saved.ok());
        const QMap<QString, QString> expected{{QString(), u"me@lab.test"_s},
                                              {u"carla"_s, u"carla@lab.test"_s},
                                              {u"dirk"_s, u"dirk@lab.test"_s}};
        QCOMPARE(saved->digestAddresses, expected);

        // Opened again it shows the rows; a removed row is gone from the workspace.
        std::unique_ptr<SettingsDialog> again(dialog());
        table = field<QTableWidget>(again.get(), u"notifyDigestTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"dirk"_s);
        table->setCurrentCell(1, 0);
        QTest::mouseClick(field<QPushButton>(again.get(), u"notifyDigestRemove"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(again->save().monitoringError.isEmpty());
        QCOMPARE(NotificationSettings(*m_ctx).get()->digestAddresses,
                 (QMap<QString, QString>{{QString(), u"me@lab.test"_s},
                                         {u"carla"_s, u"carla@lab.test"_s}}));
    }

    // The password row and the consultants' table must not push Settings off a laptop screen.
    void settingsFitALaptopScreen()
    {
        std::unique_ptr<SettingsDialog> d(dialog());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        qInfo("Settings: minimum %d px, shown %d px tall", d->minimumSizeHint().height(),
              d->height());
        QVERIFY(d->minimumSizeHint().height() <= 740);
        QVERIFY(d->height() <= 768);
    }

    // Settings closes before the keychain answers: a refusal shows over the window that opened
    // it, not nowhere.
    void refusedPasswordIsReportedAfterSettingsClosed()
    {
        QWidget window;
        window.show();
        {
            SettingsDialog d(&window);
            d.addMonitoring(new MonitoringSettings(*m_ctx, units(), test::cliPath(), nullptr,
                                                   std::make_shared<RefusingStore>()));
            field<QLineEdit>(&d, u"notifySmtpUser"_s)->setText(u"desk3"_s);
            field<QLineEdit>(&d, u"notifySmtpPassword"_s)->setText(u"pw"_s);
            QVERIFY(d.save().monitoringError.isEmpty());
        }
        QTRY_VERIFY(window.findChild<QMessageBox *>());
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY2(box->text().contains(u"the SMTP password is not: The keychain is locked."_s),
                 qPrintable(box->text()));
        QCOMPARE(NotificationSettings(*m_ctx).get()->smtpUser, u"desk3"_s);
        box->close();
    }
};

QTEST_MAIN(TestMonitoringSettings)
#include "test_monitoring_settings.moc"

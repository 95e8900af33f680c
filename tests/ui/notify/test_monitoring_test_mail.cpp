// Settings › Monitoring's "Send test mail" against a real Postfix submission port (STARTTLS, SASL
// through Dovecot), read back from the Maildir: the mail goes through the settings as typed (not
// saved yet) with the password typed, then with the one stored in the desktop keychain (GNOME
// Keyring on a private bus); a wrong password is a clear error and the GUI thread never waits.
// On the code before there was no such button: the test finds it by object name and fails.
#include "TestEnv.h"
#include "keyring/PrivateKeyring.h"
#include "mainwindow/MonitoringSettings.h"
#include "mainwindow/SettingsDialog.h"
#include "postfix/SubmissionLab.h"
#include "services/NotificationSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestMonitoringTestMail : public QObject
{
    Q_OBJECT
    test::PrivateKeyring m_keyring;
    test::SubmissionLab m_lab;
    QTemporaryDir m_dir;
    Result<ServiceContext> m_ctx = Error{};

    std::unique_ptr<SettingsDialog> dialog()
    {
        auto d = std::make_unique<SettingsDialog>();
        d->addMonitoring(new MonitoringSettings(*m_ctx, m_dir.filePath(u"units"_s)));
        return d;
    }
    template <typename T> static T *field(QWidget *d, const QString &name)
    {
        return d->findChild<T *>(name);
    }
    static QString status(QWidget *d)
    {
        QLabel *label = field<QLabel>(d, u"notifyTestStatus"_s);
        return label ? label->text() : QString();
    }
    // The lab's server as a consultant would type it.
    void typeServer(QWidget *d)
    {
        field<QLineEdit>(d, u"notifySmtpHost"_s)->setText(u"127.0.0.1"_s);
        field<QSpinBox>(d, u"notifySmtpPort"_s)->setValue(m_lab.port());
        field<QLineEdit>(d, u"notifySmtpUser"_s)->setText(m_lab.user());
        field<QLineEdit>(d, u"notifyFrom"_s)->setText(u"desk@lab.test"_s);
        field<QLineEdit>(d, u"notifyDigest"_s)->setText(u"digest@lab.test"_s);
    }
    void clickSend(QWidget *d)
    {
        auto *send = field<QPushButton>(d, u"notifySendTest"_s);
        QVERIFY(send);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        // It runs on a worker: the button waits, the GUI does not.
        QVERIFY(!send->isEnabled());
        QVERIFY2(status(d).startsWith(u"Sending a test mail to digest@lab.test"_s),
                 qPrintable(status(d)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::SubmissionLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!test::PrivateKeyring::available())
            QSKIP("dbus-daemon/gnome-keyring/secret-tool not installed (scripts/setup)");
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_lab.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_ctx = openWorkspace(m_dir.filePath(u"ws.sqlite"_s), Clock::system(), u"test"_s);
        QVERIFY(m_ctx.ok());
        // The lab's CA, as `notify settings --ca-file` sets it (the group does not show it).
        NotificationSettingsData s = NotificationSettings(*m_ctx).get().value();
        s.caFile = m_lab.caFile();
        QVERIFY(NotificationSettings(*m_ctx).save(s).ok());
    }

    void cleanupTestCase()
    {
        m_lab.stop();
        m_keyring.stop();
    }

    void sendsWithTheSettingsAsTyped()
    {
        auto d = dialog();
        typeServer(d.get());
        field<QLineEdit>(d.get(), u"notifySmtpPassword"_s)->setText(m_lab.password());
        clickSend(d.get());
        QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>(d.get(), u"notifySendTest"_s)->isEnabled(),
                                 30000);
        QVERIFY2(status(d.get()) == u"Test mail sent to digest@lab.test."_s,
                 qPrintable(status(d.get()) + m_lab.logText()));
        const QByteArrayList got = m_lab.takeMessages(1);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().contains("Subject: STS Desk test mail"));
        QVERIFY(got.first().contains("with ESMTPSA")); // authenticated, over TLS
        // Nothing was saved by testing.
        QVERIFY(NotificationSettings(*m_ctx).get()->smtpHost.isEmpty());
    }

    void wrongPasswordIsAClearError()
    {
        auto d = dialog();
        typeServer(d.get());
        field<QLineEdit>(d.get(), u"notifySmtpPassword"_s)->setText(u"wrong"_s);
        clickSend(d.get());
        QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>(d.get(), u"notifySendTest"_s)->isEnabled(),
                                 30000);
        QVERIFY2(status(d.get()).startsWith(u"Test mail failed: "_s), qPrintable(status(d.get())));
        QCOMPARE(m_lab.waitingCount(), 0);
    }

    void usesThePasswordStoredInTheKeychain()
    {
        {
            auto d = dialog();
            typeServer(d.get());
            field<QLineEdit>(d.get(), u"notifySmtpPassword"_s)->setText(m_lab.password());
            QVERIFY(d->save().monitoringError.isEmpty());
            QTRY_COMPARE(m_keyring.lookup(u"stsdesk-smtp"_s,
                                          u"%1@127.0.0.1:%2"_s.arg(m_lab.user()).arg(m_lab.port())),
                         std::optional(m_lab.password()));
        }
        auto d = dialog();
        QVERIFY(field<QLineEdit>(d.get(), u"notifySmtpPassword"_s)->text().isEmpty());
        clickSend(d.get());
        QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>(d.get(), u"notifySendTest"_s)->isEnabled(),
                                 30000);
        QVERIFY2(status(d.get()) == u"Test mail sent to digest@lab.test."_s,
                 qPrintable(status(d.get())));
        QCOMPARE(m_lab.takeMessages(1).size(), 1);
    }
};

QTEST_MAIN(TestMonitoringTestMail)
#include "test_monitoring_test_mail.moc"

// An engagement's IMAP mailbox through the main window, as a consultant meets it: "Mailbox…" beside
// "Import reports…" opens the Mailbox dialog; Save stores the mailbox in the workspace and the
// password in the desktop keychain (GNOME Keyring on a private bus, read back with secret-tool),
// never in the settings; reopened, the dialog shows the mailbox and that the password is stored;
// "Test connection" logs in to a real Dovecot; "Sync now" imports off the GUI thread with a
// progress dialog and says what came in; its Cancel stops the sync, and the next one brings the
// rest. Engagement › Mailbox… opens it too. On the code before there was no "Mailbox…" button: the
// test finds widgets by object name only, so it builds there and fails.
#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "keyring/PrivateKeyring.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "reports/ReportsView.h"
#include "services/Mailboxes.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestMailboxDialog : public QObject
{
    Q_OBJECT
    test::PrivateKeyring m_keyring;
    test::DovecotLab m_dovecot;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;
    int m_nextMail = 1;

    QDialog *dialog() const { return m_window->findChild<QDialog *>(u"mailboxDialog"_s); }
    template <typename T> T *field(const QString &name) const
    {
        return dialog() ? dialog()->findChild<T *>(name) : nullptr;
    }
    QString status() const
    {
        QLabel *label = field<QLabel>(u"mailboxStatus"_s);
        return label ? label->text() : QString();
    }
    void click(const QString &name)
    {
        QPushButton *button = field<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(button->isEnabled());
        button->click();
    }
    QJsonObject lastSync() const
    {
        auto stored = services::Mailboxes(m_window->workspace()->context()).load(m_id);
        if (!stored || !*stored)
            return {};
        return QJsonDocument::fromJson((*stored)->lastSync.result.toUtf8()).object();
    }
    void deliver(const QString &path)
    {
        QVERIFY(m_dovecot.deliver(m_nextMail++, test::fileBytes(path)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PrivateKeyring::available())
            QSKIP("dbus-daemon/gnome-keyring/secret-tool not installed (scripts/setup)");
        if (!test::DovecotLab::available())
            QSKIP("dovecot/openssl not installed (scripts/setup installs them)");
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        const QString maildir = test::testDataDir() + u"/tlsrpt/maildir/Maildir/"_s;
        deliver(maildir + u"new/1707091200.M1P1.lab"_s);
        deliver(maildir + u"cur/1707091202.M3P1.lab:2,"_s);
        deliver(maildir + u"cur/1707091201.M2P1.lab:2,S"_s);

        QVERIFY(m_dir.isValid());
        Result<ServiceContext> context =
            openWorkspace(m_dir.filePath(u"gui.sqlite"_s), Clock::system(), u"tester"_s);
        QVERIFY(context.ok());
        m_window = std::make_unique<MainWindow>(std::make_unique<Workspace>(*context));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Engagement draft;
        draft.customer = u"Beispiel AG"_s;
        draft.domain = DomainName::fromUserInput(u"example.com"_s).value();
        Result<Engagement> created = m_window->workspace()->engagements().create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        m_window->workspace()->notifyChanged(m_id);
        QCOMPARE(m_window->engagementView()->engagementId(), m_id);
        m_window->engagementView()->setCurrentSection(EngagementView::ReportsSection);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_dovecot.stop();
        m_keyring.stop();
    }

    void mailboxButtonOpensTheDialog()
    {
        auto *button = m_window->engagementView()->reportsView()->findChild<QPushButton *>(
            u"mailboxSettings"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
        QCOMPARE(field<QLineEdit>(u"mailboxFolder"_s)->text(), u"INBOX"_s);
        QCOMPARE(field<QSpinBox>(u"mailboxPort"_s)->value(), 993);
        // The standard port follows the TLS mode.
        field<QComboBox>(u"mailboxTls"_s)->setCurrentIndex(1);
        QCOMPARE(field<QSpinBox>(u"mailboxPort"_s)->value(), 143);
        field<QComboBox>(u"mailboxTls"_s)->setCurrentIndex(0);
        QCOMPARE(field<QSpinBox>(u"mailboxPort"_s)->value(), 993);
    }

    void saveKeepsThePasswordInTheKeychainOnly()
    {
        field<QLineEdit>(u"mailboxHost"_s)->setText(u"127.0.0.1"_s);
        field<QSpinBox>(u"mailboxPort"_s)->setValue(m_dovecot.imapsPort());
        field<QLineEdit>(u"mailboxUser"_s)->setText(m_dovecot.user());
        field<QLineEdit>(u"mailboxCaFile"_s)->setText(m_dovecot.caFile());
        field<QLineEdit>(u"mailboxPassword"_s)->setText(m_dovecot.password());
        click(u"mailboxSave"_s);
        QTRY_VERIFY2(status().contains(u"password is in the desktop keychain"_s),
                     qPrintable(status()));
        QCOMPARE(m_keyring.lookup(u"stsdesk-imap"_s, m_dovecot.user() + u"@127.0.0.1"_s),
                 m_dovecot.password());
        QVERIFY(field<QLineEdit>(u"mailboxPassword"_s)->text().isEmpty());
        auto stored = services::Mailboxes(m_window->workspace()->context()).load(m_id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->host, u"127.0.0.1"_s);
        QCOMPARE((*stored)->port, m_dovecot.imapsPort());
        // Nothing under the settings folder holds it.
        QDirIterator files(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY(!test::fileBytes(files.next()).contains(m_dovecot.password().toUtf8()));
    }

    void reopenedDialogShowsTheStoredMailbox()
    {
        dialog()->close();
        QTRY_VERIFY(!dialog());
        m_window->engagementView()
            ->reportsView()
            ->findChild<QPushButton *>(u"mailboxSettings"_s)
            ->click();
        QVERIFY(dialog());
        QCOMPARE(field<QLineEdit>(u"mailboxHost"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(field<QLineEdit>(u"mailboxUser"_s)->text(), m_dovecot.user());
        QCOMPARE(field<QSpinBox>(u"mailboxPort"_s)->value(), int(m_dovecot.imapsPort()));
        QTRY_COMPARE(field<QLineEdit>(u"mailboxPassword"_s)->placeholderText(),
                     u"Stored in the desktop keychain"_s);
        QCOMPARE(field<QLabel>(u"mailboxLastSync"_s)->text(), u"never"_s);
    }

    void testConnectionLogsIn()
    {
        click(u"mailboxTest"_s);
        QTRY_VERIFY2(status().contains(u"Connected and logged in: 3 message(s)"_s),
                     qPrintable(status()));
    }

    void syncNowShowsProgressAndTheSummary()
    {
        click(u"mailboxSync"_s);
        auto *progress = field<QProgressDialog>(u"mailboxSyncProgress"_s);
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY(!field<QPushButton>(u"mailboxSync"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Sync finished"_s), 30000);
        QVERIFY2(status().contains(u"Imported 2 report(s), 0 duplicate(s), 0 quarantined."_s),
                 qPrintable(status()));
        QTRY_VERIFY(!field<QProgressDialog>(u"mailboxSyncProgress"_s));
        QVERIFY(field<QLabel>(u"mailboxLastSync"_s)->text().contains(u"succeeded"_s));
        QCOMPARE(lastSync().value(u"messages"_s).toInt(), 3);
    }

    void cancelStopsTheSyncAndTheNextOneBringsTheRest()
    {
        const int count = 300;
        for (int i = 0; i < count; ++i)
            deliver(test::testDataDir() + u"/tlsrpt/published/google-sts-ok.eml"_s);
        click(u"mailboxSync"_s);
        QProgressDialog *progress = field<QProgressDialog>(u"mailboxSyncProgress"_s);
        QVERIFY(progress);
        // Cancel as soon as the first message is in, as a person watching the bar would.
        QTRY_VERIFY(progress->value() >= 1);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Sync finished"_s), 30000);
        QVERIFY2(status().contains(u"Cancelled"_s), qPrintable(status()));
        const int first = lastSync().value(u"messages"_s).toInt();
        QVERIFY2(first >= 1 && first < count, qPrintable(QString::number(first)));

        click(u"mailboxSync"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Sync finished"_s) &&
                                     field<QPushButton>(u"mailboxSync"_s)->isEnabled(),
                                 60000);
        QVERIFY2(!status().contains(u"Cancelled"_s), qPrintable(status()));
        QCOMPARE(lastSync().value(u"messages"_s).toInt(), count - first);
    }

    // The Engagement menu reaches it too, from any section of the engagement.
    void engagementMenuOpensTheDialog()
    {
        dialog()->close();
        QTRY_VERIFY(!dialog());
        m_window->engagementView()->setCurrentSection(EngagementView::TimelineSection);
        auto *action = m_window->findChild<QAction *>(u"actionMailbox"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(dialog());
        QCOMPARE(field<QLineEdit>(u"mailboxHost"_s)->text(), u"127.0.0.1"_s);
        QVERIFY(field<QLabel>(u"mailboxLastSync"_s)->text().contains(u"succeeded"_s));
    }
};

QTEST_MAIN(TestMailboxDialog)
#include "test_mailbox_dialog.moc"

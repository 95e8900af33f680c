// Stored mailboxes with their password in a real keychain: GNOME Keyring on a private D-Bus bus
// (PrivateKeyring) and a real Dovecot (DovecotLab). The CLI and the use case sync the stored
// mailbox with the keychain's password, a password file works without any keychain, and a missing
// keychain says what to do instead.
#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "keyring/PrivateKeyring.h"
#include "secrets/KeychainStore.h"
#include "services/MailboxSync.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestMailboxKeychain : public QObject
{
    Q_OBJECT
    test::PrivateKeyring m_keyring;
    test::DovecotLab m_dovecot;
    std::unique_ptr<test::LabDir> m_lab;
    std::optional<ServiceContext> m_context;
    QString m_db;
    int m_nextMail = 1;
    const QString m_noBus = u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/stsdesk-bus"_s;

    void deliverReport()
    {
        QVERIFY(m_dovecot.deliver(
            m_nextMail++,
            test::fileBytes(test::testDataDir() + u"/tlsrpt/published/google-sts-ok.eml"_s)));
    }

    void deliverFixtureMails()
    {
        const QString maildir = test::testDataDir() + u"/tlsrpt/maildir/Maildir/"_s;
        QVERIFY(m_dovecot.deliver(m_nextMail++,
                                  test::fileBytes(maildir + u"new/1707091200.M1P1.lab"_s)));
        QVERIFY(m_dovecot.deliver(m_nextMail++,
                                  test::fileBytes(maildir + u"cur/1707091202.M3P1.lab:2,"_s)));
        QVERIFY(m_dovecot.deliver(m_nextMail++,
                                  test::fileBytes(maildir + u"cur/1707091201.M2P1.lab:2,S"_s)));
    }

    test::ToolRun cli(QStringList args, const QStringList &env = {})
    {
        args << u"--database"_s << m_db;
        return test::runTool(test::cliPath(), args, 60000, {}, {}, env);
    }

    qint64 reportCount()
    {
        QSqlQuery q(m_context->database->sql());
        q.exec(u"SELECT COUNT(*) FROM tlsrpt_reports"_s);
        q.next();
        return q.value(0).toLongLong();
    }

    services::StoredMailbox labMailbox(const QString &user) const
    {
        services::StoredMailbox m;
        m.host = u"127.0.0.1"_s;
        m.port = m_dovecot.imapsPort();
        m.user = user;
        m.caFile = m_dovecot.caFile();
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PrivateKeyring::available())
            QSKIP("dbus-daemon/gnome-keyring/secret-tool not installed (scripts/setup installs "
                  "them)");
        if (!test::DovecotLab::available())
            QSKIP("dovecot/openssl not installed (scripts/setup installs them)");
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        deliverFixtureMails(); // two report mails and an ordinary one
        m_lab = std::make_unique<test::LabDir>(u"mbkc"_s);
        m_db = m_lab->filePath(u"ws.sqlite"_s);
        Result<ServiceContext> context = openWorkspace(m_db, Clock::system(), u"test"_s);
        QVERIFY(context.ok());
        m_context = *context;
        for (const QString &domain : {u"example.com"_s, u"example.org"_s}) {
            const test::ToolRun created = cli(
                {u"engagement"_s, u"create"_s, u"--customer"_s, u"Acme"_s, u"--domain"_s, domain});
            QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        }
    }

    // The generic store, both ways, checked with libsecret's own tool.
    void keychainStoreRoundTrip()
    {
        secrets::KeychainStore store;
        const secrets::SecretKey key{u"stsdesk-test"_s, u"round@trip"_s};
        QVERIFY(store.set(key, u"s3cret äö"_s).ok());
        QCOMPARE(m_keyring.lookup(key.service, key.account), u"s3cret äö"_s);
        Result<std::optional<QString>> read = store.get(key);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().describe()));
        QCOMPARE(read->value_or(QString()), u"s3cret äö"_s);

        // The asynchronous form answers on this thread, through its event loop.
        QObject context;
        std::optional<Result<std::optional<QString>>> answer;
        store.read(key, &context, [&](const Result<std::optional<QString>> &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QCOMPARE((*answer)->value_or(QString()), u"s3cret äö"_s);

        QVERIFY(store.remove(key).ok());
        QVERIFY(!m_keyring.lookup(key.service, key.account));
        read = store.get(key);
        QVERIFY(read.ok());
        QVERIFY(!read->has_value());
        QVERIFY(store.remove(key).ok()); // removing nothing is no error
    }

    void cliStoresMailboxAndPasswordInKeychain()
    {
        const test::ToolRun set =
            cli({u"mailbox"_s, u"set"_s, u"1"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                 QString::number(m_dovecot.imapsPort()), u"--user"_s, m_dovecot.user(),
                 u"--ca-file"_s, m_dovecot.caFile(), u"--password-file"_s, m_dovecot.passwordFile(),
                 u"--store-password"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QCOMPARE(m_keyring.lookup(u"stsdesk-imap"_s, m_dovecot.user() + u"@127.0.0.1"_s),
                 m_dovecot.password());
        QVERIFY(!set.out.contains(m_dovecot.password().toUtf8()));

        const test::ToolRun show = cli({u"mailbox"_s, u"show"_s, u"1"_s, u"--json"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        const QJsonObject json = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(json.value(u"password"_s).toString(), u"keychain"_s);
        QCOMPARE(json.value(u"port"_s).toInt(), int(m_dovecot.imapsPort()));
        QCOMPARE(json.value(u"tls"_s).toString(), u"implicit"_s);
    }

    void cliSyncsStoredMailboxWithKeychainPassword()
    {
        const test::ToolRun sync = cli({u"imap-sync"_s, u"--engagement"_s, u"1"_s, u"--json"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const QJsonObject json = QJsonDocument::fromJson(sync.out).object();
        QCOMPARE(json.value(u"messages"_s).toInt(), 3);
        QCOMPARE(json.value(u"imported"_s).toInt(), 2);
        QCOMPARE(reportCount(), 2);
        Result<std::optional<services::StoredMailbox>> stored =
            services::Mailboxes(*m_context).load(1);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->lastSync.at.isValid());
        QVERIFY((*stored)->lastSync.ok);
    }

    void useCaseSyncsWithKeychainPasswordAndProgress()
    {
        deliverReport();
        QList<qint64> steps;
        Result<tlsrpt::ImapSyncSummary> s =
            services::MailboxSync(*m_context, secrets::desktopKeychain())
                .syncEngagement(1, [&](qint64 done, qint64) { steps << done; });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QCOMPARE(s->messages, 1);
        QCOMPARE(s->import.imported, 1);
        QCOMPARE(steps, (QList<qint64>{0, 1}));
        QCOMPARE(reportCount(), 3);
        // The history says where the reports came from, and who set the mailbox up.
        Result<QList<storage::EngagementEvent>> events =
            storage::EventLog(m_context->database).forEngagement(1);
        QVERIFY(events.ok());
        QStringList kinds;
        for (const storage::EngagementEvent &e : *events)
            kinds << e.kind;
        QVERIFY(kinds.contains(u"mailbox.changed"_s));
        QCOMPARE(kinds.count(u"mailbox.synced"_s), 2);
    }

    // A cancel ends after the message being read: what was read is in, the rest comes next time.
    void cancelStopsAfterTheMessageBeingRead()
    {
        for (int i = 0; i < 3; ++i)
            deliverReport();
        CancelToken cancel;
        Result<tlsrpt::ImapSyncSummary> s =
            services::MailboxSync(*m_context, secrets::desktopKeychain())
                .syncEngagement(
                    1,
                    [&](qint64 done, qint64) {
                        if (done >= 1)
                            cancel.cancel();
                    },
                    cancel);
        QVERIFY(s.ok());
        QVERIFY(s->import.cancelled);
        QCOMPARE(s->messages, 1);
        Result<tlsrpt::ImapSyncSummary> rest =
            services::MailboxSync(*m_context, secrets::desktopKeychain()).syncEngagement(1);
        QVERIFY(rest.ok());
        QCOMPARE(rest->messages, 2);
    }

    // Without any keychain, a password file still works.
    void passwordFileWorksWithoutKeychain()
    {
        deliverReport();
        const test::ToolRun sync =
            cli({u"imap-sync"_s, u"--engagement"_s, u"1"_s, u"--password-file"_s,
                 m_dovecot.passwordFile(), u"--json"_s},
                {m_noBus});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QCOMPARE(QJsonDocument::fromJson(sync.out).object().value(u"messages"_s).toInt(), 1);
    }

    void missingKeychainSaysToUseAPasswordFile()
    {
        const test::ToolRun sync = cli({u"imap-sync"_s, u"--engagement"_s, u"1"_s}, {m_noBus});
        QCOMPARE(sync.exitCode, 1);
        QVERIFY2(sync.err.contains("No desktop keychain could be reached"), sync.err.constData());
        QVERIFY2(sync.err.contains("--password-file"), sync.err.constData());
        const test::ToolRun store = cli({u"mailbox"_s, u"set"_s, u"1"_s, u"--password-file"_s,
                                         m_dovecot.passwordFile(), u"--store-password"_s},
                                        {m_noBus});
        QCOMPARE(store.exitCode, 1);
        QVERIFY2(store.err.contains("--password-file"), store.err.constData());
    }

    void noStoredPasswordSaysHowToStoreOne()
    {
        QVERIFY(services::Mailboxes(*m_context).save(2, labMailbox(u"nobody"_s)).ok());
        Result<tlsrpt::ImapSyncSummary> s =
            services::MailboxSync(*m_context, secrets::desktopKeychain()).syncEngagement(2);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"mailbox.no-password"_s);
        QVERIFY(s.error().message.contains(u"--store-password"_s));
    }

    void passwordIsNeverAnArgument()
    {
        const test::ToolRun set =
            cli({u"mailbox"_s, u"set"_s, u"1"_s, u"--password"_s, u"testpass"_s});
        QCOMPARE(set.exitCode, 2);
    }

    // Read only once the workspace is closed: closing any descriptor of a SQLite file drops the
    // process's POSIX locks on it, and the next writer would take the log from under it.
    void workspaceNeverHoldsThePassword()
    {
        m_context.reset();
        for (const QString &file : {m_db, m_db + u"-wal"_s})
            if (QFile::exists(file))
                QVERIFY(!test::fileBytes(file).contains(m_dovecot.password().toUtf8()));
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_dovecot.stop();
        m_keyring.stop();
    }
};

QTEST_GUILESS_MAIN(TestMailboxKeychain)
#include "test_mailbox_keychain.moc"

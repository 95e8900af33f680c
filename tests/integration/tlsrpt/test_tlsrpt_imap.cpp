// IMAP sync against a real Dovecot. Seeded with the Maildir fixture (two report mails: mbox-1
// and mbox-3, one ordinary mail); then the shared Google sample mail is delivered.
#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "services/ReportImport.h"
#include "storage/Database.h"
#include "storage/SourceCursors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::tlsrpt;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

class TestTlsrptImap : public QObject
{
    Q_OBJECT
    test::DovecotLab m_dovecot;
    std::unique_ptr<test::LabDir> m_lab;
    std::shared_ptr<storage::Database> m_db;

    ImapSettings settings(ImapSettings::Security security) const
    {
        ImapSettings s;
        s.host = u"127.0.0.1"_s;
        s.security = security;
        s.port = security == ImapSettings::Security::ImplicitTls ? m_dovecot.imapsPort()
                                                                 : m_dovecot.imapPort();
        s.user = m_dovecot.user();
        s.password = m_dovecot.password();
        s.caFile = m_dovecot.caFile();
        s.timeoutMs = 10000;
        return s;
    }

    Result<ImapSyncSummary> sync(const ImapSettings &s)
    {
        return ReportImport(ServiceContext{m_db, Clock::system(), {}}).syncImap(s);
    }

    qint64 reportCount()
    {
        QSqlQuery q(m_db->sql());
        q.exec(u"SELECT COUNT(*) FROM tlsrpt_reports"_s);
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::DovecotLab::available())
            QSKIP("dovecot/openssl not installed (scripts/setup installs them)");
        const QString maildir = test::testDataDir() + u"/tlsrpt/maildir/Maildir/"_s;
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY(m_dovecot.deliver(1, readFile(maildir + u"new/1707091200.M1P1.lab"_s)));
        QVERIFY(m_dovecot.deliver(2, readFile(maildir + u"cur/1707091202.M3P1.lab:2,"_s)));
        QVERIFY(m_dovecot.deliver(3, readFile(maildir + u"cur/1707091201.M2P1.lab:2,S"_s)));
        m_lab = std::make_unique<test::LabDir>(u"tlsimap"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_lab->filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_db = *db;
    }

    void firstSyncImportsOnlyReports()
    {
        Result<ImapSyncSummary> s = sync(settings(ImapSettings::Security::ImplicitTls));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QCOMPARE(s->messages, 3);
        QCOMPARE(s->import.imported, 2);
        QCOMPARE(s->import.mailsWithoutReport, 1);
        QCOMPARE(s->import.quarantined, 0);
        QCOMPARE(s->lastUid, 3);
        QCOMPARE(reportCount(), 2);
    }

    void secondSyncFindsNothingNew()
    {
        Result<ImapSyncSummary> s = sync(settings(ImapSettings::Security::ImplicitTls));
        QVERIFY(s.ok());
        QCOMPARE(s->messages, 0);
        QCOMPARE(s->import.imported, 0);
        QCOMPARE(s->lastUid, 3);
    }

    void newMessageOverStartTls()
    {
        QVERIFY(m_dovecot.deliver(
            4, readFile(test::testDataDir() + u"/tlsrpt/published/google-sts-ok.eml"_s)));
        ImapSettings s = settings(ImapSettings::Security::StartTls);
        s.markSeen = true;
        Result<ImapSyncSummary> r = sync(s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        QCOMPARE(r->messages, 1);
        QCOMPARE(r->import.imported, 1);
        QCOMPARE(r->lastUid, 4);
        QCOMPARE(reportCount(), 3);
        QSqlQuery q(m_db->sql());
        QVERIFY(
            q.exec(u"SELECT report_id FROM tlsrpt_reports WHERE organization = 'Google Inc.'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"2022-09-15T00:00:00Z_test.xmox.nl"_s);
    }

    // The folder's cursor is a report-source cursor like any other: kind "imap", the mailbox
    // (not the port) as its id.
    void cursorIsStoredPerMailbox()
    {
        Result<QString> text = storage::SourceCursors(m_db).cursor(
            u"imap"_s, m_dovecot.user() + u"@127.0.0.1/INBOX"_s);
        QVERIFY(text.ok());
        const QJsonObject cursor = QJsonDocument::fromJson(text->toUtf8()).object();
        QCOMPARE(cursor.value(u"lastUid"_s).toInteger(), 4);
        QVERIFY(cursor.value(u"uidValidity"_s).toInteger() > 0);
    }

    // A cursor of another UIDVALIDITY: its UIDs mean nothing now, so every message is read again
    // (the reports in them are duplicates) and the cursor moves to the folder's UIDVALIDITY.
    void otherUidValidityStartsAgain()
    {
        const QString mailbox = m_dovecot.user() + u"@127.0.0.1/INBOX"_s;
        storage::SourceCursors cursors(m_db);
        const QJsonObject before =
            QJsonDocument::fromJson(cursors.cursor(u"imap"_s, mailbox)->toUtf8()).object();
        const qint64 validity = before.value(u"uidValidity"_s).toInteger();
        QVERIFY(cursors
                    .setCursor(u"imap"_s, mailbox,
                               u"{\"uidValidity\":%1,\"lastUid\":4}"_s.arg(validity + 1),
                               QDateTime::currentDateTimeUtc())
                    .ok());
        Result<ImapSyncSummary> r = sync(settings(ImapSettings::Security::ImplicitTls));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        QCOMPARE(r->uidValidity, validity);
        QCOMPARE(r->messages, 4);
        QCOMPARE(r->import.imported, 0);
        QCOMPARE(r->import.duplicates, 3);
        QCOMPARE(r->lastUid, 4);
        QCOMPARE(reportCount(), 3);
        const QJsonObject after =
            QJsonDocument::fromJson(cursors.cursor(u"imap"_s, mailbox)->toUtf8()).object();
        QCOMPARE(after.value(u"uidValidity"_s).toInteger(), validity);
        QCOMPARE(after.value(u"lastUid"_s).toInteger(), 4);
    }

    // `stsdesk-cli imap-sync` runs the same use case on the same cursor: only the mail that
    // arrived since is read.
    void cliContinuesFromTheSameCursor()
    {
        QVERIFY(m_dovecot.deliver(
            5, readFile(test::testDataDir() + u"/tlsrpt/published/microsoft-no-timezone.eml"_s)));
        const QString database = m_lab->filePath(u"ws.sqlite"_s);
        const auto cli = [&](const QStringList &args) {
            return test::runTool(test::cliPath(), args + QStringList{u"--database"_s, database},
                                 60000);
        };
        const test::ToolRun created = cli({u"engagement"_s, u"create"_s, u"--customer"_s, u"Mail"_s,
                                           u"--domain"_s, u"mail.example"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const qint64 engagement =
            QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
        QFile secret(m_lab->filePath(u"password"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(m_dovecot.password().toUtf8() + "\n");
        secret.close();
        const test::ToolRun run =
            cli({u"imap-sync"_s, u"--engagement"_s, QString::number(engagement), u"--host"_s,
                 u"127.0.0.1"_s, u"--port"_s, QString::number(m_dovecot.imapsPort()), u"--user"_s,
                 m_dovecot.user(), u"--password-file"_s, secret.fileName(), u"--ca-file"_s,
                 m_dovecot.caFile(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(u"messages"_s).toInt(), 1);
        QCOMPARE(summary.value(u"imported"_s).toInt(), 1);
        QCOMPARE(summary.value(u"last_uid"_s).toInteger(), 5);
        QCOMPARE(reportCount(), 4);
    }

    void untrustedCertificateRefused()
    {
        ImapSettings s = settings(ImapSettings::Security::ImplicitTls);
        s.caFile.clear(); // system store: the test CA is not in it
        Result<ImapSyncSummary> r = sync(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"imap.network"_s);
    }

    void wrongPasswordRefused()
    {
        ImapSettings s = settings(ImapSettings::Security::ImplicitTls);
        s.password = u"wrong"_s;
        Result<ImapSyncSummary> r = sync(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"imap.refused"_s);
        QVERIFY(!r.error().message.contains(u"wrong"_s)); // the password is never echoed
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dovecot.stop();
    }
};

QTEST_GUILESS_MAIN(TestTlsrptImap)
#include "test_tlsrpt_imap.moc"

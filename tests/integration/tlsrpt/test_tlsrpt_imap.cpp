// IMAP sync against a real Dovecot. Seeded with the Maildir fixture (two report mails: mbox-1
// and mbox-3, one ordinary mail); then the shared Google sample mail is delivered.
#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "services/ReportImport.h"
#include "storage/Database.h"
#include "storage/SourceCursors.h"

#include <QFile>
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

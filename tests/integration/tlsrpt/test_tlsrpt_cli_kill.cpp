// kill -9 of “stsdesk-cli import” in the middle of a batch: the workspace stays consistent and a
// re-import completes the batch without duplicates. The reports are generated here, so every
// expected count follows from kReports.
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

static constexpr int kReports = 20000;

static QByteArray reportJson(int i)
{
    return QStringLiteral(
               R"({"organization-name":"Sender %1","date-range":{"start-datetime":"2026-01-%2T00:00:00Z",)"
               R"("end-datetime":"2026-01-%2T23:59:59Z"},"contact-info":"tlsrpt@s.example","report-id":"r-%3",)"
               R"("policies":[{"policy":{"policy-type":"sts","policy-domain":"kill%4.example"},)"
               R"("summary":{"total-successful-session-count":%3,"total-failure-session-count":0}}]})")
        .arg(i % 7)
        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
        .arg(i)
        .arg(i % 3)
        .toUtf8();
}

class TestTlsrptCliKill : public QObject
{
    Q_OBJECT
    std::unique_ptr<sts::test::LabDir> m_lab;
    QString m_db;

    qint64 scalar(const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(sts::test::cliPath()))
            QSKIP("stsdesk-cli is not built");
        m_lab = std::make_unique<sts::test::LabDir>(u"tlskill"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"in"_s));
        for (int i = 0; i < kReports; ++i)
            QVERIFY(
                m_lab->writeFile(u"in/r%1.json"_s.arg(i, 6, 10, QLatin1Char('0')), reportJson(i)));
        m_db = m_lab->filePath(u"ws.sqlite"_s);
    }

    void killThenReimport()
    {
        QProcess cli;
        cli.start(sts::test::cliPath(), {u"import"_s, u"--database"_s, m_db, u"--batch-size"_s,
                                         u"50"_s, m_lab->filePath(u"in"_s)});
        QVERIFY(cli.waitForStarted(10000));
        const bool some = sts::test::waitUntil(
            [&] { return scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s) > 0; }, 60000);
        QVERIFY2(some, "the import never committed a batch");
        cli.kill(); // SIGKILL: no chance to clean up
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);

        const qint64 before = scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s);
        if (before == kReports)
            qWarning("the import finished before the kill; the re-import checks only duplicates");
        // Whole inputs only: every stored report has its one policy row.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_policies"_s), before);

        const sts::test::ToolRun again = sts::test::runTool(
            sts::test::cliPath(),
            {u"import"_s, u"--json"_s, u"--database"_s, m_db, m_lab->filePath(u"in"_s)}, 120000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(summary.value(u"imported"_s).toInt(), kReports - before);
        QCOMPARE(summary.value(u"duplicates"_s).toInt(), before);
        QCOMPARE(summary.value(u"quarantined"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_reports"_s), kReports);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM tlsrpt_policies"_s), kReports);
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT report_id) FROM tlsrpt_reports"_s), kReports);
        // The session counts were generated as i for report r-i: their sum is 0+1+…+(n-1).
        QCOMPARE(scalar(u"SELECT SUM(success_count) FROM tlsrpt_policies"_s),
                 qint64(kReports) * (kReports - 1) / 2);
    }

    void cleanupTestCase() { m_lab.reset(); }
};

QTEST_GUILESS_MAIN(TestTlsrptCliKill)
#include "test_tlsrpt_cli_kill.moc"

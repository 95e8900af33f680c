// Import pipeline against a real SQLite workspace. Expected counts come from the fixtures:
// reports.zip holds zip-1 and zip-2 (zip.example), google-crlf*.json(.gz) are one report twice,
// reports.mbox holds mbox-1 (Google, 30 ok) and mbox-3 (Yahoo, 40 ok) for mbox.example on
// 2024-02-05 plus one ordinary mail, dmarc.xml is not a report.
#include "TestEnv.h"
#include "import/Importer.h"
#include "storage/Aggregator.h"
#include "storage/EngagementRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::tlsrpt;

static QString local(const QString &name)
{
    return test::testDataDir() + u"/tlsrpt/"_s + name;
}

static qint64 scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

class TestTlsrptImporter : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LabDir> m_lab;
    std::shared_ptr<storage::Database> m_db;

    qint64 addEngagement(const QString &domain)
    {
        Engagement e;
        e.customer = u"Customer "_s + domain;
        e.consultant = u"Test"_s;
        e.domain = DomainName{domain, domain};
        e.createdAt = e.updatedAt = QDateTime::currentDateTimeUtc();
        Result<qint64> id = storage::EngagementRepository(m_db).insert(e);
        if (!id)
            qFatal("cannot add engagement: %s", qPrintable(id.error().message));
        return *id;
    }

    QStringList batch() const
    {
        return {local(u"containers/reports.zip"_s),
                local(u"quirks/google-crlf.json"_s),
                local(u"quirks/google-crlf-trailing.json.gz"_s),
                local(u"bad/dmarc.xml"_s),
                test::testDataDir() + u"/tlsrpt/published/rfc8460-example.json"_s,
                local(u"containers/reports.mbox"_s)};
    }

private Q_SLOTS:
    void init()
    {
        m_lab = std::make_unique<test::LabDir>(u"tlsimp"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_lab->filePath(u"ws.sqlite"_s);
        Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
    }
    void cleanup()
    {
        m_db.reset();
        m_lab.reset();
    }

    void importBatchTwice()
    {
        const qint64 zipEngagement = addEngagement(u"zip.example"_s);
        ImportOptions options;
        options.engagementId = zipEngagement;
        options.filesPerBatch = 2; // several transactions
        Importer importer(m_db, options);
        qint64 lastDone = 0;
        Result<ImportSummary> first =
            importer.importPaths(batch(), nullptr, [&](qint64 done, qint64) { lastDone = done; });
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(lastDone, 6);
        QCOMPARE(first->files, 6);
        QCOMPARE(first->imported, 6);
        QCOMPARE(first->duplicates, 1);
        QCOMPARE(first->quarantined, 1);
        QCOMPARE(first->quarantine[0].code, u"tlsrpt.unknown-format"_s);
        QVERIFY(first->quarantine[0].origin.endsWith(u"dmarc.xml"_s));
        QCOMPARE(first->unassigned, 4);
        QCOMPARE(first->forEngagement, 2);
        QCOMPARE(first->mailsWithoutReport, 1);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 6);

        // The raw bytes are kept exactly.
        QFile rfc(batch()[4]);
        QVERIFY(rfc.open(QIODevice::ReadOnly));
        QSqlQuery raw(m_db->sql());
        QVERIFY(raw.exec(u"SELECT raw FROM tlsrpt_reports WHERE organization = 'Company-X'"_s));
        QVERIFY(raw.next());
        QCOMPARE(raw.value(0).toByteArray(), rfc.readAll());

        Result<ImportSummary> second = Importer(m_db, options).importPaths(batch());
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 7);
        QCOMPARE(second->quarantined, 1);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 6);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 1);
        QCOMPARE(scalar(*m_db, u"SELECT attempts FROM tlsrpt_quarantine"_s), 2);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_policies"_s), 6);
    }

    void unassignedPickedUpLater()
    {
        QVERIFY(Importer(m_db).importPaths({local(u"containers/reports.mbox"_s)}).ok());
        storage::ReportRepository repo(m_db);
        QCOMPARE(*repo.unassignedReportCount(), 2);
        AggregateFilter byDomain;
        byDomain.policyDomain = u"mbox.example"_s;
        QCOMPARE(Aggregator(m_db).dailySummaries(byDomain)->size(), 2);
        const qint64 id = addEngagement(u"mbox.example"_s);
        Result<int> attached = repo.attachUnassigned();
        QVERIFY(attached.ok());
        QCOMPARE(*attached, 2);
        QCOMPARE(*repo.unassignedReportCount(), 0);
        // By domain means the unassigned reports: now the engagement has them all.
        QCOMPARE(Aggregator(m_db).dailySummaries(byDomain)->size(), 0);

        Result<QList<DailySummary>> days = Aggregator(m_db).dailySummaries({id, {}, {}, {}});
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 2);
        QCOMPARE((*days)[0].day, QDate(2024, 2, 5));
        QCOMPARE((*days)[0].sender, u"Google"_s);
        QCOMPARE((*days)[0].successfulSessions, 30);
        QCOMPARE((*days)[1].sender, u"Yahoo"_s);
        QCOMPARE((*days)[1].successfulSessions, 40);
    }

    void failureBreakdown()
    {
        QVERIFY(Importer(m_db)
                    .importPaths({local(u"quirks/google-crlf.json"_s),
                                  test::testDataDir() + u"/tlsrpt/published"_s})
                    .ok());
        AggregateFilter filter;
        filter.policyDomain = u"crlf.example"_s;
        Result<QList<FailureBreakdown>> rows = Aggregator(m_db).failureBreakdown(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const FailureBreakdown &row = rows->first();
        QCOMPARE(row.day, QDate(2024, 3, 1));
        QCOMPARE(row.sender, u"Google"_s);
        QCOMPARE(row.policyType, u"sts"_s);
        QCOMPARE(row.resultType, u"certificate-expired"_s);
        QCOMPARE(row.receivingMx, u"mx1.crlf.example"_s);
        QCOMPARE(row.sendingIp, u"192.0.2.10"_s);
        QCOMPARE(row.failedSessions, 2);

        // Every published sample imports: 5 JSON files + 3 mails, nothing is quarantined.
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 1 + 8);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 0);
        // Unknown policy types are stored, not dropped.
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_policies WHERE policy_type = "
                               "'other: invalid-policy-type'"_s),
                 1);
    }

    void quarantineRetry()
    {
        QVERIFY(Importer(m_db).importPaths({local(u"bad/broken.json"_s)}).ok());
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 1);
        // Nothing changed: retrying leaves it quarantined.
        Result<ImportSummary> retry = Importer(m_db).retryQuarantine();
        QVERIFY(retry.ok());
        QCOMPARE(retry->imported, 0);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 1);
    }

    void cancelStopsAfterBatch()
    {
        std::atomic_bool cancel{true};
        ImportOptions options;
        options.filesPerBatch = 1;
        Result<ImportSummary> s = Importer(m_db, options).importPaths(batch(), &cancel);
        QVERIFY(s.ok());
        QVERIFY(s->cancelled);
        QCOMPARE(s->imported, 2); // the first batch: reports.zip
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 2);
    }

    // A batch is written without savepoints; when one input cannot be stored, the batch is
    // written again input by input, and only that input goes to the quarantine. Batches are
    // written chunk by chunk into one transaction: the refused input may come after chunks
    // already written in it (8 files a chunk with 64 a batch, 2 with 16), or be a batch alone.
    void unstorableInputQuarantinedAlone_data()
    {
        QTest::addColumn<int>("filesPerBatch");
        QTest::newRow("one batch, one chunk") << 64;
        QTest::newRow("one batch, chunks before the refused input") << 16;
        QTest::newRow("a batch per input") << 1;
    }
    void unstorableInputQuarantinedAlone()
    {
        QFETCH(int, filesPerBatch);
        // A test-only trigger makes the database refuse the report from "Company-X"
        // (rfc8460-example.json); the migrations themselves have no triggers.
        QSqlQuery trigger(m_db->sql());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_company_x BEFORE INSERT ON tlsrpt_reports "
                             "WHEN NEW.organization = 'Company-X' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
        ImportOptions options;
        options.filesPerBatch = filesPerBatch;
        Result<ImportSummary> s = Importer(m_db, options).importPaths(batch());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->imported, 5);
        QCOMPARE(s->duplicates, 1);
        QCOMPARE(s->quarantined, 2); // dmarc.xml and the refused report
        QCOMPARE(s->mailsWithoutReport, 1);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 5);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_policies"_s), 5);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports "
                               "WHERE organization = 'Company-X'"_s),
                 0);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine "
                               "WHERE reason_code = 'storage.sql' "
                               "AND origin LIKE '%rfc8460-example.json'"_s),
                 1);
    }

    // Each policy row is in one partial index: its engagement's, or (unassigned) its domain's.
    // The queries of the timeline, the charts and the attaching must still find them there.
    void queriesUseThePartialIndexes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("index");
        QTest::newRow("an engagement's days")
            << u"SELECT day, SUM(success_count) FROM tlsrpt_policies WHERE engagement_id = 1 "
               "AND day >= '2024-01-01' GROUP BY day"_s
            << u"tlsrpt_policies_engagement"_s;
        QTest::newRow("an engagement's failures")
            << u"SELECT day, SUM(failed_count) FROM tlsrpt_failures WHERE engagement_id = 1 "
               "GROUP BY day"_s
            << u"tlsrpt_failures_engagement"_s;
        QTest::newRow("a domain's unassigned reports")
            << u"SELECT COUNT(*) FROM tlsrpt_policies WHERE engagement_id IS NULL "
               "AND policy_domain = 'mbox.example'"_s
            << u"tlsrpt_policies_unassigned"_s;
    }
    void queriesUseThePartialIndexes()
    {
        QFETCH(QString, query);
        QFETCH(QString, index);
        QSqlQuery plan(m_db->sql());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN "_s + query));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(u"\n"_s).contains(index), qPrintable(steps.join(u"\n"_s)));
    }

    // Many inputs that each fit the limits but not all at once: every one is imported, while
    // the bytes held at once stay within the budget, plus what the input the writer waits for
    // may hold beyond it (its chunk's share, its own bytes and its parse).
    void manyLargeReportsWithinBudget()
    {
        ImportOptions options;
        options.limits.maxDocumentBytes = 2 << 20;
        options.limits.maxInputBytes = 4 << 20;
        options.memoryBudgetBytes = 4 << 20;
        const QString folder = m_lab->filePath(u"large"_s);
        QVERIFY(QDir().mkpath(folder));
        constexpr int kReports = 24;
        QFile rfc(batch()[4]);
        QVERIFY(rfc.open(QIODevice::ReadOnly));
        const QByteArray sample = rfc.readAll();
        for (int i = 0; i < kReports; ++i) {
            QByteArray json = QByteArray(sample).replace("5065427c-23d3-47ca-b6e0-946ea0e8c4be",
                                                         QByteArray::number(i));
            json += QByteArray((2 << 20) - 64 - json.size(), ' ');
            QVERIFY(m_lab->writeFile(u"large/r%1.json"_s.arg(i), json));
        }
        Result<ImportSummary> s = Importer(m_db, options).importPaths({folder});
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->imported, kReports);
        QCOMPARE(s->quarantined, 0);
        const qint64 allowed =
            options.memoryBudgetBytes + 2 * options.limits.maxInputBytes + (8 << 20);
        QVERIFY2(s->peakHeldBytes > 0 && s->peakHeldBytes <= allowed,
                 qPrintable(u"peak %1 of %2 allowed, %3 in all"_s.arg(s->peakHeldBytes)
                                .arg(allowed)
                                .arg(kReports * (2 << 20))));
    }

    // The quarantine keeps the input once, as it came: a 32 KB gzip file of zeros is 32 KB
    // there, not the 32 MiB it inflates to.
    void quarantineKeepsTheInputAsItCame()
    {
        const QString bomb = test::testDataDir() + u"/tlsrpt/bombs/zeros-32mib.json.gz"_s;
        const QString zip = test::testDataDir() + u"/tlsrpt/bombs/zip-of-zips.zip"_s;
        Result<ImportSummary> s = Importer(m_db).importPaths({bomb, zip});
        QVERIFY(s.ok());
        QCOMPARE(s->quarantined, 2);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 2);
        QCOMPARE(scalar(*m_db, u"SELECT SUM(LENGTH(bytes)) FROM tlsrpt_quarantine"_s),
                 QFileInfo(bomb).size() + QFileInfo(zip).size());
        Result<QList<tlsrpt::QuarantineEntry>> entries =
            storage::ReportRepository(m_db).quarantined();
        QVERIFY(entries.ok());
        QFile original(bomb);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(entries->at(0).bytes, original.readAll());
        // Each entry is named by its input, whose bytes it keeps.
        QCOMPARE(entries->at(0).origin, bomb);
        QCOMPARE(entries->at(1).origin, zip);
    }

    // Importing a folder that holds the workspace does not read the workspace (it went to the
    // quarantine, into itself, and doubled with every import); named itself it is refused.
    void workspaceInsideTheFolderIsSkipped()
    {
        QVERIFY(QFile::copy(batch()[4], m_lab->filePath(u"report.json"_s)));
        const qint64 sizeBefore = QFileInfo(m_lab->filePath(u"ws.sqlite"_s)).size();
        for (int run = 0; run < 2; ++run) {
            Result<ImportSummary> s = Importer(m_db).importPaths({m_lab->path()});
            QVERIFY(s.ok());
            QCOMPARE(s->files, 1);
            QCOMPARE(s->imported + s->duplicates, 1);
            QCOMPARE(s->quarantined, 0);
        }
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 0);
        QVERIFY(QFileInfo(m_lab->filePath(u"ws.sqlite"_s)).size() < sizeBefore + (1 << 20));
        Result<ImportSummary> named =
            Importer(m_db).importPaths({m_lab->filePath(u"ws.sqlite-wal"_s)});
        QVERIFY(named.ok());
        QCOMPARE(named->files, 0);
        QCOMPARE(named->quarantined, 1);
        QCOMPARE(named->quarantine[0].code, u"tlsrpt.workspace-file"_s);
    }

    // A retry reads the kept input again: an input the database refused (a test trigger) is
    // quarantined compressed as it came, and imports once the database takes it.
    void retryImportsTheKeptInput()
    {
        QSqlQuery trigger(m_db->sql());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_google BEFORE INSERT ON tlsrpt_reports "
                             "WHEN NEW.organization = 'Google LLC' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
        const QString gz = local(u"quirks/google-crlf-trailing.json.gz"_s);
        Result<ImportSummary> s = Importer(m_db).importPaths({gz});
        QVERIFY(s.ok());
        QCOMPARE(s->quarantined, 1);
        QFile original(gz);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QSqlQuery kept(m_db->sql());
        QVERIFY(kept.exec(u"SELECT bytes FROM tlsrpt_quarantine"_s) && kept.next());
        QCOMPARE(kept.value(0).toByteArray(), original.readAll());
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse_google"_s));
        Result<ImportSummary> retry = Importer(m_db).retryQuarantine();
        QVERIFY(retry.ok());
        QCOMPARE(retry->imported, 1);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 0);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 1);
    }

    void unknownEngagementRefused()
    {
        ImportOptions options;
        options.engagementId = 4242;
        Result<ImportSummary> s = Importer(m_db, options).importPaths(batch());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"engagement.not-found"_s);
    }
};

QTEST_GUILESS_MAIN(TestTlsrptImporter)
#include "test_tlsrpt_importer.moc"

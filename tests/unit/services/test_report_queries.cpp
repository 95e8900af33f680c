// The report use cases against a real SQLite workspace: ReportImport brings report files in (and
// refuses an engagement that does not exist), ReportQueries reads back what the Reports view and
// `stsdesk-cli report` show: the overview, the failure details behind it, the stored reports, the
// conflicts and the quarantine.
#include "ServiceFixture.h"
#include "reports/TlsReportWriter.h"
#include "services/ReportCuration.h"
#include "services/ReportImport.h"
#include "services/ReportQueries.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace sts;

class TestReportQueries : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    QString m_files;
    const QDate m_day1{2026, 4, 20};
    const QDate m_day2{2026, 4, 21};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.open());
        m_files = m_f.dir.filePath(u"in"_s);
        test::TlsReportWriter writer(m_files, u"lab.test"_s, u"mx.lab.test"_s);
        const QStringList paths{writer.write(u"Google LLC"_s, m_day1, 100, 3),
                                writer.write(u"Microsoft Corporation"_s, m_day2, 50, 0)};
        tlsrpt::ImportOptions options;
        options.engagementId = m_f.engagementId;
        Result<tlsrpt::ImportSummary> s =
            tlsrpt::ReportImport(m_f.context, options).importPaths(paths);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QCOMPARE(s->files, 2);
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->forEngagement, 2);
    }

    void importForAnEngagementThatIsNotThereIsRefused()
    {
        tlsrpt::ImportOptions options;
        options.engagementId = 4711;
        Result<tlsrpt::ImportSummary> s =
            tlsrpt::ReportImport(m_f.context, options).importPaths({m_files + u"/report-1.json"_s});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"engagement.not-found"_s);
    }

    void overviewHasDaysAndFailures()
    {
        const tlsrpt::ReportsOverview o =
            tlsrpt::ReportQueries(m_f.context).overview(m_f.engagementId);
        QCOMPARE(o.error, QString());
        QCOMPARE(o.engagementId, m_f.engagementId);
        QCOMPARE(o.days.size(), 2);
        QCOMPARE(o.days.first().day, m_day1);
        QCOMPARE(o.days.first().sender, u"Google"_s);
        QCOMPARE(o.days.first().successfulSessions, 100);
        QCOMPARE(o.days.first().failedSessions, 3);
        QCOMPARE(o.failures.size(), 1);
        QCOMPARE(o.failures.first().resultType, u"certificate-host-mismatch"_s);
        QCOMPARE(o.failures.first().receivingMx, u"mx.lab.test"_s);
        QVERIFY(o.quarantine.isEmpty());
        QVERIFY(o.conflicts.isEmpty());
        // Another engagement's overview is empty, not an error.
        QVERIFY(tlsrpt::ReportQueries(m_f.context).overview(4711).days.isEmpty());
    }

    void failureDetailsAsSent()
    {
        const tlsrpt::ReportQueries queries(m_f.context);
        tlsrpt::FailureDetailFilter filter;
        filter.engagementId = m_f.engagementId;
        Result<QList<tlsrpt::FailureDetailRow>> rows = queries.failureDetails(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().day, m_day1);
        QCOMPARE(rows->first().sendingIp, u"192.0.2.10"_s);
        QCOMPARE(rows->first().failedSessions, 3);
        filter.sender = u"Microsoft"_s;
        QVERIFY(queries.failureDetails(filter)->isEmpty());
        filter.sender.clear();
        filter.from = m_day2;
        QVERIFY(queries.failureDetails(filter)->isEmpty());
        filter.from = {};
        filter.receivingMx = u"other.lab.test"_s;
        QVERIFY(queries.failureDetails(filter)->isEmpty());
    }

    void storedReportsOneByOne()
    {
        const tlsrpt::ReportQueries queries(m_f.context);
        tlsrpt::StoredReportFilter filter;
        filter.engagementId = m_f.engagementId;
        Result<QList<tlsrpt::StoredReportInfo>> list = queries.storedReports(filter);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        filter.sender = u"Google"_s;
        QCOMPARE(queries.storedReports(filter)->size(), 1);
        Result<tlsrpt::StoredReportInfo> one = queries.storedReport(list->first().id);
        QVERIFY(one.ok());
        QCOMPARE(one->organization, u"Google LLC"_s);
        QCOMPARE(one->policyDomains, QStringList{u"lab.test"_s});
        QCOMPARE(one->engagements, QList<qint64>{m_f.engagementId});
        QVERIFY(one->raw.contains("certificate-host-mismatch"));
        QCOMPARE(queries.storedReport(999999).error().code, u"tlsrpt.report-not-found"_s);
    }

    // The same organisation and report-id with other content: a conflict, counted nowhere until
    // the consultant keeps a version (ReportCuration), then counted with that version.
    void conflictsAndTheirVersions()
    {
        test::TlsReportWriter writer(m_f.dir.filePath(u"conflict"_s), u"lab.test"_s,
                                     u"mx.lab.test"_s);
        const QString first = writer.writeAs(u"dup-1"_s, u"Yahoo"_s, m_day2, 10, 0);
        const QString second = writer.writeAs(u"dup-1"_s, u"Yahoo"_s, m_day2, 10, 5);
        Result<tlsrpt::ImportSummary> s =
            tlsrpt::ReportImport(m_f.context).importPaths({first, second});
        QVERIFY(s.ok());
        QCOMPARE(s->imported, 1);
        QCOMPARE(s->conflicts, 1);

        const tlsrpt::ReportQueries queries(m_f.context);
        const tlsrpt::ReportsOverview o = queries.overview(m_f.engagementId);
        QCOMPARE(o.conflicts.size(), 1);
        QCOMPARE(o.days.size(), 2); // the report in conflict counts nowhere
        Result<QList<tlsrpt::ReportConflict>> all = queries.conflicts();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const tlsrpt::ReportConflict conflict = all->first();
        QCOMPARE(conflict.versions.size(), 2);
        QCOMPARE(queries.conflictOf(conflict.reportRow)->versions.size(), 2);
        const qint64 keep = conflict.versions.last().id;
        QCOMPARE(queries.version(keep)->reportRow, conflict.reportRow);
        QCOMPARE(queries.version(keep)->failedSessions, 5);

        QVERIFY(tlsrpt::ReportCuration(m_f.context).keepVersion(keep, u"the later one"_s).ok());
        QVERIFY(queries.conflicts()->isEmpty());
        const tlsrpt::ReportsOverview after = queries.overview(m_f.engagementId);
        qint64 failed = 0;
        for (const tlsrpt::DailySummary &day : after.days)
            failed += day.day == m_day2 ? day.failedSessions : 0;
        QCOMPARE(failed, 5);
    }

    void unreadableInputWaitsInTheQuarantine()
    {
        const QString broken = m_f.dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"organization-name\": \"Half\", \"report-");
        file.close();
        Result<tlsrpt::ImportSummary> s = tlsrpt::ReportImport(m_f.context).importPaths({broken});
        QVERIFY(s.ok());
        QCOMPARE(s->quarantined, 1);

        const tlsrpt::ReportQueries queries(m_f.context);
        Result<QList<tlsrpt::QuarantineEntry>> entries = queries.quarantine();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().origin, broken);
        QVERIFY(!entries->first().bytes.isEmpty());
        QCOMPARE(queries.overview(m_f.engagementId).quarantine.size(), 1);

        // Read again, it is still no report: it stays.
        Result<tlsrpt::ImportSummary> retried = tlsrpt::ReportImport(m_f.context).retryQuarantine();
        QVERIFY(retried.ok());
        QCOMPARE(retried->imported, 0);
        QCOMPARE(queries.quarantine()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportQueries)
#include "test_report_queries.moc"

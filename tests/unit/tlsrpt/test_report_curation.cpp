// Taking stored reports out again and settling conflicts, on a real SQLite workspace: a copy of
// a report with other content is kept apart and counted nowhere until the consultant keeps one
// version; a wrong report can be removed or sent back to the quarantine; every step is in the
// engagement's event log. (The same on PostgreSQL: test_workspace_storage.)
#include "TestEnv.h"
#include "import/Importer.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/ReportCuration.h"
#include "storage/Aggregator.h"
#include "storage/EventLog.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportRepository.h"
#include "storage/ReportVersions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

static const QDate kDay(2026, 3, 2);

class TestReportCuration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    qint64 m_engagement = 0;
    std::unique_ptr<test::TlsReportWriter> m_writer;

    tlsrpt::ImportSummary import(const QStringList &paths)
    {
        Result<tlsrpt::ImportSummary> summary =
            tlsrpt::Importer(m_db, {}, m_clock).importPaths(paths);
        if (!summary)
            qFatal("import failed: %s", qPrintable(summary.error().message));
        return *summary;
    }

    // The same report in other bytes: compact instead of indented.
    QString compactCopy(const QString &path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QByteArray compact =
            QJsonDocument::fromJson(in.readAll()).toJson(QJsonDocument::Compact);
        QFile out(path + u".compact.json"_s);
        if (!out.open(QIODevice::WriteOnly) || out.write(compact) <= 0)
            return {};
        return out.fileName();
    }

    QList<tlsrpt::DailySummary> days()
    {
        Result<QList<tlsrpt::DailySummary>> rows =
            tlsrpt::Aggregator(m_db).dailySummaries({m_engagement, {}, {}, {}});
        if (!rows)
            qFatal("aggregate failed: %s", qPrintable(rows.error().message));
        return *rows;
    }

    QList<storage::EngagementEvent> events(const QString &kind)
    {
        QList<storage::EngagementEvent> matching;
        for (const storage::EngagementEvent &event :
             *storage::EventLog(m_db).forEngagement(m_engagement))
            if (event.kind == kind)
                matching << event;
        return matching;
    }

    tlsrpt::ReportCuration curation()
    {
        return tlsrpt::ReportCuration(ServiceContext{m_db, m_clock, u"anna"_s});
    }

    static qint64 scalar(const storage::Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC));
        Engagement draft;
        draft.customer = u"Conflict AG"_s;
        draft.domain.ace = u"conflict.example"_s;
        m_engagement = EngagementService(m_db, m_clock, u"anna"_s).create(draft)->id;
        m_writer = std::make_unique<test::TlsReportWriter>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())),
            u"conflict.example"_s, u"mx.conflict.example"_s);
    }
    void cleanup()
    {
        m_writer.reset();
        m_db.reset();
    }

    void conflictingCopyIsKeptApartUntilOneIsKept()
    {
        // A forged report arrives first under the real one's predictable report-id.
        const QString forged =
            m_writer->writeAs(u"133-1"_s, u"Microsoft Corporation"_s, kDay, 100, 0);
        const QString real = m_writer->writeAs(u"133-1"_s, u"Microsoft Corporation"_s, kDay, 100, 5,
                                               u"starttls-not-supported"_s);
        QCOMPARE(import({forged}).imported, 1);
        QCOMPARE(days().size(), 1);

        const tlsrpt::ImportSummary second = import({real, compactCopy(forged)});
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.conflicts, 1);  // the real one: kept, not lost as a "duplicate"
        QCOMPARE(second.duplicates, 1); // the forged one in other bytes is the same report
        QCOMPARE(second.toJson().value(u"conflicts"_s).toInt(), 1);
        QVERIFY(days().isEmpty()); // neither version counts until one is kept
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_failures"_s), 0);

        Result<QList<tlsrpt::ReportConflict>> conflicts =
            storage::ReportVersions(m_db).conflicts(m_engagement);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        const tlsrpt::ReportConflict &conflict = conflicts->first();
        QCOMPARE(conflict.reportId, u"133-1"_s);
        QCOMPARE(conflict.engagements, QList<qint64>{m_engagement});
        QCOMPARE(conflict.versions.size(), 2);
        QVERIFY(conflict.versions[0].origin.endsWith(QFileInfo(forged).fileName()));
        QCOMPARE(conflict.versions[0].failedSessions, 0);
        QCOMPARE(conflict.versions[1].failedSessions, 5);
        QVERIFY(conflict.versions[1].raw.contains("starttls-not-supported"));
        QVERIFY(conflict.versions[0].contentSha256 != conflict.versions[1].contentSha256);
        QVERIFY(storage::ReportVersions(m_db).conflicts(m_engagement + 1)->isEmpty());

        // The workspace list shows it in conflict; the engagement's list counts it nowhere.
        Result<QList<tlsrpt::StoredReportInfo>> all = storage::ReportCatalog(m_db).list({});
        QCOMPARE(all->size(), 1);
        QVERIFY(all->first().conflict);
        QVERIFY(storage::ReportCatalog(m_db).list({m_engagement, {}, {}, {}, 0})->isEmpty());

        const qint64 realVersion = conflict.versions[1].id;
        QVERIFY(curation().keepVersion(realVersion, u"matches the mail from Microsoft"_s).ok());
        QCOMPARE(days().size(), 1);
        QCOMPARE(days().first().failedSessions, 5);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_failures"_s), 1);
        QVERIFY(storage::ReportVersions(m_db).conflicts()->isEmpty());
        const QList<storage::EngagementEvent> resolved = events(u"report.conflict-resolved"_s);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().actor, u"anna"_s);
        const QJsonObject payload = resolved.first().payload;
        QCOMPARE(payload.value(u"kept"_s).toObject().value(u"version"_s).toInteger(), realVersion);
        QCOMPARE(payload.value(u"discarded"_s).toArray().size(), 1);
        QCOMPARE(payload.value(u"reason"_s).toString(), u"matches the mail from Microsoft"_s);

        // Either version again is a duplicate now; a third content opens the conflict again,
        // with the earlier decision shown.
        const tlsrpt::ImportSummary again = import({forged, real});
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(again.conflicts, 0);
        const QString third = m_writer->writeAs(u"133-1"_s, u"Microsoft Corporation"_s, kDay, 1, 1);
        QCOMPARE(import({third}).conflicts, 1);
        QVERIFY(days().isEmpty());
        const tlsrpt::ReportConflict reopened = storage::ReportVersions(m_db).conflicts()->first();
        QCOMPARE(reopened.versions.size(), 3);
        QCOMPARE(reopened.versions[0].resolution, u"discarded"_s);
        QCOMPARE(reopened.versions[1].resolution, u"kept"_s);
        QCOMPARE(reopened.versions[2].resolution, QString());
    }

    // Reports stored before content hashes existed get theirs when a copy arrives.
    void reportsStoredWithoutAHashAreComparedByContent()
    {
        const QString first = m_writer->writeAs(u"g-1"_s, u"Google LLC"_s, kDay, 10, 0);
        QCOMPARE(import({first}).imported, 1);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(u"UPDATE tlsrpt_reports SET content_sha256 = ''"_s));
        QCOMPARE(import({compactCopy(first)}).duplicates, 1);
        QCOMPARE(scalar(*m_db, u"SELECT LENGTH(content_sha256) FROM tlsrpt_reports"_s), 64);
        QVERIFY(q.exec(u"UPDATE tlsrpt_reports SET content_sha256 = ''"_s));
        const QString other = m_writer->writeAs(u"g-1"_s, u"Google LLC"_s, kDay, 10, 1);
        QCOMPARE(import({other}).conflicts, 1);
    }

    void aReportCanBeRemovedOrSentBackToTheQuarantine()
    {
        const QString good = m_writer->write(u"Google LLC"_s, kDay, 100, 0);
        const QString bad = m_writer->write(u"Yahoo Inc."_s, kDay, 1000000000000, 0);
        const QString ugly = m_writer->write(u"Microsoft Corporation"_s, kDay, 7, 7);
        QCOMPARE(import({good, bad, ugly}).imported, 3);
        Result<QList<tlsrpt::StoredReportInfo>> listed =
            storage::ReportCatalog(m_db).list({m_engagement, kDay, kDay, {}, 0});
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        qint64 yahoo = 0, microsoft = 0;
        for (const tlsrpt::StoredReportInfo &info : *listed) {
            if (info.sender == u"Yahoo"_s)
                yahoo = info.id;
            else if (info.sender == u"Microsoft"_s)
                microsoft = info.id;
        }
        QVERIFY(yahoo > 0 && microsoft > 0);

        QCOMPARE(curation().sendToQuarantine(yahoo, u"  "_s).error().code, u"tlsrpt.reason"_s);
        QVERIFY(curation().sendToQuarantine(yahoo, u"implausible counts"_s).ok());
        QVERIFY(curation().remove(microsoft, QString()).ok());
        QCOMPARE(curation().remove(microsoft, QString()).error().code,
                 u"tlsrpt.report-not-found"_s);
        QCOMPARE(days().size(), 1);
        QCOMPARE(days().first().sender, u"Google"_s);
        QCOMPARE(days().first().successfulSessions, 100);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_policies"_s), 1);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_failures"_s), 0);

        // The quarantine keeps the bytes as they arrived, and Retry leaves them there.
        Result<QList<tlsrpt::QuarantineEntry>> quarantined =
            storage::ReportRepository(m_db).quarantined();
        QCOMPARE(quarantined->size(), 1);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(quarantined->first().bytes, file.readAll());
        QCOMPARE(quarantined->first().reasonCode, tlsrpt::ReportCuration::withdrawnCode());
        QVERIFY(quarantined->first().reason.contains(u"implausible counts"_s));
        QCOMPARE(tlsrpt::Importer(m_db, {}, m_clock).retryQuarantine()->imported, 0);
        QCOMPARE(storage::ReportRepository(m_db).quarantined()->size(), 1);

        const QList<storage::EngagementEvent> sent = events(u"report.quarantined"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().payload.value(u"sender"_s).toString(), u"Yahoo"_s);
        QCOMPARE(sent.first().payload.value(u"reason"_s).toString(), u"implausible counts"_s);
        QCOMPARE(sent.first().at, m_clock->now());
        const QList<storage::EngagementEvent> removed = events(u"report.removed"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().payload.value(u"failedSessions"_s).toInteger(), 7);

        // Importing it again brings it back: the consultant asked for it.
        QCOMPARE(import({ugly}).imported, 1);
    }

    void aReportInConflictGoesWithAllItsVersions()
    {
        const QString a = m_writer->writeAs(u"y-1"_s, u"Yahoo Inc."_s, kDay, 1, 0);
        const QString b = m_writer->writeAs(u"y-1"_s, u"Yahoo Inc."_s, kDay, 2, 0);
        import({a, b});
        const qint64 row = storage::ReportVersions(m_db).conflicts()->first().reportRow;
        Result<tlsrpt::StoredReportInfo> info = storage::ReportCatalog(m_db).get(row);
        QVERIFY(info.ok());
        QVERIFY(info->conflict);
        QCOMPARE(info->engagements, QList<qint64>{m_engagement});
        QVERIFY(curation().sendToQuarantine(row, u"both look wrong"_s).ok());
        QCOMPARE(storage::ReportRepository(m_db).quarantined()->size(), 2);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM tlsrpt_report_versions"_s), 0);
        QCOMPARE(events(u"report.quarantined"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportCuration)
#include "test_report_curation.moc"

// One bad report must never lock an engagement, and a conflicting copy must never hide a report:
// the built stsdesk-cli on a real workspace, on SQLite and on a real PostgreSQL server. Reports
// claiming 2^53 sessions per policy, or int64's largest value written as a string, made
// `status`, `bundle`, `runbook` and `rollout` fail for good with "integer overflow".
#include "TestEnv.h"
#include "mtasts/PolicyGenerator.h"
#include "postgres/EngineWorkspaces.h"
#include "reports/TlsReportWriter.h"
#include "storage/EventLog.h"
#include "storage/PolicyRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestCliReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TlsReportWriter m_writer{m_dir.path(), u"huge.example"_s, u"mx.huge.example"_s};
    EngineWorkspaces m_engines;

    static ToolRun cli(const QString &database, const QStringList &args)
    {
        return EngineWorkspaces::cli(database, args);
    }
    static QJsonValue json(const ToolRun &run)
    {
        const QJsonDocument document = QJsonDocument::fromJson(run.out);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    static qint64 createEngagement(const QString &database)
    {
        const ToolRun created =
            cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s, u"Huge"_s, u"--domain"_s,
                           u"huge.example"_s, u"--json"_s});
        return created.exitCode == 0 ? json(created).toObject().value(u"id"_s).toInteger() : 0;
    }

    // A published testing policy, which a bundle needs (no command stores one).
    static bool addPolicy(const QString &database, qint64 id)
    {
        auto db = sts::storage::Database::open(*sts::storage::DatabaseLocation::parse(database));
        if (!db)
            return false;
        const auto clock = sts::Clock::system();
        auto row = sts::storage::PolicyRepository(*db).add(
            id, sts::mtasts::PolicyGenerator(clock).testing(
                    {*sts::mtasts::MxPattern::parse(u"mx.huge.example"_s)}));
        return row && sts::storage::PolicyRepository(*db).markPublished(*row, clock->now());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_engines.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A fresh workspace on each engine for each test.
    void engines_data() { m_engines.addRows(u"reports"_s); }

    void hugeCountsNeverLockAnEngagement_data() { engines_data(); }
    void hugeCountsNeverLockAnEngagement()
    {
        QFETCH(QString, database);
        const qint64 id = createEngagement(database);
        QVERIFY(id > 0);
        // The CLI runs on the real clock: reports of the last days are the ones it summarises.
        // The huge ones come first in the summary's order (an overflow in a later group only
        // cut the summary short, silently: test_workspace_storage shows that case).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate yesterday = today.addDays(-1);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QStringList inputs{
            m_writer.writeCounts(u"g-1"_s, u"Google LLC"_s, today, 100),
            // 1024 policies of 2^53 sessions: 2^63 in one day's sum.
            m_writer.writeCounts(u"m-1"_s, u"Microsoft Corporation"_s, yesterday, qint64(1) << 53,
                                 1024),
            m_writer.writeCounts(u"y-1"_s, u"Yahoo Inc."_s, yesterday, u"9223372036854775807"_s),
            m_writer.writeCounts(u"y-2"_s, u"Yahoo Inc."_s, yesterday, u"9223372036854775807"_s)};
        const ToolRun imported = cli(database, QStringList{u"import"_s, u"--json"_s} + inputs);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QCOMPARE(json(imported).toObject().value(u"imported"_s).toInt(), 4);

        const ToolRun status = cli(database, {u"status"_s, QString::number(id), u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QVERIFY(addPolicy(database, id));
        const QString bundle = m_dir.filePath(tag + u"-bundle.zip"_s);
        const ToolRun bundled =
            cli(database, {u"bundle"_s, QString::number(id), u"--out"_s, bundle});
        QVERIFY2(bundled.exitCode == 0, qPrintable(bundled.describe()));
        QVERIFY(QFileInfo(bundle).size() > 0);
        const QString pdf = m_dir.filePath(tag + u"-runbook.pdf"_s);
        const ToolRun runbook = cli(database, {u"runbook"_s, QString::number(id), u"--out"_s, pdf});
        QVERIFY2(runbook.exitCode == 0, qPrintable(runbook.describe()));
        QVERIFY(QFileInfo(pdf).size() > 0);
        const ToolRun rollout = cli(database, {u"rollout"_s, u"prepared"_s, QString::number(id)});
        QVERIFY2(rollout.exitCode == 0, qPrintable(rollout.describe()));

        // Each count was read as the bound, with a warning kept with its report.
        const ToolRun listed = cli(database, {u"report"_s, u"list"_s, QString::number(id),
                                              u"--sender"_s, u"Yahoo"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray yahoo = json(listed).toArray();
        QCOMPARE(yahoo.size(), 2);
        QCOMPARE(yahoo.first().toObject().value(u"failedSessions"_s).toInteger(), 1000000000000);
        const QString first = QString::number(yahoo[0].toObject().value(u"id"_s).toInteger());
        const ToolRun shown = cli(database, {u"report"_s, u"show"_s, first});
        QVERIFY2(shown.exitCode == 0 && shown.out.contains("more sessions than any sender has"),
                 qPrintable(shown.describe()));

        // Take them out again: one back to the quarantine, one removed; both in the event log.
        const QString second = QString::number(yahoo[1].toObject().value(u"id"_s).toInteger());
        QCOMPARE(cli(database, {u"report"_s, u"quarantine"_s, first}).exitCode, 2); // no reason
        const ToolRun quarantined = cli(database, {u"report"_s, u"quarantine"_s, first,
                                                   u"--reason"_s, u"implausible counts"_s});
        QVERIFY2(quarantined.exitCode == 0, qPrintable(quarantined.describe()));
        const ToolRun removed = cli(database, {u"report"_s, u"remove"_s, second});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(cli(database, {u"report"_s, u"remove"_s, second}).exitCode, 1); // gone
        const ToolRun after = cli(database, {u"report"_s, u"list"_s, QString::number(id),
                                             u"--sender"_s, u"Yahoo"_s, u"--json"_s});
        QVERIFY(json(after).toArray().isEmpty());

        auto db = sts::storage::Database::open(*sts::storage::DatabaseLocation::parse(database));
        QVERIFY(db.ok());
        QStringList kinds;
        for (const sts::storage::EngagementEvent &event :
             *sts::storage::EventLog(*db).forEngagement(id))
            kinds << event.kind;
        QVERIFY2(kinds.contains(u"report.quarantined"_s) && kinds.contains(u"report.removed"_s),
                 qPrintable(kinds.join(u", "_s)));
    }

    void conflictingCopyIsCountedApartAndSettled_data() { engines_data(); }
    void conflictingCopyIsCountedApartAndSettled()
    {
        QFETCH(QString, database);
        const qint64 id = createEngagement(database);
        QVERIFY(id > 0);
        const QDate day = QDateTime::currentDateTimeUtc().date().addDays(-2);
        const QString forged = m_writer.writeCounts(u"predictable-1"_s, u"Google LLC"_s, day, 0);
        const QString real = m_writer.writeCounts(u"predictable-1"_s, u"Google LLC"_s, day, 9);
        QCOMPARE(cli(database, {u"import"_s, forged}).exitCode, 0);
        const ToolRun text = cli(database, {u"import"_s, real});
        QVERIFY2(text.exitCode == 0 && text.out.contains("Conflicts") &&
                     text.out.contains("report conflicts”): 1\n"),
                 qPrintable(text.describe()));
        const ToolRun again = cli(database, {u"import"_s, real, forged, u"--json"_s});
        QCOMPARE(json(again).toObject().value(u"conflicts"_s).toInt(), 0); // both known now
        QCOMPARE(json(again).toObject().value(u"duplicates"_s).toInt(), 2);

        const ToolRun conflicts =
            cli(database, {u"report"_s, u"conflicts"_s, QString::number(id), u"--json"_s});
        QVERIFY2(conflicts.exitCode == 0, qPrintable(conflicts.describe()));
        const QJsonArray list = json(conflicts).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonArray versions = list.first().toObject().value(u"versions"_s).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].toObject().value(u"failedSessions"_s).toInteger(), 9);
        const QString keep =
            QString::number(versions[1].toObject().value(u"version"_s).toInteger());
        const ToolRun kept =
            cli(database, {u"report"_s, u"keep"_s, keep, u"--reason"_s, u"the sender's copy"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
        QVERIFY(
            json(cli(database, {u"report"_s, u"conflicts"_s, u"--json"_s})).toArray().isEmpty());
        const ToolRun listed =
            cli(database, {u"report"_s, u"list"_s, QString::number(id), u"--json"_s});
        QCOMPARE(json(listed).toArray().size(), 1);
        QCOMPARE(json(listed).toArray().first().toObject().value(u"failedSessions"_s).toInteger(),
                 9);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "test_cli_reports.moc"

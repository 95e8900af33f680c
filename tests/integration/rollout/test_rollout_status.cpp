// From imported TLS reports to "ready for enforce": real report files imported into a real
// workspace, the rollout recorded as events, the verdict read back through the service and the CLI.
#include "LivePolicy.h"
#include "TestEnv.h"
#include "import/Importer.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "storage/Aggregator.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sts;

class TestRolloutStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    qint64 m_engagement = 0;
    sts::test::TlsReportWriter m_writer{m_dir.path(), u"rollout.example"_s,
                                        u"mx1.rollout.example"_s};

    static QDateTime utc(const QDate &day, int hour = 0)
    {
        return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    }

    QString writeReport(const QString &organization, const QDate &day, qint64 ok, qint64 failed,
                        const QString &resultType = u"certificate-host-mismatch"_s)
    {
        return m_writer.write(organization, day, ok, failed, resultType);
    }

    void import(const QStringList &paths)
    {
        tlsrpt::Importer importer(m_db, {}, m_clock);
        Result<tlsrpt::ImportSummary> summary = importer.importPaths(paths);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->imported, paths.size());
        QCOMPARE(summary->quarantined, 0);
    }

    RolloutService rollout() { return RolloutService(m_db, m_clock, u"tester"_s); }

    void makeLive(const QString &id, mtasts::PolicyMode mode)
    {
        QVERIFY(test::makeLivePolicy(m_db, m_engagement, id, mode, m_clock->now(),
                                     u"mx1.rollout.example"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"rollout.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        m_clock = std::make_shared<FixedClock>(utc(QDate(2026, 2, 27), 9));
        Engagement draft;
        draft.customer = u"Rollout AG"_s;
        draft.domain.ace = u"rollout.example"_s;
        Result<Engagement> created = EngagementService(m_db, m_clock, u"tester"_s).create(draft);
        QVERIFY(created.ok());
        m_engagement = created->id;
    }

    void testingWithCleanReportsBecomesReady()
    {
        QVERIFY(rollout().markPrepared(m_engagement).ok());
        m_clock->set(utc(QDate(2026, 3, 1), 8));
        makeLive(u"20260301080000"_s, mtasts::PolicyMode::Testing);
        QVERIFY(rollout().startTesting(m_engagement, u"20260301080000"_s).ok());

        // Every major sender reports every day from 1 to 15 March, all sessions fine.
        import(
            m_writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                    QDate(2026, 3, 1), QDate(2026, 3, 15)));

        m_clock->set(utc(QDate(2026, 3, 14), 12));
        Result<RolloutStatus> early = rollout().status(m_engagement);
        QVERIFY(early.ok());
        QCOMPARE(early->phase, RolloutPhase::Testing);
        QCOMPARE(early->readiness.daysInTesting, 13);
        QVERIFY(!early->readyForEnforce());

        m_clock->set(utc(QDate(2026, 3, 16), 12));
        Result<RolloutStatus> status = rollout().status(m_engagement);
        QVERIFY(status.ok());
        QVERIFY2(status->readyForEnforce(),
                 qPrintable(status->readiness.blockingReasons.join(u"; "_s)));
        QCOMPARE(status->readiness.readySince, QDate(2026, 3, 15));
        QCOMPARE(status->readiness.cleanStreak, 15);
        QCOMPARE(status->days.size(), 15);
    }

    void aFailureBlocksUntilAcknowledged()
    {
        import({writeReport(u"Microsoft Corporation"_s, QDate(2026, 3, 12), 0, 4,
                            u"starttls-not-supported"_s)});
        Result<RolloutStatus> blocked = rollout().status(m_engagement);
        QVERIFY(blocked.ok());
        QVERIFY(!blocked->readyForEnforce());
        const QString reasons = blocked->readiness.blockingReasons.join(u"\n"_s);
        QVERIFY2(reasons.contains(u"Microsoft (4)"_s), qPrintable(reasons));

        makeLive(u"20260316120000"_s, mtasts::PolicyMode::Enforce);
        Status refused = rollout().switchToEnforce(m_engagement, u"20260316120000"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"rollout.not-ready"_s);

        QVERIFY(!rollout()
                     .acknowledge(
                         m_engagement,
                         {QDate(2026, 3, 12), u"Microsoft"_s, QString(), QString(), QString(), {}})
                     .ok()); // no reason given
        QVERIFY(rollout()
                    .acknowledge(m_engagement,
                                 {QDate(2026, 3, 12),
                                  u"Microsoft"_s,
                                  u"starttls-not-supported"_s,
                                  QString(),
                                  u"Sender-side TLS interception, confirmed by Microsoft"_s,
                                  {}})
                    .ok());
        Result<RolloutStatus> acknowledged = rollout().status(m_engagement);
        QVERIFY(acknowledged->readyForEnforce());
        QCOMPARE(acknowledged->acknowledgements.size(), 1);
        QCOMPARE(acknowledged->acknowledgements.first().who, u"tester"_s);
    }

    void enforceRollbackAndRemovalAreRecorded()
    {
        QCOMPARE(rollout().switchToEnforce(m_engagement, u"20260301080000"_s).error().code,
                 u"rollout.policy-id"_s); // the same id again is refused
        m_clock->set(utc(QDate(2026, 3, 16), 13));
        QCOMPARE(rollout().switchToEnforce(m_engagement, u"20260316130000"_s).error().code,
                 u"rollout.not-live"_s); // only a published version
        makeLive(u"20260316130000"_s, mtasts::PolicyMode::Enforce);
        QVERIFY(rollout().switchToEnforce(m_engagement, u"20260316130000"_s).ok());
        QVERIFY(!rollout().startTesting(m_engagement, u"x"_s).ok()); // not from Enforce
        QCOMPARE(rollout().rollback(m_engagement, u"20260317000000"_s, QString()).error().code,
                 u"rollout.reason"_s);
        m_clock->set(utc(QDate(2026, 3, 17), 0));
        makeLive(u"20260317000000"_s, mtasts::PolicyMode::Testing);
        QVERIFY(rollout()
                    .rollback(m_engagement, u"20260317000000"_s, u"backup MX certificate expired"_s)
                    .ok());
        Result<RolloutStatus> status = rollout().status(m_engagement);
        QCOMPARE(status->phase, RolloutPhase::Testing);
        QCOMPARE(status->testingSince, utc(QDate(2026, 3, 17), 0)); // the count starts again
        QVERIFY(!status->readyForEnforce());

        QStringList path;
        for (const PhaseChange &change : status->history)
            path << toKey(change.to);
        QCOMPARE(path, (QStringList{u"prepared"_s, u"testing"_s, u"enforce"_s, u"testing"_s}));
        QCOMPARE(status->history.last().reason, u"backup MX certificate expired"_s);
    }

    void reportsImportedBeforeTheEngagementArePickedUp()
    {
        sts::test::TlsReportWriter writer(m_dir.filePath(u"late"_s), u"late.example"_s,
                                          u"mx.late.example"_s);
        import({writer.write(u"Google LLC"_s, QDate(2026, 3, 10), 50, 2)});
        Engagement draft;
        draft.customer = u"Late GmbH"_s;
        draft.domain.ace = u"late.example"_s;
        Result<Engagement> created = EngagementService(m_db, m_clock, u"tester"_s).create(draft);
        QVERIFY(created.ok());
        tlsrpt::AggregateFilter filter;
        filter.engagementId = created->id;
        Result<QList<tlsrpt::DailySummary>> days = tlsrpt::Aggregator(m_db).dailySummaries(filter);
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->first().sender, u"Google"_s);
        QCOMPARE(days->first().failedSessions, 2);
    }

    void cliShowsTheSameStatus()
    {
        // The CLI runs on the real clock, so this story is told relative to today.
        QTemporaryDir dir;
        storage::DatabaseLocation location;
        location.sqlitePath = dir.filePath(u"cli.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto clock = std::make_shared<FixedClock>(utc(today.addDays(-20)));
        Engagement draft;
        draft.customer = u"CLI GmbH"_s;
        draft.domain.ace = u"rollout.example"_s;
        const qint64 id = EngagementService(*db, clock, u"t"_s).create(draft)->id;
        QVERIFY(test::makeLivePolicy(*db, id, u"20260101000000"_s, mtasts::PolicyMode::Testing,
                                     clock->now()));
        QVERIFY(RolloutService(*db, clock, u"t"_s).startTesting(id, u"20260101000000"_s).ok());
        const QStringList files =
            m_writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                    today.addDays(-20), today.addDays(-1));
        tlsrpt::Importer importer(*db, {}, clock);
        QVERIFY(importer.importPaths(files).ok());
        db->reset();

        const sts::test::ToolRun run =
            sts::test::runTool(sts::test::cliPath(), {u"status"_s, QString::number(id), u"--json"_s,
                                                      u"--database"_s, location.sqlitePath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"phase"_s).toString(), u"testing"_s);
        QCOMPARE(json.value(u"readyForEnforce"_s).toBool(), true);
        QCOMPARE(json.value(u"cleanStreak"_s).toInt(), 20);
        QCOMPARE(json.value(u"readySince"_s).toString(), today.addDays(-6).toString(Qt::ISODate));

        const sts::test::ToolRun usage = sts::test::runTool(sts::test::cliPath(), {u"status"_s});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRolloutStatus)
#include "test_rollout_status.moc"

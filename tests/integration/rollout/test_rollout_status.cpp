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
#include "storage/EventLog.h"
#include "storage/PolicyRepository.h"

#include <QJsonArray>
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

    // Testing policy live from 1 May. Google and Microsoft report it every day (Google once
    // without a policy-string: nothing to compare, counted as before); Yahoo reports
    // "no-policy-found" from 9 May (and only TLSA results on the 10th); Microsoft still applied an
    // older policy on 13 May. Yahoo turns out not to send to this customer.
    void readinessCountsOnlyTheLivePolicy()
    {
        QTemporaryDir dir;
        storage::DatabaseLocation location;
        location.sqlitePath = dir.filePath(u"seen.sqlite"_s);
        auto opened = storage::Database::open(location);
        QVERIFY(opened.ok());
        const std::shared_ptr<storage::Database> db = *opened;
        auto clock = std::make_shared<FixedClock>(utc(QDate(2026, 5, 1), 8));
        Engagement draft;
        draft.customer = u"Seen GmbH"_s;
        draft.domain.ace = u"rollout.example"_s;
        const qint64 id = EngagementService(db, clock, u"tester"_s).create(draft)->id;
        QVERIFY(test::makeLivePolicy(db, id, u"20260501080000"_s, mtasts::PolicyMode::Testing,
                                     clock->now(), u"mx1.rollout.example"_s));
        RolloutService service(db, clock, u"tester"_s);
        QVERIFY(service.startTesting(id, u"20260501080000"_s).ok());

        sts::test::TlsReportWriter writer(dir.filePath(u"reports"_s), u"rollout.example"_s,
                                          u"mx1.rollout.example"_s);
        const QDate first(2026, 5, 1), last(2026, 5, 15);
        QStringList files =
            writer.writeCleanDays({u"Microsoft Corporation"_s}, first, QDate(2026, 5, 12));
        files << writer.writeCleanDays({u"Microsoft Corporation"_s}, QDate(2026, 5, 14), last);
        files << writer.writeCleanDays({u"Google LLC"_s}, first, QDate(2026, 5, 1));
        files << writer.writePolicy(u"Google LLC"_s, QDate(2026, 5, 2), u"sts"_s, {}, 80);
        files << writer.writeCleanDays({u"Google LLC"_s}, QDate(2026, 5, 3), last);
        files << writer.writeCleanDays({u"Yahoo Inc."_s}, first, QDate(2026, 5, 8));
        for (QDate day(2026, 5, 9); day <= last; day = day.addDays(1)) {
            if (day == QDate(2026, 5, 10))
                files << writer.writePolicy(u"Yahoo Inc."_s, day, u"tlsa"_s,
                                            {u"3 1 1 0123456789abcdef"_s}, 30);
            else
                files << writer.writePolicy(u"Yahoo Inc."_s, day, u"no-policy-found"_s, {}, 30);
        }
        // The same lines in another order and case are the same policy; max_age 3600 is not.
        writer.setPolicyStrings({u"mode: testing"_s, u"max_age: 3600"_s,
                                 u"mx: MX1.rollout.example"_s, u"version: STSv1"_s});
        const QString stale = writer.writePolicy(u"Microsoft Corporation"_s, QDate(2026, 5, 13),
                                                 u"sts"_s, writer.policyStrings(), 20);
        files << stale;
        tlsrpt::Importer importer(db, {}, clock);
        Result<tlsrpt::ImportSummary> imported = importer.importPaths(files);
        QVERIFY(imported.ok());
        QCOMPARE(imported->imported, files.size());

        clock->set(utc(QDate(2026, 5, 16), 12));
        Result<RolloutStatus> status = service.status(id);
        QVERIFY(status.ok());
        QVERIFY(!status->readyForEnforce());
        QCOMPARE(status->readiness.cleanStreak, 0);
        QCOMPARE(status->days.size(), 15);
        QCOMPARE(status->days.at(1).state, DayState::Clean); // Google without a policy-string
        QCOMPARE(status->days.at(7).state, DayState::Clean);
        QCOMPARE(status->days.at(8).state, DayState::Unknown);
        QCOMPARE(status->days.at(8).sendersWithoutPolicy, QStringList{u"Yahoo"_s});
        QVERIFY(status->days.at(8).missingSenders.isEmpty());
        QCOMPARE(status->days.at(9).sendersWithoutPolicy, QStringList{u"Yahoo"_s}); // tlsa only
        QCOMPARE(status->days.at(12).sendersWithOtherPolicy, QStringList{u"Microsoft"_s});
        const QString reasons = status->readiness.blockingReasons.join(u"\n"_s);
        QVERIFY2(reasons.contains(u"Yahoo saw no MTA-STS policy on 7 of the last 7 day"_s),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(u"Microsoft applied another MTA-STS policy than the live one on "
                                  "1 of the last 7 day"_s),
                 qPrintable(reasons));
        QVERIFY2(!reasons.contains(u"no report from"_s), qPrintable(reasons));
        const QJsonObject day9 = status->toJson().value(u"days"_s).toArray().at(8).toObject();
        QCOMPARE(day9.value(u"sendersWithoutPolicy"_s).toArray(), QJsonArray{u"Yahoo"_s});

        // Yahoo does not send to this customer: said with a reason, it no longer blocks.
        QCOMPARE(service.excludeSender(id, u"Yahoo"_s, u" "_s).error().code, u"rollout.reason"_s);
        QCOMPARE(service.excludeSender(id, u"Mail.ru"_s, u"no mail"_s).error().code,
                 u"rollout.sender"_s);
        QCOMPARE(service.includeSender(id, u"Yahoo"_s).error().code, u"rollout.sender-included"_s);
        clock->set(utc(QDate(2026, 5, 16), 13));
        QVERIFY(service.excludeSender(id, u"yahoo"_s, u"MX logs show no mail from Yahoo"_s).ok());
        QCOMPARE(service.excludeSender(id, u"Yahoo"_s, u"again"_s).error().code,
                 u"rollout.sender-excluded"_s);
        status = service.status(id);
        QCOMPARE(status->excludedSenders.size(), 1);
        QCOMPARE(status->excludedSenders.first().sender, u"Yahoo"_s);
        QCOMPARE(status->excludedSenders.first().who, u"tester"_s);
        QCOMPARE(status->excludedSenders.first().why, u"MX logs show no mail from Yahoo"_s);
        QCOMPARE(status->excludedSenders.first().at, utc(QDate(2026, 5, 16), 13));
        QVERIFY(status->days.at(8).sendersWithoutPolicy.isEmpty());
        QCOMPARE(status->days.at(8).state, DayState::Clean);
        QVERIFY(!status->readyForEnforce()); // Microsoft's stale day is still in the week
        Result<QList<MajorSenderScope>> scope = service.senderScope(id);
        QVERIFY(scope.ok());
        QCOMPARE(scope->size(), 3);
        QCOMPARE(scope->at(2).sender, u"Yahoo"_s);
        QCOMPARE(scope->at(2).lastReport, last); // its no-policy-found reports count as reports
        QVERIFY(scope->at(2).exclusion);
        QVERIFY(!scope->at(0).exclusion);
        const QJsonArray excluded = status->toJson().value(u"excludedSenders"_s).toArray();
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded.first().toObject().value(u"reason"_s).toString(),
                 u"MX logs show no mail from Yahoo"_s);

        // Another Microsoft MTA fetched the live policy the same day: that is evidence.
        writer.setPolicyStrings({u"version: STSv1"_s, u"mode: testing"_s,
                                 u"mx: mx1.rollout.example"_s, u"max_age: 86400"_s});
        QVERIFY(
            importer
                .importPaths({writer.write(u"Microsoft Corporation"_s, QDate(2026, 5, 13), 50, 0)})
                .ok());
        status = service.status(id);
        QVERIFY2(status->readyForEnforce(),
                 qPrintable(status->readiness.blockingReasons.join(u"; "_s)));
        QCOMPARE(status->readiness.readySince, QDate(2026, 5, 15));

        // Included again (recorded): Yahoo's days without a policy block again.
        QVERIFY(
            service.includeSender(id, u"Yahoo"_s, u"customer found Yahoo mail after all"_s).ok());
        status = service.status(id);
        QVERIFY(status->excludedSenders.isEmpty());
        QVERIFY(!status->readyForEnforce());
        QVERIFY(status->readiness.blockingReasons.join(u"\n"_s).contains(u"Yahoo saw no"_s));
        Result<QList<storage::EngagementEvent>> log = storage::EventLog(db).forEngagement(id);
        QVERIFY(log.ok());
        QStringList kinds;
        for (const storage::EngagementEvent &event : *log)
            if (event.kind.startsWith(u"rollout.sender"_s))
                kinds << event.kind;
        QCOMPARE(kinds, (QStringList{u"rollout.sender-excluded"_s, u"rollout.sender-included"_s}));
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
        // The policy the reports name (readiness counts only reports for the live policy).
        QVERIFY(test::makeLivePolicy(*db, id, u"20260101000000"_s, mtasts::PolicyMode::Testing,
                                     clock->now(), u"mx1.rollout.example"_s));
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

// storage::FindingRepository and storage::MonitorLeases (migration 0017): dedup of an unresolved
// condition, the lifecycle with its events, the one-query counts, and leases taken atomically
// with an expiry. Built twice: on SQLite (unit) and with STSDESK_TEST_POSTGRES on a real server.
#include "engagement/EventKinds.h"
#include "postgres/FreshLocation.h"
#include "services/EngagementService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/FindingRepository.h"
#include "storage/MonitorLeases.h"
#include "storage/MonitorRuns.h"
#include "util/Clock.h"
#ifdef STSDESK_TEST_POSTGRES
#include "postgres/PostgresServer.h"
#endif

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace sts;
using storage::Finding;

class TestFindingsStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
#ifdef STSDESK_TEST_POSTGRES
    sts::test::PostgresServer m_server;
#endif
    int m_counter = 0;
    const QDateTime m_t0{QDate(2026, 12, 1), QTime(6, 0), Qt::UTC};

    storage::DatabaseLocation freshLocation()
    {
#ifdef STSDESK_TEST_POSTGRES
        return test::freshLocation(m_dir.path(), &m_server, m_counter);
#else
        return test::freshLocation(m_dir.path(), nullptr, m_counter);
#endif
    }

    std::shared_ptr<storage::Database> open(qint64 &engagement)
    {
        auto db = storage::Database::open(freshLocation());
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.error().message));
        auto clock = std::make_shared<FixedClock>(m_t0);
        Engagement draft;
        draft.customer = u"Findings"_s;
        draft.domain.ace = u"findings.example"_s;
        engagement = EngagementService(*db, clock, u"tester"_s).create(draft)->id;
        return *db;
    }

    static Finding observed(qint64 engagement, const QString &kind, const QString &subject)
    {
        Finding f;
        f.engagementId = engagement;
        f.kind = kind;
        f.subject = subject;
        f.severity = Finding::Severity::Warning;
        f.details = {{u"days"_s, 10}};
        return f;
    }

    static QStringList eventKinds(const std::shared_ptr<storage::Database> &db, qint64 engagement)
    {
        QStringList kinds;
        for (const storage::EngagementEvent &e : *storage::EventLog(db).forEngagement(engagement))
            if (e.kind.startsWith(u"finding."_s))
                kinds << e.kind;
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef STSDESK_TEST_POSTGRES
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
#endif
    }

    void aConditionSeenTwiceIsOneFinding()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::FindingRepository repo(db);
        auto first = repo.upsert(observed(e, u"drift.txt-id"_s, {}), m_t0, u"monitor"_s);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first->opened);
        QVERIFY(first->finding.id > 0);
        Finding again = observed(e, u"drift.txt-id"_s, {});
        again.details = {{u"days"_s, 9}};
        auto second = repo.upsert(again, m_t0.addDays(1), u"monitor"_s);
        QVERIFY(second.ok());
        QVERIFY(!second->opened);
        QCOMPARE(second->finding.id, first->finding.id);
        const Finding stored = *repo.get(first->finding.id);
        QCOMPARE(stored.firstSeen, m_t0);
        QCOMPARE(stored.lastSeen, m_t0.addDays(1));
        QCOMPARE(stored.details.value(u"days"_s).toInt(), 9);
        QCOMPARE(repo.list(e, std::nullopt)->size(), 1);
        QCOMPARE(eventKinds(db, e), QStringList{QString(events::kFindingOpened)});
    }

    void lifecycleOpenAcknowledgedResolvedThenNewRow()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::FindingRepository repo(db);
        const qint64 id =
            repo.upsert(observed(e, u"cert.expiry.30"_s, u"mx1.example"_s), m_t0, u"m"_s)
                ->finding.id;
        auto acked = repo.acknowledge(id, m_t0.addSecs(60), u"alice"_s);
        QVERIFY(acked.ok());
        QCOMPARE(acked->state, Finding::State::Acknowledged);
        QCOMPARE(repo.get(id)->acknowledgedBy, u"alice"_s);
        // Acknowledged is still unresolved: seen again, it stays the same row.
        auto seen = repo.upsert(observed(e, u"cert.expiry.30"_s, u"mx1.example"_s), m_t0.addDays(1),
                                u"m"_s);
        QVERIFY(!seen->opened);
        QCOMPARE(seen->finding.state, Finding::State::Acknowledged);
        // A run that covered the kind without seeing it resolves it; other kinds stay.
        QVERIFY(repo.upsert(observed(e, u"drift.mx-set"_s, {}), m_t0, u"m"_s).ok());
        auto resolved = repo.resolveUnseen(e, {u"cert.expiry.30"_s}, {}, m_t0.addDays(2), u"m"_s);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->size(), 1);
        QCOMPARE(repo.get(id)->state, Finding::State::Resolved);
        QCOMPARE(repo.list(e, Finding::State::Open)->size(), 1);
        QVERIFY(!repo.acknowledge(id, m_t0.addDays(3), u"alice"_s).ok());
        // Back again: a new finding, alerted again.
        auto back = repo.upsert(observed(e, u"cert.expiry.30"_s, u"mx1.example"_s), m_t0.addDays(4),
                                u"m"_s);
        QVERIFY(back->opened);
        QVERIFY(back->finding.id != id);
        QCOMPARE(eventKinds(db, e),
                 (QStringList{u"finding.opened"_s, u"finding.opened"_s, u"finding.acknowledged"_s,
                              u"finding.resolved"_s, u"finding.opened"_s}));
    }

    void seenConditionsStayOpen()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::FindingRepository repo(db);
        QVERIFY(repo.upsert(observed(e, u"cert.expiry.7"_s, u"a"_s), m_t0, u"m"_s).ok());
        QVERIFY(repo.upsert(observed(e, u"cert.expiry.7"_s, u"b"_s), m_t0, u"m"_s).ok());
        auto resolved = repo.resolveUnseen(
            e, {u"cert.expiry.7"_s},
            {storage::FindingRepository::conditionKey(u"cert.expiry.7"_s, u"a"_s)}, m_t0, u"m"_s);
        QCOMPARE(resolved->size(), 1);
        QCOMPARE(resolved->first().subject, u"b"_s);
    }

    void countsPerEngagementInOneQuery()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::FindingRepository repo(db);
        Finding critical = observed(e, u"cert.expiry.7"_s, u"a"_s);
        critical.severity = Finding::Severity::Critical;
        QVERIFY(repo.upsert(critical, m_t0, u"m"_s).ok());
        const qint64 ack =
            repo.upsert(observed(e, u"drift.tlsa"_s, u"b"_s), m_t0, u"m"_s)->finding.id;
        QVERIFY(repo.acknowledge(ack, m_t0, u"m"_s).ok());
        QVERIFY(repo.upsert(observed(e, u"drift.mx-set"_s, {}), m_t0, u"m"_s).ok());
        QVERIFY(repo.resolveUnseen(e, {u"drift.mx-set"_s}, {}, m_t0, u"m"_s).ok());
        auto counts = repo.countsPerEngagement();
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), 1);
        const storage::FindingCounts c = counts->value(e);
        QCOMPARE(c.open, 1);
        QCOMPARE(c.acknowledged, 1);
        QCOMPARE(c.critical, 1);
        QCOMPARE(c.warning, 1);
    }

    void aLeaseIsHeldUntilItExpires()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::MonitorLeases leases(db);
        QVERIFY(*leases.take(e, u"desk-a"_s, m_t0, 60000));
        QVERIFY(!*leases.take(e, u"desk-b"_s, m_t0.addSecs(30), 60000));
        QCOMPARE(leases.currentHolder(e)->value_or(QString()), u"desk-a"_s);
        QVERIFY(*leases.take(e, u"desk-a"_s, m_t0.addSecs(30), 60000)); // renewing is fine
        // desk-a died: after expiry desk-b takes over.
        QVERIFY(*leases.take(e, u"desk-b"_s, m_t0.addSecs(91), 60000));
        QCOMPARE(leases.currentHolder(e)->value_or(QString()), u"desk-b"_s);
        QVERIFY(leases.release({e}, u"desk-a"_s).ok()); // not its lease: nothing happens
        QCOMPARE(leases.currentHolder(e)->value_or(QString()), u"desk-b"_s);
        QVERIFY(leases.release({e}, u"desk-b"_s).ok());
        QVERIFY(!leases.currentHolder(e)->has_value());
        QVERIFY(*leases.take(e, u"desk-a"_s, m_t0, 60000));
    }

    // Two connections racing for one lease: exactly one wins, every time.
    void racingTakersOneWins()
    {
        qint64 e = 0;
        auto db = open(e);
        for (int round = 0; round < 10; ++round) {
            std::atomic<int> wins{0};
            const QDateTime at = m_t0.addSecs(3600 * (round + 1));
            auto taker = [&](const QString &holder) {
                auto own = db->openAnother();
                if (!own)
                    return;
                for (int attempt = 0; attempt < 50; ++attempt) {
                    Result<bool> taken = storage::MonitorLeases(*own).take(e, holder, at, 60000);
                    if (taken.ok()) {
                        wins += *taken ? 1 : 0;
                        return;
                    }
                    QThread::msleep(5); // SQLite busy: try again
                }
            };
            QFuture<void> a = QtConcurrent::run(taker, u"a%1"_s.arg(round));
            QFuture<void> b = QtConcurrent::run(taker, u"b%1"_s.arg(round));
            a.waitForFinished();
            b.waitForFinished();
            QCOMPARE(wins.load(), 1);
        }
    }

    void runsAreRecorded()
    {
        qint64 e = 0;
        auto db = open(e);
        storage::MonitorRuns runs(db);
        QVERIFY(!runs.latest()->has_value());
        storage::MonitorRun run;
        run.id = *runs.start(u"desk"_s, m_t0);
        run.finishedAt = m_t0.addSecs(5);
        run.engagements = 3;
        run.opened = 2;
        run.summary = {{u"skipped"_s, 1}};
        QVERIFY(runs.finish(run).ok());
        const storage::MonitorRun latest = **runs.latest();
        QCOMPARE(latest.holder, u"desk"_s);
        QCOMPARE(latest.finishedAt, m_t0.addSecs(5));
        QCOMPARE(latest.opened, 2);
        QCOMPARE(latest.summary.value(u"skipped"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFindingsStorage)
#include "test_findings_storage.moc"

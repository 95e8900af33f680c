// The portfolio: one row per engagement read with a handful of queries, agreeing with the
// per-engagement RolloutService; what needs attention (PortfolioAttention); sort, filter; the CLI.
#include "TestEnv.h"
#include "portfolio/PortfolioLab.h"
#include "services/Portfolio.h"
#include "services/PortfolioAttention.h"
#include "services/RolloutService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

static QStringList keys(const QList<AttentionReason> &reasons)
{
    QStringList out;
    for (const AttentionReason &reason : reasons)
        out << reason.key;
    return out;
}

class TestPortfolio : public QObject
{
    Q_OBJECT

    test::PortfolioLab m_lab;

    PortfolioSnapshot load(bool archived = false)
    {
        PortfolioOptions options;
        options.includeArchived = archived;
        Result<PortfolioSnapshot> snapshot = Portfolio(m_lab.context).load(options);
        if (!snapshot)
            qWarning("%s", qPrintable(snapshot.error().describe()));
        return snapshot ? *snapshot : PortfolioSnapshot{};
    }

    static const PortfolioRow *row(const PortfolioSnapshot &snapshot, qint64 id)
    {
        for (const PortfolioRow &r : snapshot.rows)
            if (r.engagementId == id)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString built = m_lab.build();
        QVERIFY2(built.isEmpty(), qPrintable(built));
    }

    void oneRowPerEngagementNotArchived()
    {
        const PortfolioSnapshot snapshot = load();
        QCOMPARE(snapshot.rows.size(), 3);
        QVERIFY(!row(snapshot, m_lab.archived));
        QCOMPARE(load(true).rows.size(), 4);
        QCOMPARE(snapshot.lastMonitorRun, QDateTime(QDate(2026, 3, 16), QTime(6, 1), Qt::UTC));
    }

    // The set-based readiness is RolloutRules over the same rows RolloutService reads one by one.
    void readinessAgreesWithTheRolloutService()
    {
        const PortfolioSnapshot snapshot = load(true);
        RolloutService rollout(m_lab.context);
        for (const PortfolioRow &r : snapshot.rows) {
            Result<RolloutStatus> status = rollout.status(r.engagementId);
            QVERIFY(status.ok());
            QCOMPARE(r.phase, status->phase);
            QCOMPARE(r.phaseSince, status->phaseSince);
            if (r.phase != RolloutPhase::Testing)
                continue;
            QCOMPARE(r.testingDay, status->readiness.daysInTesting);
            QCOMPARE(r.cleanStreak, status->readiness.cleanStreak);
            QCOMPARE(r.ready, status->readiness.ready);
            QCOMPARE(r.flagged, status->readiness.flagged);
            if (!r.ready)
                QCOMPARE(r.blockedReason, status->readiness.blockingReasons.first());
            Result<QList<MajorSenderScope>> scope = rollout.senderScope(r.engagementId);
            QVERIFY(scope.ok());
            QCOMPARE(r.majorSenders.size(), scope->size());
            for (int i = 0; i < scope->size(); ++i)
                QCOMPARE(r.majorSenders[i].lastReport, scope->at(i).lastReport);
        }
    }

    void readyEngagement()
    {
        const PortfolioSnapshot snapshot = load();
        const PortfolioRow *ready = row(snapshot, m_lab.ready);
        QVERIFY(ready);
        QCOMPARE(ready->phase, RolloutPhase::Testing);
        QVERIFY(ready->ready);
        QCOMPARE(ready->testingDay, 15);
        QCOMPARE(ready->cleanStreak, 15);
        QCOMPARE(ready->majorSenders.size(), 3);
        QCOMPARE(ready->majorSenders[1].lastReport, QDate(2026, 3, 15));
        QCOMPARE(ready->recentFailureRate().value_or(-1), 0.0);
        QVERIFY(ready->attention.isEmpty());
    }

    void blockedEngagementNeedsAttention()
    {
        const PortfolioSnapshot snapshot = load();
        const PortfolioRow *blocked = row(snapshot, m_lab.blocked);
        QVERIFY(blocked);
        QVERIFY(!blocked->ready);
        QVERIFY(blocked->flagged);
        QCOMPARE(blocked->testingDay, 55);
        QVERIFY(!blocked->majorSenders[1].lastReport.isValid()); // Microsoft never reported
        QCOMPARE(blocked->majorSenders[2].lastReport, QDate(2026, 3, 5));
        QCOMPARE(keys(blocked->attention), (QStringList{u"blocked"_s, u"missing-reports"_s}));
        QVERIFY2(blocked->attention[1].text.contains(u"Microsoft, Yahoo"_s),
                 qPrintable(blocked->attention[1].text));
    }

    void enforcedEngagementShowsFindingsDriftAndCertificate()
    {
        const PortfolioSnapshot snapshot = load();
        const PortfolioRow *enforced = row(snapshot, m_lab.enforced);
        QVERIFY(enforced);
        QCOMPARE(enforced->phase, RolloutPhase::Enforce);
        QCOMPARE(enforced->testingDay, 0);
        QCOMPARE(enforced->driftFlags, QStringList{u"drift.mx-set"_s});
        QCOMPARE(enforced->openWarnings, 1);
        QCOMPARE(enforced->openInfo, 1);     // the acknowledged one still counts as unresolved
        QCOMPARE(enforced->openCritical, 0); // resolved
        // The newest probe of the MX (28 March), not its older certificate; sooner than HTTPS.
        QCOMPARE(enforced->certificateHost, u"mx1.enforced.example"_s);
        QCOMPARE(enforced->certificateDaysLeft, 12);
        QCOMPARE(enforced->recentFailureRate().value_or(-1), 0.2);
        QCOMPARE(enforced->baselineFailureRate().value_or(-1), 0.0);
        QCOMPARE(keys(enforced->attention),
                 (QStringList{u"finding"_s, u"failure-jump"_s, u"certificate"_s}));
    }

    void attentionRules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing") << 0 << QStringList{};
        QTest::newRow("warning finding") << 1 << QStringList{u"finding"_s};
        QTest::newRow("info finding only") << 2 << QStringList{};
        QTest::newRow("day 30 blocked is not yet late") << 3 << QStringList{};
        QTest::newRow("day 31 blocked") << 4 << QStringList{u"blocked"_s};
        QTest::newRow("tripled failure rate") << 5 << QStringList{u"failure-jump"_s};
        QTest::newRow("tripled but tiny") << 6 << QStringList{};
        QTest::newRow("3 silent days") << 7 << QStringList{};
        QTest::newRow("4 silent days") << 8 << QStringList{u"missing-reports"_s};
        QTest::newRow("excluded silent sender") << 9 << QStringList{};
        QTest::newRow("certificate 30 days") << 10 << QStringList{u"certificate"_s};
        QTest::newRow("certificate 31 days") << 11 << QStringList{};
    }

    void attentionRules()
    {
        QFETCH(int, rule);
        QFETCH(QStringList, expected);
        const QDateTime now(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
        PortfolioRow r;
        r.phase = RolloutPhase::Enforce;
        r.phaseSince = now.addDays(-100);
        r.majorSenders << PortfolioSender{u"Google"_s, QDate(2026, 3, 15), false};
        storage::Finding finding;
        finding.engagementId = 1;
        finding.kind = u"drift.tlsa"_s;
        finding.firstSeen = now;
        switch (rule) {
        case 1:
            r.findings << finding;
            break;
        case 2:
            finding.severity = storage::Finding::Severity::Info;
            r.findings << finding;
            break;
        case 3:
        case 4:
            r.phase = RolloutPhase::Testing;
            r.testingDay = rule == 3 ? 30 : 31;
            r.blockedReason = u"why"_s;
            break;
        case 5:
        case 6:
            r.sessions = rule == 5 ? storage::PortfolioSessions{970, 30, 9900, 100}
                                   : storage::PortfolioSessions{99970, 30, 999900, 100};
            break;
        case 7:
        case 8:
        case 9:
            r.majorSenders[0].lastReport = QDate(2026, 3, rule == 7 ? 13 : 12);
            r.majorSenders[0].excluded = rule == 9;
            break;
        case 10:
        case 11:
            r.certificateNotAfter = now.addDays(rule == 10 ? 30 : 31);
            r.certificateDaysLeft = rule == 10 ? 30 : 31;
            r.certificateHost = u"mx.example"_s;
            break;
        default:
            break;
        }
        QCOMPARE(keys(PortfolioAttention::reasons(r, now)), expected);
    }

    void sortAndFilter()
    {
        PortfolioSnapshot snapshot = load();
        QVERIFY(Portfolio::sort(snapshot.rows, u"attention"_s).ok());
        QCOMPARE(snapshot.rows.first().engagementId, m_lab.enforced);
        QVERIFY(Portfolio::sort(snapshot.rows, u"testing-day"_s).ok());
        QCOMPARE(snapshot.rows.first().engagementId, m_lab.blocked);
        QVERIFY(Portfolio::sort(snapshot.rows, u"customer"_s).ok());
        QCOMPARE(snapshot.rows.first().customer, u"Blocked GmbH"_s);
        QCOMPARE(Portfolio::sort(snapshot.rows, u"colour"_s).error().code, u"portfolio.sort"_s);

        PortfolioFilter filter;
        filter.attentionOnly = true;
        int shown = 0;
        for (const PortfolioRow &r : snapshot.rows)
            shown += filter.accepts(r) ? 1 : 0;
        QCOMPARE(shown, 2);
        filter = {};
        filter.text = u"READY.ex"_s;
        QVERIFY(filter.accepts(*row(snapshot, m_lab.ready)));
        QVERIFY(!filter.accepts(*row(snapshot, m_lab.blocked)));
        filter = {};
        filter.mineOnly = true;
        filter.me = u"carol"_s;
        PortfolioRow mine = *row(snapshot, m_lab.ready);
        QVERIFY(!filter.accepts(mine));
        mine.assignee = u"Carol"_s;
        QVERIFY(filter.accepts(mine));
    }

    // The CLI runs on the system clock, so only what does not depend on the day is compared.
    void cliPrintsTheTableAndStableJson()
    {
        auto cli = [this](const QStringList &args) {
            return test::runTool(test::cliPath(),
                                 QStringList{u"portfolio"_s, u"--database"_s, m_lab.databaseUrl()} +
                                     args);
        };
        test::ToolRun run = cli({u"--json"_s, u"--sort"_s, u"findings"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonArray rows = json.value(u"engagements"_s).toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.value(u"id"_s).toInteger(), m_lab.enforced);
        for (const QString &key :
             {u"customer"_s, u"domain"_s, u"phase"_s, u"testingDay"_s, u"cleanStreak"_s, u"ready"_s,
              u"blockedReason"_s, u"majorSenders"_s, u"failureRate"_s, u"certificate"_s, u"drift"_s,
              u"findings"_s, u"attention"_s, u"assignee"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QCOMPARE(first.value(u"certificate"_s).toObject().value(u"host"_s).toString(),
                 u"mx1.enforced.example"_s);
        QCOMPARE(first.value(u"findings"_s).toObject().value(u"warning"_s).toInt(), 1);
        QCOMPARE(first.value(u"drift"_s).toArray().first().toString(), u"drift.mx-set"_s);
        QCOMPARE(json.value(u"lastMonitorRun"_s).toString(), u"2026-03-16T06:01:00.000Z"_s);

        run = cli({u"--archived"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString table = QString::fromUtf8(run.out);
        for (const QString &customer :
             {u"Ready AG"_s, u"Blocked GmbH"_s, u"Enforced SA"_s, u"Archived Ltd"_s})
            QVERIFY2(table.contains(customer), qPrintable(table));
        QVERIFY2(table.contains(u"MX changed"_s), qPrintable(table));

        run = cli({u"--mine"_s, u"--json"_s}); // nobody is assigned yet (migration 0018)
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"engagements"_s).toArray().size(),
                 0);

        QCOMPARE(cli({u"--sort"_s, u"nonsense"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "test_portfolio.moc"

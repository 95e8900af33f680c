// The rollout's events as the log stores them: one codec writes and reads the payloads, the kinds
// stay the strings workspaces already hold, and an entry this version cannot read changes nothing.
#include "engagement/EventKinds.h"
#include "engagement/RolloutEvents.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

const QDateTime kAt(QDate(2026, 4, 2), QTime(8, 30), Qt::UTC);

} // namespace

class TestRolloutEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsAreTheStoredStrings()
    {
        // Workspaces hold these; renaming one would lose every rollout recorded so far.
        QCOMPARE(QString(events::kRolloutPhase), u"rollout.phase"_s);
        QCOMPARE(QString(events::kRolloutAcknowledged), u"rollout.acknowledged"_s);
        QCOMPARE(QString(events::kDiscoveryCompleted), u"discovery.completed"_s);
        QCOMPARE(QString(events::kCsrCreated), u"tls.csr-created"_s);
        QCOMPARE(QString(events::kEngagementCreated), u"engagement.created"_s);
    }

    void phaseChangeRoundTrip()
    {
        PhaseChange change;
        change.from = RolloutPhase::Testing;
        change.to = RolloutPhase::Enforce;
        change.policyId = u"20260402083000"_s;
        change.reason = u"clean for 9 days"_s;
        const EncodedRolloutEvent encoded = encodeRolloutEvent(change);
        QCOMPARE(encoded.kind, u"rollout.phase"_s);
        const std::optional<RolloutEvent> decoded =
            decodeRolloutEvent(encoded.kind, kAt, u"anna"_s, encoded.payload);
        QVERIFY(decoded);
        const auto *back = std::get_if<PhaseChange>(&*decoded);
        QVERIFY(back);
        QCOMPARE(back->at, kAt);
        QCOMPARE(back->actor, u"anna"_s);
        QCOMPARE(back->from, RolloutPhase::Testing);
        QCOMPARE(back->to, RolloutPhase::Enforce);
        QCOMPARE(back->policyId, change.policyId);
        QCOMPARE(back->reason, change.reason);
    }

    void acknowledgementRoundTrip()
    {
        const Acknowledgement ack{QDate(2026, 3, 30),
                                  u"Google"_s,
                                  u"starttls-not-supported"_s,
                                  QString(),
                                  u"stripped in their network"_s,
                                  QDateTime()};
        const EncodedRolloutEvent encoded = encodeRolloutEvent(ack);
        QCOMPARE(encoded.kind, u"rollout.acknowledged"_s);
        const std::optional<RolloutEvent> decoded =
            decodeRolloutEvent(encoded.kind, kAt, u"anna"_s, encoded.payload);
        QVERIFY(decoded);
        const auto *back = std::get_if<Acknowledgement>(&*decoded);
        QVERIFY(back);
        QCOMPARE(back->day, ack.day);
        QCOMPARE(back->sender, ack.sender);
        QCOMPARE(back->resultType, ack.resultType);
        QCOMPARE(back->why, ack.why);
        QCOMPARE(back->who, u"anna"_s); // the log's actor column
        QCOMPARE(back->at, kAt);
    }

    // Excluding a sender and including it again: both are logged, the latest word counts.
    void senderScopeRoundTripsAndFolds()
    {
        QList<SenderExclusion> excluded;
        for (const bool exclude : {true, false, true}) {
            const SenderScopeChange change{u"Yahoo"_s, exclude, QString(),
                                           exclude ? u"no Yahoo mail in the logs"_s : QString(),
                                           QDateTime()};
            const EncodedRolloutEvent encoded = encodeRolloutEvent(change);
            QCOMPARE(encoded.kind,
                     exclude ? u"rollout.sender-excluded"_s : u"rollout.sender-included"_s);
            const auto decoded = decodeRolloutEvent(encoded.kind, kAt, u"anna"_s, encoded.payload);
            QVERIFY(decoded);
            const auto *back = std::get_if<SenderScopeChange>(&*decoded);
            QVERIFY(back);
            QCOMPARE(back->excluded, exclude);
            QCOMPARE(back->who, u"anna"_s);
            applySenderScope(excluded, *back);
            QCOMPARE(excluded.size(), exclude ? 1 : 0);
        }
        QCOMPARE(excluded.first().sender, u"Yahoo"_s);
        QCOMPARE(excluded.first().why, u"no Yahoo mail in the logs"_s);
        QCOMPARE(excluded.first().at, kAt);
        QVERIFY(!decodeRolloutEvent(u"rollout.sender-excluded"_s, kAt, QString(),
                                    {{u"sender"_s, u" "_s}}));
    }

    void readsWhatEarlierVersionsStored()
    {
        // The payloads exactly as RolloutService wrote them before the codec existed.
        const auto phase = decodeRolloutEvent(u"rollout.phase"_s, kAt, u"stsdesk-cli (eve)"_s,
                                              QJsonObject{{u"from"_s, u"prepared"_s},
                                                          {u"to"_s, u"testing"_s},
                                                          {u"policyId"_s, u"20260101000000"_s},
                                                          {u"reason"_s, QString()}});
        QVERIFY(phase);
        QCOMPARE(std::get<PhaseChange>(*phase).to, RolloutPhase::Testing);
        QCOMPARE(std::get<PhaseChange>(*phase).from, RolloutPhase::Prepared);
        const auto ack = decodeRolloutEvent(u"rollout.acknowledged"_s, kAt, u"eve"_s,
                                            QJsonObject{{u"day"_s, u"2026-01-05"_s},
                                                        {u"sender"_s, u"Microsoft"_s},
                                                        {u"resultType"_s, QString()},
                                                        {u"why"_s, u"their relay"_s}});
        QVERIFY(ack);
        QCOMPARE(std::get<Acknowledgement>(*ack).day, QDate(2026, 1, 5));
        QVERIFY(std::get<Acknowledgement>(*ack).resultType.isEmpty());
    }

    void unreadableEntriesChangeNothing()
    {
        // A phase this version does not know (a later version, a damaged row) is no phase change:
        // the status read it as a change to Discovery while the timeline skipped it.
        QVERIFY(!decodeRolloutEvent(u"rollout.phase"_s, kAt, QString(),
                                    {{u"from"_s, u"testing"_s}, {u"to"_s, u"paused"_s}}));
        QVERIFY(!decodeRolloutEvent(u"rollout.phase"_s, kAt, QString(), {}));
        // An unknown origin is only for the record: the change still counts.
        const auto fromUnknown = decodeRolloutEvent(
            u"rollout.phase"_s, kAt, QString(), {{u"from"_s, u"??"_s}, {u"to"_s, u"enforce"_s}});
        QVERIFY(fromUnknown);
        QCOMPARE(std::get<PhaseChange>(*fromUnknown).from, RolloutPhase::Discovery);
        // An acknowledgement must name a day and a sender.
        QVERIFY(!decodeRolloutEvent(u"rollout.acknowledged"_s, kAt, QString(),
                                    {{u"day"_s, u"yesterday"_s}, {u"sender"_s, u"Google"_s}}));
        QVERIFY(!decodeRolloutEvent(u"rollout.acknowledged"_s, kAt, QString(),
                                    {{u"day"_s, u"2026-01-05"_s}, {u"sender"_s, u"  "_s}}));
        // Other kinds are not rollout events.
        QVERIFY(!decodeRolloutEvent(u"discovery.completed"_s, kAt, QString(), {}));
        QVERIFY(!decodeRolloutEvent(u"engagement.created"_s, kAt, QString(), {}));
    }
};

QTEST_GUILESS_MAIN(TestRolloutEvents)
#include "test_rollout_events.moc"

// The rollout rules, table-driven: each row is a story of report days told by hand, with the
// verdict a consultant would reach by reading the spec notes.
#include "engagement/RolloutRules.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

const QStringList kMajors{u"Google"_s, u"Microsoft"_s, u"Yahoo"_s};

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(d(month, day), QTime(hour, 0), QTimeZone::utc());
}

// Every major sender reports zero failures on every day from..to.
QList<DayObservation> cleanDays(const QDate &from, const QDate &to,
                                const QStringList &senders = kMajors)
{
    QList<DayObservation> list;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const QString &sender : senders)
            list << DayObservation{day, sender, 1000, 0, {}, PolicySeen::Live};
    }
    return list;
}

void setFailure(QList<DayObservation> &list, const QDate &day, const QString &sender, qint64 failed,
                QMap<QString, qint64> byType = {})
{
    for (DayObservation &o : list) {
        if (o.day == day && o.sender == sender) {
            o.failedSessions = failed;
            o.failuresByResultType = byType;
            return;
        }
    }
    list << DayObservation{day, sender, 10, failed, byType, PolicySeen::Live};
}

// What `sender` saw of the policy on the days from..to.
void setSeen(QList<DayObservation> &list, const QDate &from, const QDate &to, const QString &sender,
             PolicySeen seen)
{
    for (DayObservation &o : list) {
        if (o.day >= from && o.day <= to && o.sender == sender)
            o.policySeen = seen;
    }
}

void removeSender(QList<DayObservation> &list, const QDate &day, const QString &sender)
{
    list.removeIf([&](const DayObservation &o) { return o.day == day && o.sender == sender; });
}

} // namespace

Q_DECLARE_METATYPE(QList<sts::DayObservation>)
Q_DECLARE_METATYPE(QList<sts::Acknowledgement>)

class TestRolloutRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readiness_data()
    {
        QTest::addColumn<QList<DayObservation>>("observations");
        QTest::addColumn<QList<Acknowledgement>>("acks");
        QTest::addColumn<QDateTime>("testingSince");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QDate>("readySince");
        QTest::addColumn<int>("cleanStreak");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("reasonContains");

        // Published 1 March; 14 full days later (15 March) the week 8–14 March is clean.
        const QList<DayObservation> allClean = cleanDays(d(3, 1), d(3, 31));
        QTest::newRow("clean, day 15") << allClean << QList<Acknowledgement>{} << at(3, 1, 0)
                                       << at(3, 16) << true << d(3, 15) << 15 << false << QString();
        QTest::newRow("clean but only 13 days")
            << allClean << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 14) << false << QDate()
            << 13 << false << u"13 of at least 14"_s;
        QTest::newRow("exactly 14 days")
            << allClean << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 15, 0) << true
            << d(3, 15) << 14 << false << QString();

        QList<DayObservation> failing = allClean;
        setFailure(failing, d(3, 12), u"Microsoft"_s, 3);
        QTest::newRow("failure inside the week")
            << failing << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 16) << false << QDate()
            << 3 << false << u"Microsoft (3)"_s;
        // The window 13–19 March no longer contains the 12th: ready from the 20th.
        QTest::newRow("failure ages out")
            << failing << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 21) << true << d(3, 20)
            << 8 << false << QString();

        const Acknowledgement ackAll{d(3, 12),
                                     u"microsoft"_s,
                                     QString(),
                                     u"Anna"_s,
                                     u"STARTTLS stripped by the sender's proxy"_s,
                                     at(3, 13)};
        QTest::newRow("acknowledged failure")
            << failing << QList<Acknowledgement>{ackAll} << at(3, 1, 0) << at(3, 16) << true
            << d(3, 15) << 15 << false << QString();

        QList<DayObservation> twoTypes = allClean;
        setFailure(twoTypes, d(3, 12), u"Google"_s, 5,
                   {{u"starttls-not-supported"_s, 3}, {u"certificate-expired"_s, 2}});
        const Acknowledgement ackOneType{d(3, 12),  u"Google"_s,      u"starttls-not-supported"_s,
                                         u"Anna"_s, u"sender-side"_s, at(3, 13)};
        QTest::newRow("acknowledging one type leaves the other")
            << twoTypes << QList<Acknowledgement>{ackOneType} << at(3, 1, 0) << at(3, 16) << false
            << QDate() << 3 << false << u"Google (2)"_s;

        QList<DayObservation> missing = allClean;
        removeSender(missing, d(3, 13), u"Yahoo"_s);
        QTest::newRow("a day without Yahoo is unknown")
            << missing << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 16) << false << QDate()
            << 2 << false << u"no report from Yahoo"_s;

        QList<DayObservation> minor = allClean;
        setFailure(minor, d(3, 14), u"Mail.ru"_s, 1);
        QTest::newRow("a minor sender's failure blocks too")
            << minor << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 16) << false << QDate()
            << 1 << false << u"Mail.ru (1)"_s;

        QList<DayObservation> lowercase =
            cleanDays(d(3, 1), d(3, 31), {u"google"_s, u"MICROSOFT"_s, u"Yahoo"_s});
        QTest::newRow("sender names compare case-insensitively")
            << lowercase << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 16) << true << d(3, 15)
            << 15 << false << QString();

        QList<DayObservation> stuck = cleanDays(d(2, 1), d(3, 10));
        setFailure(stuck, d(3, 3), u"Google"_s, 7);
        QTest::newRow("flagged after 30 days")
            << stuck << QList<Acknowledgement>{} << at(2, 1, 0) << at(3, 5) << false << QDate() << 1
            << true << u"limit is 30"_s;

        QTest::newRow("not in testing")
            << allClean << QList<Acknowledgement>{} << QDateTime() << at(3, 16) << false << QDate()
            << 0 << false << u"No testing policy"_s;
        QTest::newRow("no reports at all")
            << QList<DayObservation>{} << QList<Acknowledgement>{} << at(3, 1, 0) << at(3, 20)
            << false << QDate() << 0 << false << u"no report from Google, Microsoft, Yahoo"_s;
    }

    void readiness()
    {
        QFETCH(QList<DayObservation>, observations);
        QFETCH(QList<Acknowledgement>, acks);
        QFETCH(QDateTime, testingSince);
        QFETCH(QDateTime, now);
        QFETCH(bool, ready);
        QFETCH(QDate, readySince);
        QFETCH(int, cleanStreak);
        QFETCH(bool, flagged);
        QFETCH(QString, reasonContains);

        const Readiness r =
            RolloutRules::evaluate(observations, kMajors, acks, {}, testingSince, now);
        const QString reasons = r.blockingReasons.join(u"\n"_s);
        QCOMPARE(r.ready, ready);
        QCOMPARE(r.readySince, readySince);
        QCOMPARE(r.cleanStreak, cleanStreak);
        QCOMPARE(r.flagged, flagged);
        if (ready)
            QVERIFY2(r.blockingReasons.isEmpty(), qPrintable(reasons));
        else
            QVERIFY2(reasons.contains(reasonContains), qPrintable(reasons));
    }

    void classifyNamesEachDay()
    {
        QList<DayObservation> list = cleanDays(d(3, 1), d(3, 3));
        setFailure(list, d(3, 2), u"Google"_s, 4);
        removeSender(list, d(3, 3), u"Microsoft"_s);
        const QList<DayVerdict> verdicts =
            RolloutRules::classify(list, kMajors, {}, {}, d(3, 1), d(3, 4));
        QCOMPARE(verdicts.size(), 4);
        QCOMPARE(verdicts[0].state, DayState::Clean);
        QCOMPARE(verdicts[1].state, DayState::Failing);
        QCOMPARE(verdicts[1].failuresBySender.value(u"Google"_s), 4);
        QCOMPARE(verdicts[2].state, DayState::Unknown);
        QCOMPARE(verdicts[2].missingSenders, QStringList{u"Microsoft"_s});
        QCOMPARE(verdicts[3].state, DayState::Unknown);
        QCOMPARE(verdicts[3].missingSenders, kMajors);
    }

    void failingWinsOverUnknown()
    {
        QList<DayObservation> list{{d(3, 1), u"Google"_s, 5, 2, {}, PolicySeen::Live}};
        const QList<DayVerdict> verdicts =
            RolloutRules::classify(list, kMajors, {}, {}, d(3, 1), d(3, 1));
        QCOMPARE(verdicts.first().state, DayState::Failing);
        QCOMPARE(verdicts.first().missingSenders, (QStringList{u"Microsoft"_s, u"Yahoo"_s}));
    }

    // Google's reports of 10–12 March say "no-policy-found" (or only TLSA results): it never
    // applied the testing policy on those days, so they are no evidence, like missing reports.
    void noPolicyFoundDaysAreNotClean()
    {
        QList<DayObservation> list = cleanDays(d(3, 1), d(3, 31));
        setSeen(list, d(3, 10), d(3, 12), u"Google"_s, PolicySeen::None);
        const Readiness r = RolloutRules::evaluate(list, kMajors, {}, {}, at(3, 1, 0), at(3, 16));
        const QString reasons = r.blockingReasons.join(u"\n"_s);
        QVERIFY(!r.ready);
        QCOMPARE(r.cleanStreak, 3);
        QVERIFY2(reasons.contains(u"Google saw no MTA-STS policy on 3 of the last 7 day"_s),
                 qPrintable(reasons));
        QVERIFY2(!reasons.contains(u"no report from"_s), qPrintable(reasons));

        const QList<DayVerdict> days =
            RolloutRules::classify(list, kMajors, {}, {}, d(3, 10), d(3, 10));
        QCOMPARE(days.first().state, DayState::Unknown);
        QCOMPARE(days.first().sendersWithoutPolicy, QStringList{u"Google"_s});
        QVERIFY(days.first().missingSenders.isEmpty());
        QVERIFY(days.first().sendersWithOtherPolicy.isEmpty());
    }

    // Microsoft still applied another policy (an older version) on 14 March.
    void stalePolicyDaysAreNotClean()
    {
        QList<DayObservation> list = cleanDays(d(3, 1), d(3, 31));
        setSeen(list, d(3, 14), d(3, 14), u"Microsoft"_s, PolicySeen::Other);
        const Readiness r = RolloutRules::evaluate(list, kMajors, {}, {}, at(3, 1, 0), at(3, 16));
        const QString reasons = r.blockingReasons.join(u"\n"_s);
        QVERIFY(!r.ready);
        QCOMPARE(r.cleanStreak, 1);
        QVERIFY2(reasons.contains(u"Microsoft applied another MTA-STS policy than the live one on "
                                  "1 of the last 7 day"_s),
                 qPrintable(reasons));
        const QList<DayVerdict> days =
            RolloutRules::classify(list, kMajors, {}, {}, d(3, 14), d(3, 14));
        QCOMPARE(days.first().state, DayState::Unknown);
        QCOMPARE(days.first().sendersWithOtherPolicy, QStringList{u"Microsoft"_s});
    }

    // One report for the live policy is evidence, whatever else the sender sent that day; and a
    // failure is a failure whatever policy the sender applied.
    void liveEvidenceWinsAndFailuresAlwaysCount()
    {
        QList<DayObservation> list = cleanDays(d(3, 1), d(3, 1));
        list << DayObservation{d(3, 1), u"Yahoo"_s, 5, 0, {}, PolicySeen::None};
        list << DayObservation{d(3, 1), u"Google"_s, 0, 2, {}, PolicySeen::Other};
        const QList<DayVerdict> days =
            RolloutRules::classify(list, kMajors, {}, {}, d(3, 1), d(3, 1));
        QCOMPARE(days.first().state, DayState::Failing);
        QCOMPARE(days.first().failuresBySender.value(u"Google"_s), 2);
        QVERIFY(days.first().sendersWithoutPolicy.isEmpty());
        QVERIFY(days.first().sendersWithOtherPolicy.isEmpty());
    }

    // Yahoo never reports: the consultant found it does not send to this customer.
    void excludedSenderDoesNotBlock()
    {
        const QList<DayObservation> list =
            cleanDays(d(3, 1), d(3, 31), {u"Google"_s, u"Microsoft"_s});
        const Readiness blocked =
            RolloutRules::evaluate(list, kMajors, {}, {}, at(3, 1, 0), at(3, 16));
        QVERIFY(!blocked.ready);
        QVERIFY(blocked.blockingReasons.join(u"\n"_s).contains(u"no report from Yahoo"_s));

        const QList<SenderExclusion> yahoo{
            {u"yahoo"_s, u"Anna"_s, u"The customer's MX logs show no Yahoo mail"_s, at(3, 2)}};
        const Readiness r =
            RolloutRules::evaluate(list, kMajors, {}, yahoo, at(3, 1, 0), at(3, 16));
        QVERIFY2(r.ready, qPrintable(r.blockingReasons.join(u"\n"_s)));
        QCOMPARE(r.readySince, d(3, 15));
        const QList<DayVerdict> days =
            RolloutRules::classify(list, kMajors, {}, yahoo, d(3, 1), d(3, 1));
        QCOMPARE(days.first().state, DayState::Clean);
        QVERIFY(days.first().missingSenders.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRolloutRules)
#include "test_rollout_rules.moc"

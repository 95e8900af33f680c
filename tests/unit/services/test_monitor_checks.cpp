// The monitor's pure checks (services/MonitorChecks) and their words (services/FindingText):
// the failure-rate jump against its baseline, readiness, the MX set against the stored scan and
// the live policy, the served policy against the TXT id. Certificates and leases are tested
// against the labs (tests/integration/monitor).
#include "services/FindingText.h"
#include "services/MonitorChecks.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::services;
using storage::Finding;

class TestMonitorChecks : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 12, 7};

    static DayObservation day(const QDate &d, qint64 ok, qint64 failed)
    {
        DayObservation o;
        o.day = d;
        o.sender = u"Google"_s;
        o.successfulSessions = ok;
        o.failedSessions = failed;
        return o;
    }
    QList<DayObservation> baseline(double rate) const
    {
        QList<DayObservation> days;
        for (int i = 2; i <= 15; ++i)
            days << day(m_today.addDays(-i), qint64(1000 * (1 - rate)), qint64(1000 * rate));
        return days;
    }
    static dns::DiscoveryReport withHosts(const QStringList &hosts, const QString &stsId = {})
    {
        dns::DiscoveryReport report;
        report.domain = u"example.com"_s;
        report.stsId = stsId;
        for (const QString &h : hosts) {
            dns::MxHostReport host;
            host.name = h;
            report.hosts << host;
        }
        return report;
    }
    static storage::StoredPolicyVersion live(mtasts::PolicyMode mode, const QString &pattern,
                                             const QString &id, const QByteArray &body)
    {
        storage::StoredPolicyVersion v;
        v.version.id = id;
        v.version.policy.mode = mode;
        v.version.policy.mx = {*mtasts::MxPattern::parse(pattern)};
        v.body = body;
        v.publishedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        return v;
    }

private Q_SLOTS:
    void failureJumpAgainstTheBaseline()
    {
        QList<DayObservation> days = baseline(0.01);
        days << day(m_today.addDays(-1), 950, 50); // 5 % against 1 %
        CheckOutcome out = checkFailureJump(days, m_today);
        QCOMPARE(out.coveredKinds, QStringList{u"reports.failure-jump"_s});
        QCOMPARE(out.present.size(), 1);
        QCOMPARE(out.present.first().details.value(u"sessions"_s).toInteger(), 1000);
        QVERIFY(findingText(out.present.first()).contains(u"5.0 %"_s));

        days.removeLast();
        days << day(m_today.addDays(-1), 980, 20); // 2 %: below 3 × 1 %
        QVERIFY(checkFailureJump(days, m_today).present.isEmpty());

        days.removeLast();
        days << day(m_today.addDays(-1), 40, 40); // 50 %, but 80 sessions say nothing
        QVERIFY(checkFailureJump(days, m_today).present.isEmpty());

        // A clean baseline: 3 × 0 is 0, so the minimum rate decides.
        QList<DayObservation> clean = baseline(0.0);
        clean << day(m_today.addDays(-1), 995, 5); // 0.5 %
        QVERIFY(checkFailureJump(clean, m_today).present.isEmpty());
        clean.removeLast();
        clean << day(m_today.addDays(-1), 900, 100);
        QCOMPARE(checkFailureJump(clean, m_today).present.size(), 1);
    }

    void readinessIsAnInfoFinding()
    {
        Readiness r;
        r.ready = true;
        r.cleanStreak = 7;
        r.daysInTesting = 15;
        CheckOutcome ready = checkReadiness(true, r, u"20261120000000"_s);
        QCOMPARE(ready.present.size(), 1);
        QCOMPARE(ready.present.first().severity, Finding::Severity::Info);
        QCOMPARE(findingText(ready.present.first()),
                 u"Ready for enforce: 7 clean days in a row after 15 days of testing."_s);
        QVERIFY(checkReadiness(false, r, {}).present.isEmpty());
    }

    void mxSetChangeAgainstTheLivePolicy()
    {
        const auto stored = withHosts({u"mx1.example.com"_s});
        QVERIFY(checkMxSet(withHosts({u"mx1.example.com"_s}), stored, std::nullopt, {})
                    .present.isEmpty());
        const auto now = withHosts({u"mx1.example.com"_s, u"mx9.other.net"_s});
        const auto enforce =
            live(mtasts::PolicyMode::Enforce, u"*.example.com"_s, u"20261101000000"_s, "x");
        QCOMPARE(uncoveredHosts(now, enforce), QStringList{u"mx9.other.net"_s});
        // The record is out of date: running discovery again accepts the new set.
        CheckOutcome out = checkMxSet(now, stored, enforce, u"20261207000000"_s);
        QCOMPARE(out.present.size(), 1);
        QCOMPARE(out.present.first().severity, Finding::Severity::Warning);
        QVERIFY2(findingText(out.present.first()).contains(u"Run discovery again"_s),
                 qPrintable(findingText(out.present.first())));
        QVERIFY(checkMxSet(now, now, enforce, {}).present.isEmpty());
        // A change the live patterns still cover is worth knowing, no more.
        const auto wide =
            live(mtasts::PolicyMode::Enforce, u"*.example.com"_s, u"20261101000000"_s, "x");
        QCOMPARE(
            checkMxSet(withHosts({u"mx1.example.com"_s, u"mx2.example.com"_s}), stored, wide, {})
                .present.first()
                .severity,
            Finding::Severity::Info);
    }

    // Coverage is judged on every run, stored scan or not, and resolves only when a version
    // that covers the hosts is live.
    void mxHostsThePolicyDoesNotCover()
    {
        const auto now = withHosts({u"mx1.example.com"_s, u"mx9.other.net"_s});
        const auto enforce =
            live(mtasts::PolicyMode::Enforce, u"*.example.com"_s, u"20261101000000"_s, "x");
        CheckOutcome out = checkMxCoverage(now, enforce, u"20261207000000"_s);
        QCOMPARE(out.coveredKinds, QStringList{u"drift.mx-uncovered"_s});
        QCOMPARE(out.present.size(), 1);
        const Finding f = out.present.first();
        QCOMPARE(f.kind, u"drift.mx-uncovered"_s);
        QCOMPARE(f.severity, Finding::Severity::Critical); // enforce refuses mail to mx9
        QCOMPARE(f.details.value(u"draftPolicyId"_s).toString(), u"20261207000000"_s);
        const QString text = findingText(f);
        QVERIFY2(text.contains(u"does not cover mx9.other.net"_s) &&
                     text.contains(u"refuse to deliver"_s) &&
                     text.contains(u"Draft policy 20261207000000"_s),
                 qPrintable(text));
        const auto testing =
            live(mtasts::PolicyMode::Testing, u"*.example.com"_s, u"20261101000000"_s, "x");
        QCOMPARE(checkMxCoverage(now, testing, {}).present.first().severity,
                 Finding::Severity::Warning);
        auto both = live(mtasts::PolicyMode::Enforce, u"*.example.com"_s, u"20261208000000"_s, "y");
        both.version.policy.mx << *mtasts::MxPattern::parse(u"mx9.other.net"_s);
        QVERIFY(checkMxCoverage(now, both, {}).present.isEmpty()); // the new version is live
        QVERIFY(checkMxCoverage(withHosts({u"mx1.example.com"_s}), enforce, {}).present.isEmpty());
        QVERIFY(checkMxCoverage(now, std::nullopt, {}).present.isEmpty()); // nothing published
    }

    void servedPolicyAgainstTheTxtId()
    {
        const auto older = live(mtasts::PolicyMode::Testing, u"mx1.example.com"_s,
                                u"20261001000000"_s, "old body");
        auto current = live(mtasts::PolicyMode::Enforce, u"mx1.example.com"_s, u"20261101000000"_s,
                            "new body");
        const QList<storage::StoredPolicyVersion> versions{older, current};
        mtasts::FetchResult fetched;
        fetched.url = u"https://mta-sts.example.com/.well-known/mta-sts.txt"_s;
        fetched.body = "new body";
        QVERIFY(checkPolicy(withHosts({}, current.version.id), fetched, current, versions)
                    .present.isEmpty());
        // The TXT record still announces the old id.
        CheckOutcome stale =
            checkPolicy(withHosts({}, older.version.id), fetched, current, versions);
        QCOMPARE(stale.present.size(), 1);
        QCOMPARE(stale.present.first().kind, u"drift.txt-id"_s);
        QCOMPARE(stale.present.first().details.value(u"servedId"_s).toString(), current.version.id);
        // The host serves the old file.
        fetched.body = "old body";
        CheckOutcome oldFile =
            checkPolicy(withHosts({}, current.version.id), fetched, current, versions);
        QCOMPARE(oldFile.present.first().details.value(u"servedId"_s).toString(), older.version.id);
        QVERIFY(findingText(oldFile.present.first()).contains(u"serves version 20261001000000"_s));
        // Not fetchable under enforce: critical.
        fetched.error = Error{u"sts-webpki-invalid"_s, u"untrusted"_s};
        CheckOutcome down =
            checkPolicy(withHosts({}, current.version.id), fetched, current, versions);
        QCOMPARE(down.present.first().kind, u"policy.unfetchable"_s);
        QCOMPARE(down.present.first().severity, Finding::Severity::Critical);
        // Nothing live: nothing expected, both kinds covered (stale findings resolve).
        CheckOutcome none = checkPolicy(withHosts({}), fetched, std::nullopt, versions);
        QVERIFY(none.present.isEmpty());
        QCOMPARE(none.coveredKinds.size(), 2);
    }

    // The certificate's end as people read it; the details keep the ISO form for scripts.
    void certificateExpiryReadsAsADate()
    {
        Finding f;
        f.kind = u"cert.expiry.14"_s;
        f.subject = u"mx1.example.com"_s;
        f.details = {{u"daysLeft"_s, 12}, {u"notAfter"_s, u"2026-12-19T23:59:59Z"_s}};
        QVERIFY2(findingText(f).endsWith(u"(2026-12-19 23:59 UTC)."_s), qPrintable(findingText(f)));
        f.details[u"daysLeft"_s] = -1;
        QCOMPARE(findingText(f),
                 u"The certificate of mx1.example.com has expired (2026-12-19 23:59 UTC)."_s);
    }

    void unknownKindsReadAsTheirKind()
    {
        Finding f;
        f.kind = u"future.kind"_s;
        f.subject = u"x"_s;
        QCOMPARE(findingText(f), u"future.kind x"_s);
    }
};

QTEST_GUILESS_MAIN(TestMonitorChecks)
#include "test_monitor_checks.moc"

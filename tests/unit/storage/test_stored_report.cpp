// StoredReport::build(): the UTF-8 rows an import binds, built off the database thread.
#include "storage/StoredReport.h"
#include "util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sts;
using storage::StoredReport;

class TestStoredReport : public QObject
{
    Q_OBJECT

    static tlsrpt::Report sample()
    {
        tlsrpt::Report report;
        report.organizationName = u"Müller Mail GmbH"_s;
        report.sender = u"Müller Mail"_s;
        report.reportId = u"2026-11-28T00:00:00Z_example.com"_s;
        report.startDateTime = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
        report.endDateTime = QDateTime(QDate(2026, 11, 28), QTime(23, 59, 59, 250), Qt::UTC);
        report.contactInfo = u"tlsrpt@mueller.example"_s;
        report.warnings = {u"date without seconds"_s, u"a \"quoted\" word"_s};
        report.origin.path = u"/reports/r1.json"_s;

        tlsrpt::PolicyResult sts;
        sts.policyTypeName = u"sts"_s;
        sts.policyType = tlsrpt::PolicyType::Sts;
        sts.policyDomain = u"example.com"_s;
        sts.policyStrings = {u"version: STSv1"_s, u"mode: testing"_s};
        sts.mxHosts = {u"mx1.example.com"_s};
        sts.totalSuccessfulSessions = 120;
        sts.totalFailureSessions = 3;
        tlsrpt::FailureDetail failure;
        failure.resultTypeName = u"certificate-expired"_s;
        failure.resultType = tlsrpt::ResultType::CertificateExpired;
        failure.sendingMtaIp = u"192.0.2.1"_s;
        failure.receivingMxHostname = u"mx1.example.com"_s;
        failure.failedSessionCount = 3;
        failure.additionalInformation = u"Zertifikat abgelaufen – erneuern"_s;
        sts.failureDetails = {failure};

        tlsrpt::PolicyResult other;
        other.policyTypeName = u"no-policy-found"_s;
        other.policyType = tlsrpt::PolicyType::NoPolicyFound;
        other.policyDomain = u"elsewhere.test"_s;
        other.totalSuccessfulSessions = 7;
        report.policies = {sts, other};
        report.raw = "{}";
        return report;
    }

private Q_SLOTS:
    void textColumnsAreUtf8()
    {
        const StoredReport row = StoredReport::build(sample(), {});
        QCOMPARE(row.string(row.organization), u"Müller Mail GmbH"_s);
        QCOMPARE(row.view(row.sender), QByteArrayView("M\xc3\xbcller Mail"));
        QCOMPARE(row.string(row.reportId), u"2026-11-28T00:00:00Z_example.com"_s);
        QCOMPARE(row.string(row.startAt), u"2026-11-28T00:00:00.000Z"_s);
        QCOMPARE(row.string(row.endAt), u"2026-11-28T23:59:59.250Z"_s);
        QCOMPARE(row.string(row.day), u"2026-11-28"_s);
        QCOMPARE(row.string(row.contactInfo), u"tlsrpt@mueller.example"_s);
        QCOMPARE(row.string(row.origin), u"/reports/r1.json"_s);
        const StoredReport::Failure &f = row.policies.at(0).failures.at(0);
        QCOMPARE(row.string(f.resultType), u"certificate-expired"_s);
        QCOMPARE(row.string(f.additionalInformation), u"Zertifikat abgelaufen – erneuern"_s);
        QCOMPARE(f.failedSessions, 3);
        // Columns a report does not fill are empty text, never a missing value.
        QCOMPARE(row.view(f.receivingHelo).size(), 0);
    }

    void listsAreJsonArrays()
    {
        const StoredReport row = StoredReport::build(sample(), {});
        const auto array = [&row](StoredReport::Text t) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(row.view(t).toByteArray(), &error);
            return error.error == QJsonParseError::NoError && doc.isArray() ? doc.array()
                                                                            : QJsonArray{u"-"_s};
        };
        QCOMPARE(array(row.warnings),
                 (QJsonArray{u"date without seconds"_s, u"a \"quoted\" word"_s}));
        QCOMPARE(array(row.policies.at(0).strings),
                 (QJsonArray{u"version: STSv1"_s, u"mode: testing"_s}));
        QCOMPARE(row.string(row.policies.at(0).mxHosts), u"[\"mx1.example.com\"]"_s);
        QCOMPARE(row.string(row.policies.at(1).strings), u"[]"_s);
    }

    // The dates are written without Qt's calendar code: the same text as toIsoUtc() for every
    // day, before and after 1970, in leap years and at the ends of the years it writes itself.
    void datesAreWrittenAsToIsoUtcWritesThem()
    {
        const QList<QDateTime> edges{
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2000, 2, 29), QTime(12, 30, 15, 7), Qt::UTC),
            QDateTime(QDate(2100, 3, 1), QTime(1, 2, 3), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 7, 1), QTime(2, 0), QTimeZone(7200)),
        };
        QList<QDateTime> days = edges;
        for (QDate d(1890, 1, 1); d.year() < 2110; d = d.addDays(1))
            days << QDateTime(d, QTime(d.day(), d.month() * 4, d.dayOfWeek() * 7, 999), Qt::UTC);
        tlsrpt::Report report = sample();
        for (const QDateTime &at : std::as_const(days)) {
            report.startDateTime = at;
            const StoredReport row = StoredReport::build(report, {});
            QCOMPARE(row.string(row.startAt), toIsoUtc(at));
            QCOMPARE(row.string(row.day), toIsoUtc(at).left(10));
        }
    }

    void policiesAreMatchedToEngagements()
    {
        storage::EngagementDomains domains;
        domains.add(u"Example.COM"_s, 4);
        const StoredReport row = StoredReport::build(sample(), domains);
        QCOMPARE(row.policies.at(0).engagement, 4);
        QCOMPARE(row.policies.at(1).engagement, 0);
        QVERIFY(row.unassigned); // elsewhere.test has no engagement
        QCOMPARE(row.engagements, QList<qint64>{4});
        QCOMPARE(row.string(row.policies.at(0).type), u"sts"_s);
        QCOMPARE(row.string(row.policies.at(1).type), u"no-policy-found"_s);

        domains.add(u"elsewhere.test"_s, 9);
        const StoredReport both = StoredReport::build(sample(), domains);
        QVERIFY(!both.unassigned);
        QCOMPARE(both.engagements, (QList<qint64>{4, 9}));
    }

    void subdomainsBelongToTheLongestMatch()
    {
        storage::EngagementDomains domains;
        domains.add(u"example.com"_s, 1);
        domains.add(u"mail.example.com"_s, 2);
        QCOMPARE(domains.match(u"mx1.mail.example.com"), 2);
        QCOMPARE(domains.match(u"mx1.example.com"), 1);
        QCOMPARE(domains.match(u"example.org"), 0);
        QCOMPARE(domains.match(u""), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoredReport)
#include "test_stored_report.moc"

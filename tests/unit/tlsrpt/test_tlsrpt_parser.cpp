// Every expected value below was read off the fixture files (tests/data/tlsrpt/make_fixtures.py
// and tests/data/tlsrpt/published), never copied from parser output.
#include "TestEnv.h"
#include "tlsrpt/ReportFields.h"
#include "tlsrpt/ReportParser.h"
#include "tlsrpt/SenderName.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tlsrpt;
using sts::Result;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

static QByteArray published(const QString &name)
{
    return readFile(sts::test::testDataDir() + u"/tlsrpt/published/"_s + name);
}

static QByteArray local(const QString &name)
{
    return readFile(sts::test::testDataDir() + u"/tlsrpt/"_s + name);
}

static bool hasWarning(const Report &r, const QString &part)
{
    for (const QString &w : r.warnings)
        if (w.contains(part))
            return true;
    return false;
}

class TestTlsrptParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcExample()
    {
        const QByteArray raw = published(u"rfc8460-example.json"_s);
        Result<Report> r = ReportParser::parse(raw);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->organizationName, u"Company-X"_s);
        QCOMPARE(r->reportId, u"5065427c-23d3-47ca-b6e0-946ea0e8c4be"_s);
        QCOMPARE(r->startDateTime, QDateTime(QDate(2016, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(r->endDateTime, QDateTime(QDate(2016, 4, 1), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(r->raw, raw);
        QCOMPARE(r->policies.size(), 1);
        const PolicyResult &p = r->policies.first();
        QCOMPARE(p.policyType, PolicyType::Sts);
        QCOMPARE(p.policyDomain, u"company-y.example"_s);
        QCOMPARE(p.mxHosts, QStringList{u"*.mail.company-y.example"_s});
        QCOMPARE(p.policyStrings.size(), 4);
        QCOMPARE(p.totalSuccessfulSessions, 5326);
        QCOMPARE(p.totalFailureSessions, 303);
        QCOMPARE(p.failureDetails.size(), 3);
        QCOMPARE(p.failureDetails[0].resultType, ResultType::CertificateExpired);
        QCOMPARE(p.failureDetails[0].sendingMtaIp, u"2001:db8:abcd:0012::1"_s);
        QCOMPARE(p.failureDetails[1].receivingIp, u"203.0.113.56"_s);
        QCOMPARE(p.failureDetails[1].failedSessionCount, 200);
        QCOMPARE(p.failureDetails[2].failureReasonCode, u"X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED"_s);
        QCOMPARE(p.failureDetails[2].receivingMxHostname, u"mx-backup.mail.company-y.example"_s);
        QVERIFY(hasWarning(*r, u"mx-host"_s)); // a string, not an array
    }

    void mailruDetailsDoNotSum()
    {
        Result<Report> r = ReportParser::parse(published(u"mailru-fetch-error.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->sender, u"Mail.ru"_s);
        const PolicyResult &p = r->policies.first();
        QCOMPARE(p.totalFailureSessions, 1);
        QCOMPARE(p.failureDetails.size(), 2);
        QCOMPARE(p.failureDetails[0].failureReasonCode, u"bad https response code: 404"_s);
        QCOMPARE(p.failureDetails[1].failureReasonCode, u"bad https response code: 500"_s);
        QVERIFY(p.failureDetails[0].sendingMtaIp.isEmpty());
        QCOMPARE(p.failureDetails[0].resultType, ResultType::StsPolicyFetchError);
    }

    void microsoftTlsaArrayInString()
    {
        Result<Report> r = ReportParser::parse(published(u"microsoft-sts-and-tlsa.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->sender, u"Microsoft"_s);
        QCOMPARE(r->reportId, u"133925885310113267+random.net"_s);
        QCOMPARE(r->policies.size(), 2);
        QVERIFY(r->policies[0].mxHosts.isEmpty());
        QCOMPARE(r->policies[1].policyType, PolicyType::Tlsa);
        QCOMPARE(r->policies[1].policyStrings,
                 (QStringList{
                     u"3 1 1 6007EEE553E85D8DF007A845D19EC343283D4E416E9A33F9EF3040C8B7C285BC"_s,
                     u"3 1 1 837C773D54C2E2BD71871A3FC352BE8214D5646CBAE5E3091401A7274717998B"_s}));
        QVERIFY(hasWarning(*r, u"JSON array inside a string"_s));
    }

    void microsoftDetailWithoutIp()
    {
        Result<Report> r = ReportParser::parse(published(u"microsoft-detail-without-ip.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->reportId, u"1234567890+"_s);
        const FailureDetail &d = r->policies.first().failureDetails.first();
        QCOMPARE(d.failedSessionCount, 3);
        QVERIFY(d.sendingMtaIp.isEmpty());
        QVERIFY(d.receivingMxHostname.isEmpty());
        QCOMPARE(r->policies.first().policyDomain, u"xxxxxxxx.xx"_s);
    }

    void malformedPolicyTypeKept()
    {
        Result<Report> r = ReportParser::parse(published(u"malformed-policy-type.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->sender, u"Google"_s);
        QCOMPARE(r->policies.size(), 2);
        QCOMPARE(r->policies[0].policyType, PolicyType::NoPolicyFound);
        QVERIFY(r->policies[0].policyDomain.isEmpty());
        QCOMPARE(r->policies[1].policyType, PolicyType::Other);
        QCOMPARE(r->policies[1].displayPolicyType(), u"other: invalid-policy-type"_s);
        QCOMPARE(r->policies[1].totalSuccessfulSessions, 1);
        QCOMPARE(r->policies[1].totalFailureSessions, 0);
        QVERIFY(hasWarning(*r, u"invalid-policy-type"_s));
        QVERIFY(hasWarning(*r, u"total-failure-session-count"_s));
    }

    void googleCarriageReturns()
    {
        Result<Report> r = ReportParser::parse(local(u"quirks/google-crlf.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->sender, u"Google"_s);
        QCOMPARE(r->policies[0].policyStrings,
                 (QStringList{u"version: STSv1"_s, u"mode: testing"_s, u"mx: mx1.crlf.example"_s,
                              u"max_age: 86400"_s}));
        QVERIFY(hasWarning(*r, u"carriage return"_s));
        QCOMPARE(r->policies[0].mxHosts, QStringList{u"mx1.crlf.example"_s});
    }

    void microsoftDatesWithoutZone()
    {
        Result<Report> r = ReportParser::parse(local(u"quirks/microsoft-nozone.json"_s));
        QVERIFY(r.ok());
        QCOMPARE(r->startDateTime, QDateTime(QDate(2023, 1, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(r->endDateTime, QDateTime(QDate(2023, 1, 10), QTime(23, 59, 59), Qt::UTC));
        QVERIFY(hasWarning(*r, u"no time zone"_s));
        QCOMPARE(r->reportId, u"133198585438131173+"_s);
    }

    void oddSender()
    {
        Result<Report> r = ReportParser::parse(local(u"quirks/odd-sender.json"_s));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->contactInfo, QString());
        QCOMPARE(r->sender, u"example.net"_s);
        QCOMPARE(r->endDateTime, QDateTime(QDate(2024, 5, 7), QTime(0, 0), Qt::UTC));
        QCOMPARE(r->policies.size(), 2);
        QCOMPARE(r->policies[0].policyType, PolicyType::NoPolicyFound);
        QVERIFY(r->policies[0].policyStrings.isEmpty());
        QCOMPARE(r->policies[1].policyDomain, u"odd.example"_s);
        QVERIFY(r->policies[1].mxHosts.isEmpty());
        QCOMPARE(r->policies[1].totalSuccessfulSessions, 12);
        const FailureDetail &mismatch = r->policies[1].failureDetails[0];
        QCOMPARE(mismatch.receivingMxHostname, u"mx.odd.example"_s);
        QVERIFY(mismatch.failureReasonCode.startsWith(u"The certificate presented"_s));
        QVERIFY(hasWarning(*r, u"receiving-mx-host-name"_s));
        const FailureDetail &unknown = r->policies[1].failureDetails[1];
        QCOMPARE(unknown.resultType, ResultType::Other);
        QCOMPARE(unknown.displayResultType(), u"other: sts-webpki-expired-ocsp"_s);
        QCOMPARE(unknown.failedSessionCount, 2);
    }

    void absurdCountsAreNotUndefinedBehaviour()
    {
        // A count of 8.9e51 once reached a double-to-integer conversion (found by the fuzzer).
        // Now it is bounded like every count beyond maxSessionCount.
        const QByteArray json = R"({"organization-name": "X", "report-id": "r1",
            "date-range": {"start-datetime": "2024-05-06T00:00:00Z",
                           "end-datetime": "2024-05-06T23:59:59Z"},
            "policies": [{"policy": {"policy-type": "sts", "policy-domain": "x.example"},
                          "summary": {"total-successful-session-count": 8.9e51,
                                      "total-failure-session-count": 3.7}}]})";
        Result<Report> r = ReportParser::parse(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->policies.first().totalSuccessfulSessions, maxSessionCount);
        QCOMPARE(r->policies.first().totalFailureSessions, 3);
        QVERIFY(hasWarning(*r, u"total-successful-session-count"_s));
    }

    // Counts a sender cannot have (2^53, an int64 written as a string, beyond int64) once made
    // every summary of their engagement fail with "integer overflow". They are read as the bound,
    // with a warning; the strict path leaves them to the general one, and both agree.
    void hugeCountsAreBounded_data()
    {
        QTest::addColumn<QByteArray>("count");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("warned");
        QTest::newRow("largest real") << QByteArray("1000000000000") << maxSessionCount << false;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << maxSessionCount << true;
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << maxSessionCount << true;
        QTest::newRow("int64 as string")
            << QByteArray("\"9223372036854775807\"") << maxSessionCount << true;
        QTest::newRow("beyond int64")
            << QByteArray("18446744073709551616") << maxSessionCount << true;
        QTest::newRow("beyond int64 as string")
            << QByteArray("\"99999999999999999999999\"") << maxSessionCount << true;
        QTest::newRow("one more than the bound")
            << QByteArray("1000000000001") << maxSessionCount << true;
        QTest::newRow("ordinary") << QByteArray("5326") << qint64(5326) << false;
    }

    void hugeCountsAreBounded()
    {
        QFETCH(QByteArray, count);
        QFETCH(qint64, expected);
        QFETCH(bool, warned);
        const QByteArray json = R"({"organization-name": "X", "report-id": "r1",
            "date-range": {"start-datetime": "2024-05-06T00:00:00Z",
                           "end-datetime": "2024-05-06T23:59:59Z"},
            "policies": [{"policy": {"policy-type": "sts", "policy-domain": "x.example"},
                          "summary": {"total-successful-session-count": COUNT,
                                      "total-failure-session-count": COUNT},
                          "failure-details": [{"result-type": "validation-failure",
                                               "failed-session-count": COUNT}]}]})";
        const QByteArray input = QByteArray(json).replace("COUNT", count);
        for (const Result<Report> &r :
             {ReportParser::parse(input), ReportParser::parseGeneral(input)}) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            const PolicyResult &policy = r->policies.first();
            QCOMPARE(policy.totalSuccessfulSessions, expected);
            QCOMPARE(policy.totalFailureSessions, expected);
            QCOMPARE(policy.failureDetails.first().failedSessionCount, expected);
            QCOMPARE(hasWarning(*r, u"more sessions than any sender has"_s), warned);
        }
    }

    void notReports_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("dmarc json") << local(u"bad/not-a-report.json"_s) << u"tlsrpt.not-report"_s;
        QTest::newRow("xml") << local(u"bad/dmarc.xml"_s) << u"tlsrpt.not-json"_s;
        QTest::newRow("truncated") << local(u"bad/broken.json"_s) << u"tlsrpt.not-json"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"tlsrpt.not-report"_s;
        QTest::newRow("no id") << QByteArray(R"({"organization-name":"X","policies":[]})")
                               << u"tlsrpt.missing-id"_s;
        QTest::newRow("no dates")
            << QByteArray(R"({"organization-name":"X","report-id":"1","policies":[]})")
            << u"tlsrpt.bad-date-range"_s;
        // A whole report followed by zero bytes: the fast path once took the first zero for the
        // end of the input and imported it (found by the fuzzer).
        QTest::newRow("trailing zeros")
            << published(u"mailru-fetch-error.json"_s) + QByteArray(70, '\0')
            << u"tlsrpt.not-json"_s;
        QTest::newRow("zero inside")
            << QByteArray(R"({"organization-name":"X",)") + QByteArray(1, '\0') +
                   QByteArray(R"("report-id":"1","policies":[]})")
            << u"tlsrpt.not-json"_s;
    }
    void notReports()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        Result<Report> r = ReportParser::parse(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        // The fast path and the general parser agree.
        QCOMPARE(ReportParser::parseGeneral(input).error().code, code);
    }

    // An escaped NUL in any text is refused (it is never stripped: see escapedNul() in
    // ReportParser.cpp), by both paths; an escaped backslash before "u0000" is no NUL.
    void nulInTextRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const QByteArray plain =
            R"({"organization-name": "Sender", "date-range": {"start-datetime": )"
            R"("2026-01-01T00:00:00Z", "end-datetime": "2026-01-01T23:59:59Z"}, "report-id": )"
            R"("r-1", "policies": [{"policy": {"policy-type": "sts", "policy-domain": )"
            R"("nul.example"}, "summary": {"total-successful-session-count": 1, )"
            R"("total-failure-session-count": 0}}]})";
        QTest::newRow("sender name")
            << QByteArray(plain).replace("Sender", R"(Sen\u0000der)") << u"tlsrpt.nul-in-text"_s;
        QTest::newRow("report id")
            << QByteArray(plain).replace("r-1", R"(r-1\u0000)") << u"tlsrpt.nul-in-text"_s;
        QTest::newRow("key") << QByteArray(plain).replace(R"("report-id")", R"("report\u0000id")")
                             << u"tlsrpt.nul-in-text"_s;
        QTest::newRow("escaped backslash")
            << QByteArray(plain).replace("Sender", R"(Sen\\u0000der)") << QString();
    }
    void nulInTextRefused()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const Result<Report> quick = ReportParser::parse(input);
        const Result<Report> general = ReportParser::parseGeneral(input);
        if (code.isEmpty()) {
            QVERIFY(quick.ok());
            QVERIFY(general.ok());
            QCOMPARE(quick->organizationName, u"Sen\\u0000der"_s); // a backslash, then text
            QVERIFY(!quick->organizationName.contains(QChar(0)));
            return;
        }
        QVERIFY(!quick.ok());
        QCOMPARE(quick.error().code, code);
        QCOMPARE(general.error().code, code);
        QVERIFY(quick.error().message.contains(u"NUL"_s));
    }

    // The common "…Z" form has its own quick reader; it must agree with the calendar.
    void plainUtcDates_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QDateTime>("expected"); // null: the report is refused
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s
                                  << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("lower z") << u"2024-03-01T00:00:01z"_s
                                 << QDateTime(QDate(2024, 3, 1), QTime(0, 0, 1), Qt::UTC);
        QTest::newRow("no leap day") << u"2023-02-29T00:00:00Z"_s << QDateTime();
        QTest::newRow("hour 25") << u"2023-02-01T25:00:00Z"_s << QDateTime();
        QTest::newRow("letter") << u"2023-0x-01T00:00:00Z"_s << QDateTime();
        QTest::newRow("offset") << u"2024-03-01T02:00:00+02:00"_s
                                << QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    }
    void plainUtcDates()
    {
        QFETCH(QString, start);
        QFETCH(QDateTime, expected);
        const QByteArray json = u"{\"organization-name\":\"X\",\"report-id\":\"1\",\"policies\":[],"
                                "\"date-range\":{\"start-datetime\":\"%1\",\"end-datetime\":"
                                "\"2024-12-31T00:00:00Z\"}}"_s.arg(start)
                                    .toUtf8();
        Result<Report> r = ReportParser::parse(json);
        if (!expected.isValid()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, u"tlsrpt.bad-date-range"_s);
            return;
        }
        QVERIFY(r.ok());
        QCOMPARE(r->startDateTime, expected);
        QCOMPARE(r->startDateTime.timeSpec(), Qt::UTC);
    }

    // parse() reads plain RFC documents on a strict fast path; on every document, quirky or
    // not, it must give exactly what the general parser gives.
    void strictPathAgreesWithGeneral_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QDir published(sts::test::testDataDir() + u"/tlsrpt/published"_s);
        for (const QString &name : published.entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << readFile(published.filePath(name));
        const QDir quirks(sts::test::testDataDir() + u"/tlsrpt/quirks"_s);
        for (const QString &name : quirks.entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << readFile(quirks.filePath(name));
        const QByteArray plain =
            R"({"organization-name": "Google LLC", "date-range": {"start-datetime": )"
            R"("2026-01-01T00:00:00Z", "end-datetime": "2026-01-01T23:59:59Z"}, "contact-info": )"
            R"("smtp-tls-reporting@google.com", "report-id": "7-12_cust1.example", "policies": )"
            R"([{"policy": {"policy-type": "sts", "policy-string": ["version: STSv1", )"
            R"("mode: testing"], "policy-domain": "Cust1.Example.", "mx-host": ["*.cust1.example"]},)"
            R"( "summary": {"total-successful-session-count": 12, "total-failure-session-count": )"
            R"(3}, "failure-details": [{"result-type": "certificate-expired", "sending-mta-ip": )"
            R"("203.0.113.9", "receiving-mx-hostname": "MX1.cust1.example", "receiving-ip": )"
            R"("198.51.100.7", "failed-session-count": 3}]}]})";
        QTest::newRow("generated form") << plain;
        QTest::newRow("no contact") << QByteArray(plain).replace(
            R"("contact-info": "smtp-tls-reporting@google.com", )", "");
        QTest::newRow("null details") << QByteArray(plain).replace(
            R"("failure-details": [)", R"("failure-details": null, "x": [)");
        QTest::newRow("extra key")
            << QByteArray(plain).replace(R"("report-id")", R"("note": 1, "report-id")");
        QTest::newRow("misspelled")
            << QByteArray(plain).replace("receiving-mx-hostname", "receiving_mx_hostname");
        QTest::newRow("count as text") << QByteArray(plain).replace(
            "\"failed-session-count\": 3", "\"failed-session-count\": \"3\"");
        QTest::newRow("fraction") << QByteArray(plain).replace(": 12,", ": 12.0,");
        QTest::newRow("escape") << QByteArray(plain).replace("Google LLC", "Google\\u0020LLC");
        QTest::newRow("utf-8") << QByteArray(plain).replace("Google LLC", "Gööglé LLC");
        QTest::newRow("duplicate")
            << QByteArray(plain).replace(R"("report-id")", R"("report-id": "a", "report-id")");
        QTest::newRow("reversed range")
            << QByteArray(plain)
                   .replace("T23:59:59Z", "T00:00:00Z")
                   .replace("01T00:00:00Z\", \"end", "02T00:00:00Z\", \"end");
        QTest::newRow("spaces") << QByteArray(plain).replace("\"sts\"", "\" sts \"");
        QTest::newRow("unknown result") << QByteArray(plain).replace("certificate-expired", "new");
        QTest::newRow("no id") << QByteArray(plain).replace("7-12_cust1.example", "");
        QTest::newRow("truncated") << plain.left(plain.size() / 2);
        QTest::newRow("trailing") << plain + " x";
    }
    void strictPathAgreesWithGeneral()
    {
        QFETCH(QByteArray, input);
        const Result<Report> quick = ReportParser::parse(input);
        const Result<Report> general = ReportParser::parseGeneral(input);
        QCOMPARE(quick.ok(), general.ok());
        if (!quick.ok()) {
            QCOMPARE(quick.error().code, general.error().code);
            return;
        }
        QCOMPARE(quick->warnings, general->warnings);
        QCOMPARE(quick->policies.size(), general->policies.size());
        QVERIFY(*quick == *general);
    }

    void senderNames_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("expected");
        QTest::newRow("llc") << u"Google LLC"_s << u"Google"_s;
        QTest::newRow("inc") << u"Google Inc."_s << u"Google"_s;
        QTest::newRow("domain") << u"google.com"_s << u"Google"_s;
        QTest::newRow("corp") << u"Microsoft Corporation"_s << u"Microsoft"_s;
        QTest::newRow("yahoo inc") << u"Yahoo Inc."_s << u"Yahoo"_s;
        QTest::newRow("mailru") << u"Mail.ru"_s << u"Mail.ru"_s;
        QTest::newRow("unknown") << u"Company-X"_s << u"Company-X"_s;
        QTest::newRow("unknown gmbh") << u"Beispiel GmbH"_s << u"Beispiel"_s;
    }
    void senderNames()
    {
        QFETCH(QString, organization);
        QFETCH(QString, expected);
        QCOMPARE(normalizedSenderName(organization), expected);
        QCOMPARE(normalizedSenderName(organization), expected); // the second answer is remembered
    }
};

QTEST_GUILESS_MAIN(TestTlsrptParser)
#include "test_tlsrpt_parser.moc"

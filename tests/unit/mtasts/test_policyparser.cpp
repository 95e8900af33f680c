#include "mtasts/PolicyParser.h"
#include "mtasts/PolicySerializer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::mtasts;

namespace {

QStringList codes(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.code + u'@' + QString::number(p.line));
    return out;
}

const QByteArray kValidLf = "version: STSv1\nmode: enforce\nmx: mail.example.com\n"
                            "mx: *.example.net\nmax_age: 604800\n";

} // namespace

class TestPolicyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void warnings_data();
    void warnings();
    void duplicateFirstWins();
    void serializerWritesCrlfAndRoundTrips();
    void mxPatternValidation_data();
    void mxPatternValidation();
    void mxMatching_data();
    void mxMatching();
};

void TestPolicyParser::valid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("maxAge");
    QTest::addColumn<QStringList>("mx");

    const QStringList mx{u"mail.example.com"_s, u"*.example.net"_s};
    const int enforce = int(PolicyMode::Enforce);
    QTest::newRow("LF") << kValidLf << enforce << qint64(604800) << mx;
    QByteArray crlf = kValidLf;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF") << crlf << enforce << qint64(604800) << mx;
    QTest::newRow("no final terminator") << kValidLf.chopped(1) << enforce << qint64(604800) << mx;
    QTest::newRow("CRLF no final terminator") << crlf.chopped(2) << enforce << qint64(604800) << mx;
    QTest::newRow("blanks after colon and value")
        << "version:STSv1\nmode:   testing \t\nmx:\tmx.example.com\nmax_age: 86400  \n"_ba
        << int(PolicyMode::Testing) << qint64(86400) << QStringList{u"mx.example.com"_s};
    QTest::newRow("none without mx") << "version: STSv1\nmode: none\nmax_age: 86400\n"_ba
                                     << int(PolicyMode::None) << qint64(86400) << QStringList();
    QTest::newRow("max_age max")
        << "version: STSv1\nmode: testing\nmx: a.example\nmax_age: 31557600"_ba
        << int(PolicyMode::Testing) << qint64(31557600) << QStringList{u"a.example"_s};
    QTest::newRow("max_age 10 digits leading zeros")
        << "version: STSv1\nmode: testing\nmx: a.example\nmax_age: 0000086400"_ba
        << int(PolicyMode::Testing) << qint64(86400) << QStringList{u"a.example"_s};
    QTest::newRow("any order, mixed-case mx")
        << "max_age: 1\nmx: MAIL.Example.COM\nmode: enforce\nversion: STSv1\n"_ba << enforce
        << qint64(1) << QStringList{u"mail.example.com"_s};
}

void TestPolicyParser::valid()
{
    QFETCH(QByteArray, body);
    QFETCH(int, mode);
    QFETCH(qint64, maxAge);
    QFETCH(QStringList, mx);
    const PolicyParse parse = parsePolicy(body);
    QVERIFY2(parse.policy, qPrintable(codes(parse.problems).join(u' ')));
    QCOMPARE(int(parse.policy->mode), mode);
    QCOMPARE(parse.policy->maxAge, maxAge);
    QCOMPARE(parse.policy->mxTexts(), mx);
    QVERIFY(!hasErrors(parse.problems));
}

void TestPolicyParser::invalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem"); // code@line

    const QByteArray head = "version: STSv1\nmode: enforce\nmx: mail.example.com\n";
    QTest::newRow("max_age -1") << head + "max_age: -1\n" << u"policy.max-age-syntax@4"_s;
    QTest::newRow("max_age +5") << head + "max_age: +5\n" << u"policy.max-age-syntax@4"_s;
    QTest::newRow("max_age 1_000") << head + "max_age: 1_000\n" << u"policy.max-age-syntax@4"_s;
    QTest::newRow("max_age 86400.5") << head + "max_age: 86400.5\n" << u"policy.max-age-syntax@4"_s;
    QTest::newRow("max_age 11 digits") << head + "max_age: 00000086400\n"
                                       << u"policy.max-age-syntax@4"_s;
    QTest::newRow("max_age too big") << head + "max_age: 31557601\n" << u"policy.max-age-range@4"_s;
    QTest::newRow("max_age empty") << head + "max_age:\n" << u"policy.syntax@4"_s;
    QTest::newRow("mode Enforce") << "version: STSv1\nmode: Enforce\nmx: a.example\nmax_age: 1\n"_ba
                                  << u"policy.mode@2"_s;
    QTest::newRow("mode unknown") << "version: STSv1\nmode: report\nmx: a.example\nmax_age: 1\n"_ba
                                  << u"policy.mode@2"_s;
    QTest::newRow("version STSv2")
        << "version: STSv2\nmode: none\nmax_age: 1\n"_ba << u"policy.version@1"_s;
    QTest::newRow("version missing")
        << "mode: none\nmax_age: 1\n"_ba << u"policy.version-missing@0"_s;
    QTest::newRow("mode missing") << "version: STSv1\nmx: a.example\nmax_age: 1\n"_ba
                                  << u"policy.mode-missing@0"_s;
    QTest::newRow("max_age missing") << head << u"policy.max-age-missing@0"_s;
    QTest::newRow("mx missing in enforce")
        << "version: STSv1\nmode: enforce\nmax_age: 1\n"_ba << u"policy.mx-missing@0"_s;
    QTest::newRow("mx missing in testing")
        << "version: STSv1\nmode: testing\nmax_age: 1\n"_ba << u"policy.mx-missing@0"_s;
    QTest::newRow("wildcard inside")
        << "version: STSv1\nmode: testing\nmx: mail.*.example\nmax_age: 1"_ba
        << u"policy.mx-invalid@3"_s;
    QTest::newRow("partial wildcard")
        << "version: STSv1\nmode: testing\nmx: *mail.example\nmax_age: 1"_ba
        << u"policy.mx-invalid@3"_s;
    QTest::newRow("double wildcard")
        << "version: STSv1\nmode: testing\nmx: *.*.example\nmax_age: 1"_ba
        << u"policy.mx-invalid@3"_s;
    QTest::newRow("U-label") << "version: STSv1\nmode: testing\nmx: mail.müller.de\nmax_age: 1"_ba
                             << u"policy.mx-invalid@3"_s;
    QTest::newRow("blank before colon")
        << "version: STSv1\nmode : testing\nmx: a.example\nmax_age: 1"_ba << u"policy.syntax@2"_s;
    QTest::newRow("no colon") << "version: STSv1\nmode testing\nmx: a.example\nmax_age: 1"_ba
                              << u"policy.syntax@2"_s;
    QTest::newRow("bare CR") << "version: STSv1\rmode: testing\nmx: a.example\nmax_age: 1"_ba
                             << u"policy.line-ending@1"_s;
    QTest::newRow("leading blank")
        << "version: STSv1\n mode: testing\nmx: a.example\nmax_age: 1"_ba << u"policy.syntax@2"_s;
    QTest::newRow("empty body") << QByteArray() << u"policy.version-missing@0"_s;
}

void TestPolicyParser::invalid()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const PolicyParse parse = parsePolicy(body);
    QVERIFY(!parse.policy);
    QVERIFY(hasErrors(parse.problems));
    QVERIFY2(codes(parse.problems).contains(problem), qPrintable(codes(parse.problems).join(u' ')));
    for (const Problem &p : parse.problems)
        QVERIFY(!p.message.isEmpty());
}

void TestPolicyParser::warnings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");

    QTest::newRow("unknown key") << "version: STSv1\nmode: none\nfoo: bar\nmax_age: 1\n"_ba
                                 << u"policy.unknown-key@3"_s;
    QTest::newRow("key case") << "version: STSv1\nmode: none\nMax_Age: 5\nmax_age: 1\n"_ba
                              << u"policy.key-case@3"_s;
    QTest::newRow("max_age 0") << "version: STSv1\nmode: none\nmax_age: 0\n"_ba
                               << u"policy.max-age-zero@3"_s;
    QTest::newRow("mx trailing dot")
        << "version: STSv1\nmode: testing\nmx: a.example.\nmax_age: 1\n"_ba
        << u"policy.mx-trailing-dot@3"_s;
    QTest::newRow("blank line") << "version: STSv1\n\nmode: none\nmax_age: 1\n"_ba
                                << u"policy.blank-line@2"_s;
}

void TestPolicyParser::warnings()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const PolicyParse parse = parsePolicy(body);
    QVERIFY2(parse.policy, qPrintable(codes(parse.problems).join(u' ')));
    QVERIFY(!hasErrors(parse.problems));
    QCOMPARE(codes(parse.problems), QStringList{problem});
}

void TestPolicyParser::duplicateFirstWins()
{
    const PolicyParse parse = parsePolicy("version: STSv1\nmode: testing\nmode: enforce\n"
                                          "mx: a.example\nmax_age: 86400\nmax_age: 5\n"
                                          "mx: b.example\n"_ba);
    QVERIFY(parse.policy);
    QCOMPARE(parse.policy->mode, PolicyMode::Testing);
    QCOMPARE(parse.policy->maxAge, 86400);
    QCOMPARE(parse.policy->mxTexts(), (QStringList{u"a.example"_s, u"b.example"_s}));
    QCOMPARE(codes(parse.problems),
             (QStringList{u"policy.duplicate-key@3"_s, u"policy.duplicate-key@6"_s}));

    // A broken duplicate is still ignored: the first value decides.
    const PolicyParse broken =
        parsePolicy("version: STSv1\nmode: none\nmode: ENFORCE\nmax_age: 1\n"_ba);
    QVERIFY(broken.policy);
    QCOMPARE(broken.policy->mode, PolicyMode::None);
}

void TestPolicyParser::serializerWritesCrlfAndRoundTrips()
{
    Policy policy;
    policy.mode = PolicyMode::Enforce;
    policy.maxAge = 604800;
    policy.mx = {*MxPattern::parse(u"mail.example.com"_s), *MxPattern::parse(u"*.example.net"_s)};
    const QByteArray body = serializePolicy(policy);
    QCOMPARE(body, "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                   "mx: *.example.net\r\nmax_age: 604800\r\n"_ba);
    const PolicyParse parse = parsePolicy(body);
    QVERIFY(parse.policy);
    QVERIFY(parse.problems.isEmpty());
    QCOMPARE(*parse.policy, policy);
}

void TestPolicyParser::mxPatternValidation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised"); // empty = invalid

    QTest::newRow("host") << u"mail.example.com"_s << u"mail.example.com"_s;
    QTest::newRow("upper") << u"MX1.Example.COM"_s << u"mx1.example.com"_s;
    QTest::newRow("trailing dot") << u"mx1.example.com."_s << u"mx1.example.com"_s;
    QTest::newRow("wildcard") << u"*.example.com"_s << u"*.example.com"_s;
    QTest::newRow("a-label") << u"mail.xn--mller-kva.de"_s << u"mail.xn--mller-kva.de"_s;
    QTest::newRow("u-label") << u"mail.müller.de"_s << QString();
    QTest::newRow("star alone") << u"*"_s << QString();
    QTest::newRow("star dot tld") << u"*.com"_s << QString();
    QTest::newRow("star inside") << u"mx.*.example.com"_s << QString();
    QTest::newRow("star suffix") << u"mx*.example.com"_s << QString();
    QTest::newRow("underscore") << u"mx_1.example.com"_s << QString();
    QTest::newRow("empty label") << u"mx..example.com"_s << QString();
    QTest::newRow("hyphen edge") << u"-mx.example.com"_s << QString();
    QTest::newRow("long label") << QString(64, u'a') + u".example.com"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPolicyParser::mxPatternValidation()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const auto pattern = MxPattern::parse(input);
    QCOMPARE(pattern.ok(), !normalised.isEmpty());
    if (pattern)
        QCOMPARE(pattern->text(), normalised);
    else
        QCOMPARE(pattern.error().code, u"policy.mx-invalid"_s);
}

void TestPolicyParser::mxMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("match");

    QTest::newRow("wildcard one label") << u"*.example.com"_s << u"mx1.example.com"_s << true;
    QTest::newRow("wildcard not apex") << u"*.example.com"_s << u"example.com"_s << false;
    QTest::newRow("wildcard not two labels") << u"*.example.com"_s << u"a.b.example.com"_s << false;
    QTest::newRow("wildcard case") << u"*.example.com"_s << u"MX1.EXAMPLE.COM"_s << true;
    QTest::newRow("wildcard trailing dot") << u"*.example.com"_s << u"mx1.example.com."_s << true;
    QTest::newRow("wildcard suffix only") << u"*.example.com"_s << u"mx1.badexample.com"_s << false;
    QTest::newRow("exact") << u"mail.example.com"_s << u"mail.example.com"_s << true;
    QTest::newRow("exact case dot") << u"mail.example.com."_s << u"Mail.Example.Com."_s << true;
    QTest::newRow("exact other") << u"mail.example.com"_s << u"mail2.example.com"_s << false;
    QTest::newRow("exact not sub") << u"mail.example.com"_s << u"x.mail.example.com"_s << false;
    QTest::newRow("u-label host") << u"mail.xn--mller-kva.de"_s << u"mail.müller.de"_s << true;
}

void TestPolicyParser::mxMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, match);
    const auto parsed = MxPattern::parse(pattern);
    QVERIFY(parsed);
    QCOMPARE(parsed->matches(host), match);
}

QTEST_GUILESS_MAIN(TestPolicyParser)
#include "test_policyparser.moc"

// A TLS-RPT report's policy-string against a published version: compared as a sender applies
// it, not byte for byte.
#include "mtasts/ReportedPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::mtasts;

class TestReportedPolicy : public QObject
{
    Q_OBJECT

    static Policy published()
    {
        Policy p;
        p.mode = PolicyMode::Testing;
        p.maxAge = 86400;
        p.mx = {*MxPattern::parse(u"mx1.example.org"_s), *MxPattern::parse(u"*.backup.example"_s)};
        return p;
    }

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("same");
        QTest::newRow("as served")
            << QStringList{u"version: STSv1"_s, u"mode: testing"_s, u"mx: mx1.example.org"_s,
                           u"mx: *.backup.example"_s, u"max_age: 86400"_s}
            << true;
        QTest::newRow("other order, case, CRLF, trailing dot")
            << QStringList{u"max_age: 86400\r"_s, u"mx: *.BACKUP.example."_s, u"mode: testing"_s,
                           u"version: STSv1"_s, u"mx: MX1.example.org"_s}
            << true;
        QTest::newRow("enforce") << QStringList{u"version: STSv1"_s, u"mode: enforce"_s,
                                                u"mx: mx1.example.org"_s, u"mx: *.backup.example"_s,
                                                u"max_age: 86400"_s}
                                 << false;
        QTest::newRow("older max_age")
            << QStringList{u"version: STSv1"_s, u"mode: testing"_s, u"mx: mx1.example.org"_s,
                           u"mx: *.backup.example"_s, u"max_age: 3600"_s}
            << false;
        QTest::newRow("one pattern less")
            << QStringList{u"version: STSv1"_s, u"mode: testing"_s, u"mx: mx1.example.org"_s,
                           u"max_age: 86400"_s}
            << false;
        QTest::newRow("not a policy") << QStringList{u"mode testing"_s} << false;
    }

    void compare()
    {
        QFETCH(QStringList, lines);
        QFETCH(bool, same);
        const std::optional<Policy> reported = policyFromReportLines(lines);
        QCOMPARE(reported.has_value() && samePolicyApplied(*reported, published()), same);
    }

    void noLinesNoPolicy() { QVERIFY(!policyFromReportLines({})); }
};

QTEST_GUILESS_MAIN(TestReportedPolicy)
#include "test_reported_policy.moc"

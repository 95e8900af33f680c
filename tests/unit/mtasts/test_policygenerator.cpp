#include "mtasts/PolicyGenerator.h"
#include "mtasts/PolicyParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::mtasts;

namespace {

QStringList texts(const QList<MxPattern> &patterns)
{
    QStringList out;
    for (const MxPattern &p : patterns)
        out.append(p.text());
    return out;
}

} // namespace

class TestPolicyGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data();
    void patterns();
    void suggestedPatternsCoverEveryHost();
    void versionsAndIds();
    void cachedUntilAndPublishOrder();

private:
    std::shared_ptr<sts::FixedClock> m_clock = std::make_shared<sts::FixedClock>(
        QDateTime(QDate(2026, 11, 29), QTime(11, 17, 45), Qt::UTC));
};

void TestPolicyGenerator::patterns_data()
{
    QTest::addColumn<QStringList>("mx");
    QTest::addColumn<QStringList>("sans");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("single") << QStringList{u"Mail.Example.com."_s} << QStringList()
                            << QStringList{u"mail.example.com"_s};
    QTest::newRow("siblings without wildcard SAN")
        << QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s}
        << QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s}
        << QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s};
    QTest::newRow("siblings with wildcard SAN")
        << QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s, u"backup.example.net"_s}
        << QStringList{u"*.example.com"_s}
        << QStringList{u"*.example.com"_s, u"backup.example.net"_s};
    QTest::newRow("one host, wildcard SAN")
        << QStringList{u"mx1.example.com"_s} << QStringList{u"*.example.com"_s}
        << QStringList{u"mx1.example.com"_s};
    QTest::newRow("web hosts dropped")
        << QStringList{u"mta-sts.example.com"_s, u"autodiscover.example.com"_s,
                       u"autoconfig.example.com"_s, u"mail.example.com"_s}
        << QStringList() << QStringList{u"mail.example.com"_s};
    QTest::newRow("microsoft 365")
        << QStringList{u"contoso-com.mail.protection.outlook.com"_s} << QStringList()
        << QStringList{u"*.mail.protection.outlook.com"_s};
    QTest::newRow("google") << QStringList{u"aspmx.l.google.com"_s, u"alt1.aspmx.l.google.com"_s,
                                           u"alt2.aspmx.l.google.com"_s}
                            << QStringList()
                            << QStringList{u"aspmx.l.google.com"_s, u"*.aspmx.l.google.com"_s};
    QTest::newRow("duplicates") << QStringList{u"a.example.com"_s, u"A.EXAMPLE.COM"_s}
                                << QStringList() << QStringList{u"a.example.com"_s};
}

void TestPolicyGenerator::patterns()
{
    QFETCH(QStringList, mx);
    QFETCH(QStringList, sans);
    QFETCH(QStringList, expected);
    const PolicyGenerator generator(m_clock);
    QCOMPARE(texts(generator.suggestPatterns(mx, sans).patterns), expected);
}

void TestPolicyGenerator::suggestedPatternsCoverEveryHost()
{
    // Whatever the generator groups, every real MX host must still be matched.
    const QStringList mx{u"aspmx.l.google.com"_s,      u"alt1.aspmx.l.google.com"_s,
                         u"alt4.aspmx.l.google.com"_s, u"x.mail.protection.outlook.com"_s,
                         u"mx1.example.org"_s,         u"mx2.example.org"_s};
    const PolicyGenerator generator(m_clock);
    const PolicyVersion version =
        generator.testing(generator.suggestPatterns(mx, {u"*.example.org"_s}).patterns);
    for (const QString &host : mx)
        QVERIFY2(version.policy.matchesMx(host), qPrintable(host));
    QVERIFY(!version.policy.matchesMx(u"example.org"_s));
}

void TestPolicyGenerator::versionsAndIds()
{
    const PolicyGenerator generator(m_clock);
    const PolicyVersion testing = generator.testing({*MxPattern::parse(u"mail.example.com"_s)});
    QCOMPARE(testing.id, u"20261129111745"_s);
    QVERIFY(isValidStsId(testing.id));
    QCOMPARE(testing.policy.mode, PolicyMode::Testing);
    QCOMPARE(testing.policy.maxAge, 86400);
    const PolicyParse parsed = parsePolicy(testing.file());
    QVERIFY(parsed.policy && parsed.problems.isEmpty());
    QCOMPARE(*parsed.policy, testing.policy);
    QCOMPARE(testing.txt().toTxt(), "v=STSv1; id=20261129111745;"_ba);

    m_clock->advance(14 * 86400 + 5);
    const PolicyVersion enforce = generator.enforce(testing.policy);
    QCOMPARE(enforce.id, u"20261213111750"_s);
    QCOMPARE(enforce.policy.mode, PolicyMode::Enforce);
    QCOMPARE(enforce.policy.maxAge, 604800);
    QCOMPARE(enforce.policy.mx, testing.policy.mx);

    m_clock->advance(60);
    const PolicyVersion removal = generator.remove(enforce.policy);
    QCOMPARE(removal.id, u"20261213111850"_s);
    QCOMPARE(removal.policy.mode, PolicyMode::None);
    QVERIFY(parsePolicy(removal.file()).policy);
}

void TestPolicyGenerator::cachedUntilAndPublishOrder()
{
    const PolicyGenerator generator(m_clock);
    const PolicyVersion enforce =
        generator.make(PolicyMode::Enforce, {*MxPattern::parse(u"mail.example.com"_s)}, 604800);
    const QDateTime published(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(cachedUntil(enforce.policy, published),
             QDateTime(QDate(2027, 1, 8), QTime(0, 0), Qt::UTC));

    const PolicyVersion removal = generator.remove(enforce.policy);
    const QList<PublishStep> steps =
        publishOrder(u"example.com"_s, removal, enforce.policy, published);
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.at(0).kind, PublishStep::Kind::PublishPolicyFile);
    QCOMPARE(steps.at(0).content, removal.file());
    QVERIFY(steps.at(0).description.contains(u"https://mta-sts.example.com/.well-known/"_s));
    QCOMPARE(steps.at(1).kind, PublishStep::Kind::UpdateTxtRecord);
    QCOMPARE(steps.at(1).content, removal.txt().toTxt());
    QVERIFY(steps.at(1).description.contains(u"_mta-sts.example.com"_s));
    QCOMPARE(steps.at(2).kind, PublishStep::Kind::WaitUntil);
    QCOMPARE(steps.at(2).notBefore, published.addDays(7));
    QCOMPARE(steps.at(3).kind, PublishStep::Kind::RemoveTxtRecord);

    const QList<PublishStep> first =
        publishOrder(u"example.com"_s, enforce, std::nullopt, published);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).kind, PublishStep::Kind::PublishPolicyFile);
}

QTEST_GUILESS_MAIN(TestPolicyGenerator)
#include "test_policygenerator.moc"

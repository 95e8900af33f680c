#include "TestEnv.h"
#include "pki/TestPki.h"
#include "tls/CoverageCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tls;
using sts::test::TestPki;

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsEachProblemOnItsHost();
    void wildcardPatternCovers();
    void missingCertificateIsReported();

private:
    CertificateChain load(const QString &path);
    QMultiHash<QString, QString> problemsByHost(const QList<CoverageFinding> &findings);

    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    CoverageInput m_input;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

CertificateChain TestCoverage::load(const QString &path)
{
    sts::Result<CertificateChain> chain = CertificateChain::fromFile(path);
    return chain.ok() ? *chain : CertificateChain();
}

QMultiHash<QString, QString> TestCoverage::problemsByHost(const QList<CoverageFinding> &findings)
{
    QMultiHash<QString, QString> out;
    for (const CoverageFinding &f : findings) {
        out.insert(f.host, toKey(f.problem));
        if (!(f.message.size() > 10 && f.fix.size() > 10))
            qWarning("finding without message or fix: %s", qPrintable(toKey(f.problem)));
    }
    return out;
}

void TestCoverage::initTestCase()
{
    m_lab = std::make_unique<sts::test::LabDir>(u"cover"_s);
    m_pki = std::make_unique<TestPki>(m_lab->path(), m_now);
    QVERIFY(m_pki->isValid());
    const auto mx1 = m_pki->valid(u"mx1"_s, {u"mx1.lab.test"_s});
    const auto mx2 = m_pki->expired(u"mx2"_s, {u"mx2.lab.test"_s});
    const auto mx3 = m_pki->valid(u"mx3"_s, {u"mx3.lab.test"_s});
    const auto mx4 = m_pki->valid(u"mx4"_s, {u"mail.other.test"_s});
    const auto mx5 = m_pki->expiringAt(u"mx5"_s, {u"mx5.lab.test"_s}, m_now.addDays(10));
    const auto policy = m_pki->valid(u"policy"_s, {u"mta-sts.lab.test"_s});
    m_input.domain = u"lab.test"_s;
    m_input.mxHosts = {{u"mx1.lab.test"_s, 10},
                       {u"mx2.lab.test"_s, 20},
                       {u"mx3.lab.test"_s, 10},
                       {u"mx4.lab.test"_s, 30},
                       {u"mx5.lab.test"_s, 10}};
    m_input.plannedPatterns = {u"mx1.lab.test"_s, u"mx2.lab.test"_s, u"mx3.lab.test"_s,
                               u"MX5.lab.test."_s};
    m_input.seen.insert(u"mx1.lab.test"_s, load(mx1.fullchainPath));
    m_input.seen.insert(u"mx2.lab.test"_s, load(mx2.fullchainPath));
    m_input.seen.insert(u"mx3.lab.test"_s, load(mx3.certPath)); // intermediate forgotten
    m_input.seen.insert(u"mx4.lab.test"_s, load(mx4.fullchainPath));
    m_input.seen.insert(u"mx5.lab.test"_s, load(mx5.fullchainPath));
    m_input.seen.insert(u"mta-sts.lab.test"_s, load(policy.fullchainPath));
    for (const auto &chain : std::as_const(m_input.seen))
        QVERIFY(!chain.isEmpty());
}

void TestCoverage::findsEachProblemOnItsHost()
{
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()),
                           std::make_shared<sts::FixedClock>(m_now));
    QVERIFY(verifier.load().ok());
    const QList<CoverageFinding> findings = CoverageCheck(verifier).run(m_input);
    const auto byHost = problemsByHost(findings);
    QCOMPARE(byHost.values(u"mx1.lab.test"_s), QStringList());
    QCOMPARE(byHost.values(u"mx2.lab.test"_s), QStringList{u"expired-backup-mx-certificate"_s});
    QCOMPARE(byHost.values(u"mx3.lab.test"_s), QStringList{u"missing-intermediate"_s});
    QStringList mx4 = byHost.values(u"mx4.lab.test"_s);
    mx4.sort();
    QCOMPARE(mx4, (QStringList{u"name-mismatch"_s, u"pattern-mismatch"_s}));
    QCOMPARE(byHost.values(u"mx5.lab.test"_s), QStringList{u"expiring-soon"_s});
    QCOMPARE(byHost.values(u"mta-sts.lab.test"_s), QStringList());
    for (const CoverageFinding &f : findings) {
        QVERIFY(!f.fix.isEmpty());
        QCOMPARE(f.blocking, f.problem != CoverageProblem::ExpiringSoon);
        QVERIFY(f.message.contains(f.host));
    }
    const auto missing = std::find_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.problem == CoverageProblem::MissingIntermediate;
    });
    QVERIFY(missing != findings.cend());
    QVERIFY(missing->message.contains(u"STS Desk Test Intermediate CA"_s));
}

void TestCoverage::wildcardPatternCovers()
{
    QVERIFY(CoverageCheck::patternsCover({u"*.lab.test"_s}, u"mx4.lab.test"_s));
    QVERIFY(!CoverageCheck::patternsCover({u"*.lab.test"_s}, u"lab.test"_s));
    QVERIFY(!CoverageCheck::patternsCover({u"*.lab.test"_s}, u"a.mx.lab.test"_s));
    CoverageInput input = m_input;
    input.plannedPatterns = {u"*.lab.test"_s};
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()));
    QVERIFY(verifier.load().ok());
    const auto byHost = problemsByHost(CoverageCheck(verifier).run(input));
    QVERIFY(!byHost.values(u"mx4.lab.test"_s).contains(u"pattern-mismatch"_s));
}

void TestCoverage::missingCertificateIsReported()
{
    CoverageInput input = m_input;
    input.seen.remove(u"mta-sts.lab.test"_s);
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()));
    QVERIFY(verifier.load().ok());
    const auto byHost = problemsByHost(CoverageCheck(verifier).run(input));
    QCOMPARE(byHost.values(u"mta-sts.lab.test"_s), QStringList{u"no-certificate-seen"_s});
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "test_coverage.moc"

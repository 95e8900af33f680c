#include "TestEnv.h"
#include "pki/TestPki.h"
#include "tls/Certificate.h"
#include "tls/CertificateChain.h"
#include "tls/ChainVerifier.h"
#include "tls/ExpiryAlert.h"
#include "tls/NameMatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::tls;
using sts::Result;
using sts::test::TestPki;

class TestCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesFields();
    void digestsMatchOpenSslTool();
    void loadsDerAndKeysInPem();
    void rejectsGarbage();
    void chainOrder();
    void nameMatching_data();
    void nameMatching();
    void noCommonNameFallbackWhenSansExist();
    void verifies_data();
    void verifies();
    void verifierAgreesWithOpenSslVerify();
    void injectedClockExpires();
    void missingCaFileIsAnError();
    void caFileIsReadAgainWhenItChanges();
    void expiryLevels_data();
    void expiryLevels();

private:
    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    QHash<QString, TestPki::Leaf> m_leaves;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestCertificate::initTestCase()
{
    m_lab = std::make_unique<sts::test::LabDir>(u"cert"_s);
    QVERIFY(m_lab->isValid());
    m_pki = std::make_unique<TestPki>(m_lab->path(), m_now);
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_leaves[u"good"_s] = m_pki->valid(u"good"_s, {u"mx1.lab.test"_s, u"mx2.lab.test"_s});
    m_leaves[u"wrong"_s] = m_pki->valid(u"wrong"_s, {u"other.lab.test"_s});
    m_leaves[u"wild"_s] = m_pki->valid(u"wild"_s, {u"*.lab.test"_s});
    m_leaves[u"expired"_s] = m_pki->expired(u"expired"_s, {u"mx1.lab.test"_s});
    m_leaves[u"future"_s] = m_pki->notYetValid(u"future"_s, {u"mx1.lab.test"_s});
    m_leaves[u"self"_s] = m_pki->selfSigned(u"self"_s, {u"mx1.lab.test"_s});
    auto rsa = TestPki::LeafOptions::make(u"rsa"_s, {u"mx1.lab.test"_s});
    rsa.key = TestPki::KeyKind::Rsa2048;
    m_leaves[u"rsa"_s] = m_pki->issue(rsa);
    auto cnOnly = TestPki::LeafOptions::make(u"cnonly"_s, {});
    cnOnly.commonName = u"mx1.lab.test"_s;
    m_leaves[u"cnonly"_s] = m_pki->issue(cnOnly);
    auto cnOther = TestPki::LeafOptions::make(u"cnother"_s, {u"other.lab.test"_s});
    cnOther.commonName = u"mx1.lab.test"_s;
    m_leaves[u"cnother"_s] = m_pki->issue(cnOther);
    for (auto it = m_leaves.cbegin(); it != m_leaves.cend(); ++it)
        QVERIFY2(it->isValid(), qPrintable(it.key() + u": "_s + m_pki->errorString()));
}

void TestCertificate::parsesFields()
{
    Result<Certificate> parsed = Certificate::fromPem(m_leaves[u"good"_s].certPem);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const Certificate &cert = *parsed;
    QCOMPARE(cert.dnsNames(), (QStringList{u"mx1.lab.test"_s, u"mx2.lab.test"_s}));
    QCOMPARE(cert.commonName(), u"mx1.lab.test"_s);
    QCOMPARE(cert.subject(), u"CN=mx1.lab.test"_s);
    QCOMPARE(cert.issuer(), u"CN=STS Desk Test Intermediate CA"_s);
    QCOMPARE(cert.keyType(), KeyType::Ec);
    QCOMPARE(cert.keyBits(), 256);
    QCOMPARE(cert.curveName(), u"prime256v1"_s);
    QCOMPARE(cert.signatureAlgorithm(), u"ecdsa-with-SHA256"_s);
    QCOMPARE(cert.notAfter().toSecsSinceEpoch(), m_leaves[u"good"_s].notAfter.toSecsSinceEpoch());
    QCOMPARE(cert.notBefore().toSecsSinceEpoch(), m_leaves[u"good"_s].notBefore.toSecsSinceEpoch());
    QVERIFY(!cert.isCa());
    QVERIFY(!cert.isSelfIssued());

    Result<Certificate> rsa = Certificate::fromPem(m_leaves[u"rsa"_s].certPem);
    QVERIFY(rsa.ok());
    QCOMPARE(rsa->keyType(), KeyType::Rsa);
    QCOMPARE(rsa->keyBits(), 2048);

    Result<Certificate> self = Certificate::fromPem(m_leaves[u"self"_s].certPem);
    QVERIFY(self.ok());
    QVERIFY(self->isSelfSigned());

    Result<QList<Certificate>> root = Certificate::listFromFile(m_pki->rootCertPath());
    QVERIFY(root.ok());
    QVERIFY(root->first().isCa());
    QVERIFY(root->first().isSelfSigned());
}

void TestCertificate::digestsMatchOpenSslTool()
{
    const QString path = m_leaves[u"good"_s].certPath;
    const auto pub =
        sts::test::runTool(u"openssl"_s, {u"x509"_s, u"-in"_s, path, u"-pubkey"_s, u"-noout"_s});
    QVERIFY2(pub.exitCode == 0, qPrintable(pub.describe()));
    const auto der = sts::test::runTool(
        u"openssl"_s, {u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, 10000, pub.out);
    QVERIFY2(der.exitCode == 0 && !der.out.isEmpty(), qPrintable(der.describe()));
    Result<Certificate> cert = Certificate::fromPem(m_leaves[u"good"_s].certPem);
    QVERIFY(cert.ok());
    QCOMPARE(cert->spkiDer(), der.out);
    QCOMPARE(cert->spkiSha256(), QCryptographicHash::hash(der.out, QCryptographicHash::Sha256));
    QCOMPARE(cert->spkiSha512(), QCryptographicHash::hash(der.out, QCryptographicHash::Sha512));

    const auto fp = sts::test::runTool(
        u"openssl"_s, {u"x509"_s, u"-in"_s, path, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
    QVERIFY2(fp.exitCode == 0, qPrintable(fp.describe()));
    // "sha256 Fingerprint=AB:CD:..."
    const QByteArray hex = fp.out.trimmed().split('=').last().replace(':', "").toLower();
    QCOMPARE(cert->sha256().toHex(), hex);
    QCOMPARE(cert->der(), m_leaves[u"good"_s].certDer);
}

void TestCertificate::loadsDerAndKeysInPem()
{
    Result<Certificate> der = Certificate::fromDer(m_leaves[u"good"_s].certDer);
    QVERIFY(der.ok());
    QCOMPARE(der->dnsNames().first(), u"mx1.lab.test"_s);
    QCOMPARE(der->pem(), m_leaves[u"good"_s].certPem);

    // Postfix-style file: key first, then leaf and intermediate; the key block is skipped.
    Result<CertificateChain> chain = CertificateChain::fromFile(m_leaves[u"good"_s].keyChainPath);
    QVERIFY(chain.ok());
    QCOMPARE(chain->size(), 2);
    QCOMPARE(chain->leaf().commonName(), u"mx1.lab.test"_s);
    QCOMPARE(chain->certificates()[1].commonName(), u"STS Desk Test Intermediate CA"_s);

    // Two DER certificates back to back.
    Result<QList<Certificate>> concatenated =
        Certificate::listFromData(m_leaves[u"good"_s].certDer + chain->certificates()[1].der());
    QVERIFY(concatenated.ok());
    QCOMPARE(concatenated->size(), 2);
}

void TestCertificate::rejectsGarbage()
{
    QVERIFY(!Certificate::fromDer("not a certificate").ok());
    Result<QList<Certificate>> none = Certificate::listFromData("-----BEGIN NOTHING-----\nAAAA\n");
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"tls.no-certificate"_s);
    QVERIFY(!Certificate::listFromFile(m_lab->filePath(u"missing.pem"_s)).ok());
}

void TestCertificate::chainOrder()
{
    Result<CertificateChain> full = CertificateChain::fromFile(m_leaves[u"good"_s].fullchainPath);
    QVERIFY(full.ok());
    QVERIFY(full->isOrdered());
    QVERIFY(!full->endsInRoot());
    QCOMPARE(full->topIssuer(), u"CN=STS Desk Test Root CA"_s);
    const CertificateChain reversed({full->certificates()[1], full->certificates()[0]});
    QVERIFY(!reversed.isOrdered());
}

void TestCertificate::nameMatching_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << u"mx1.example.com"_s << u"mx1.example.com"_s << true;
    QTest::newRow("case") << u"MX1.Example.COM"_s << u"mx1.example.com"_s << true;
    QTest::newRow("trailing dot") << u"mx1.example.com"_s << u"mx1.example.com."_s << true;
    QTest::newRow("other") << u"mx2.example.com"_s << u"mx1.example.com"_s << false;
    QTest::newRow("wildcard one label") << u"*.example.com"_s << u"mx1.example.com"_s << true;
    QTest::newRow("wildcard not apex") << u"*.example.com"_s << u"example.com"_s << false;
    QTest::newRow("wildcard one label only") << u"*.example.com"_s << u"a.b.example.com"_s << false;
    QTest::newRow("partial wildcard") << u"mx*.example.com"_s << u"mx1.example.com"_s << false;
    QTest::newRow("inner wildcard") << u"mx.*.example.com"_s << u"mx.a.example.com"_s << false;
    QTest::newRow("tld wildcard") << u"*.com"_s << u"example.com"_s << false;
    QTest::newRow("idn u-label host") << u"mx.xn--mller-kva.de"_s << u"mx.müller.de"_s << true;
    QTest::newRow("idn wildcard") << u"*.xn--mller-kva.de"_s << u"MX.Müller.de"_s << true;
    QTest::newRow("empty") << QString() << u"mx1.example.com"_s << false;
}

void TestCertificate::nameMatching()
{
    QFETCH(QString, presented);
    QFETCH(QString, host);
    QFETCH(bool, match);
    QCOMPARE(NameMatcher::matches(presented, host), match);
}

void TestCertificate::noCommonNameFallbackWhenSansExist()
{
    Result<Certificate> cnOnly = Certificate::fromPem(m_leaves[u"cnonly"_s].certPem);
    QVERIFY(cnOnly.ok());
    QVERIFY(cnOnly->dnsNames().isEmpty());
    QVERIFY(NameMatcher::certificateMatches(*cnOnly, u"mx1.lab.test"_s));
    Result<Certificate> cnOther = Certificate::fromPem(m_leaves[u"cnother"_s].certPem);
    QVERIFY(cnOther.ok());
    QCOMPARE(cnOther->commonName(), u"mx1.lab.test"_s);
    QVERIFY(!NameMatcher::certificateMatches(*cnOther, u"mx1.lab.test"_s));
    QVERIFY(NameMatcher::certificateMatches(*cnOther, u"other.lab.test"_s));
    Result<Certificate> wild = Certificate::fromPem(m_leaves[u"wild"_s].certPem);
    QVERIFY(wild.ok());
    QVERIFY(NameMatcher::certificateMatches(*wild, u"mx9.lab.test"_s));
    QVERIFY(!NameMatcher::certificateMatches(*wild, u"lab.test"_s));
}

void TestCertificate::verifies_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("file"); // which of the leaf's files the "server" serves
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("resultType");
    QTest::newRow("good") << u"good"_s << u"fullchain"_s << u"mx2.lab.test"_s << QString();
    QTest::newRow("wildcard") << u"wild"_s << u"fullchain"_s << u"mx7.lab.test"_s << QString();
    QTest::newRow("wrong name") << u"wrong"_s << u"fullchain"_s << u"mx1.lab.test"_s
                                << u"certificate-host-mismatch"_s;
    QTest::newRow("expired") << u"expired"_s << u"fullchain"_s << u"mx1.lab.test"_s
                             << u"certificate-expired"_s;
    QTest::newRow("not yet valid")
        << u"future"_s << u"fullchain"_s << u"mx1.lab.test"_s << u"validation-failure"_s;
    QTest::newRow("self-signed") << u"self"_s << u"fullchain"_s << u"mx1.lab.test"_s
                                 << u"certificate-not-trusted"_s;
    QTest::newRow("no intermediate")
        << u"good"_s << u"leaf"_s << u"mx1.lab.test"_s << u"certificate-not-trusted"_s;
}

void TestCertificate::verifies()
{
    QFETCH(QString, leaf);
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(QString, resultType);
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()));
    QVERIFY(verifier.load().ok());
    const TestPki::Leaf &files = m_leaves[leaf];
    Result<CertificateChain> chain =
        CertificateChain::fromFile(file == u"leaf"_s ? files.certPath : files.fullchainPath);
    QVERIFY(chain.ok());
    const ChainVerification result = verifier.verify(*chain, host);
    QCOMPARE(result.failureType(), resultType);
    QCOMPARE(result.ok(), resultType.isEmpty());
    if (leaf == u"self"_s)
        QVERIFY(result.selfSigned);
    if (file == u"leaf"_s) {
        QVERIFY(result.missingIntermediate);
        QCOMPARE(result.missingIssuer, u"CN=STS Desk Test Intermediate CA"_s);
        QVERIFY(result.summary().contains(u"Missing intermediate"_s));
    } else {
        QVERIFY(!result.missingIntermediate);
    }
    if (result.ok()) {
        QCOMPARE(result.path.size(), 3);
        QVERIFY(result.path.last().isSelfSigned());
    }
}

void TestCertificate::verifierAgreesWithOpenSslVerify()
{
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()));
    QVERIFY(verifier.load().ok());
    for (const QString &name : {u"good"_s, u"expired"_s, u"self"_s, u"future"_s}) {
        const auto tool = sts::test::runTool(
            u"openssl"_s, {u"verify"_s, u"-CAfile"_s, m_pki->rootCertPath(), u"-untrusted"_s,
                           m_pki->intermediateCertPath(), m_leaves[name].certPath});
        Result<CertificateChain> chain = CertificateChain::fromFile(m_leaves[name].fullchainPath);
        QVERIFY(chain.ok());
        const ChainVerification ours = verifier.verify(*chain);
        QVERIFY2(ours.ok() == (tool.exitCode == 0), qPrintable(name + u": "_s + tool.describe()));
    }
}

void TestCertificate::injectedClockExpires()
{
    auto clock = std::make_shared<sts::FixedClock>(m_leaves[u"good"_s].notAfter.addDays(1));
    ChainVerifier verifier(TrustSettings::fromCaFile(m_pki->rootCertPath()), clock);
    QVERIFY(verifier.load().ok());
    Result<CertificateChain> chain = CertificateChain::fromFile(m_leaves[u"good"_s].fullchainPath);
    QVERIFY(chain.ok());
    QCOMPARE(verifier.verify(*chain, u"mx1.lab.test"_s).failureType(), u"certificate-expired"_s);
    clock->set(m_now);
    QVERIFY(verifier.verify(*chain, u"mx1.lab.test"_s).ok());
}

void TestCertificate::missingCaFileIsAnError()
{
    ChainVerifier verifier(TrustSettings::fromCaFile(m_lab->filePath(u"nope.pem"_s)));
    QVERIFY(!verifier.load().ok());
    Result<CertificateChain> chain = CertificateChain::fromFile(m_leaves[u"good"_s].fullchainPath);
    QVERIFY(chain.ok());
    QVERIFY(!verifier.verify(*chain).ok());
}

// Loaded stores are shared by the process (a monitor run loads one per customer); a CA file that
// changes is read again, so a removed anchor is no longer trusted.
void TestCertificate::caFileIsReadAgainWhenItChanges()
{
    const QString path = m_lab->filePath(u"changing-ca.pem"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(m_pki->rootCertPath(), path));
    Result<CertificateChain> chain = CertificateChain::fromFile(m_leaves[u"good"_s].fullchainPath);
    QVERIFY(chain.ok());
    ChainVerifier before(TrustSettings::fromCaFile(path));
    QVERIFY(before.load().ok());
    QVERIFY(before.verify(*chain, u"mx1.lab.test"_s).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QFile other(m_leaves[u"self"_s].certPath);
    QVERIFY(other.open(QIODevice::ReadOnly));
    file.write(other.readAll());
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                             QFileDevice::FileModificationTime));
    file.close();
    ChainVerifier after(TrustSettings::fromCaFile(path));
    QVERIFY(after.load().ok());
    QCOMPARE(after.anchors().size(), 1);
    QVERIFY(!after.verify(*chain, u"mx1.lab.test"_s).ok());
    QVERIFY(before.verify(*chain, u"mx1.lab.test"_s).ok()); // a loaded verifier keeps its store
}

void TestCertificate::expiryLevels_data()
{
    QTest::addColumn<int>("daysBefore"); // clock set this many days (+1 h) before notAfter
    QTest::addColumn<int>("level");
    QTest::newRow("31 days") << 31 << int(ExpiryLevel::Fine);
    QTest::newRow("30 days") << 30 << int(ExpiryLevel::Within30Days);
    QTest::newRow("15 days") << 15 << int(ExpiryLevel::Within30Days);
    QTest::newRow("14 days") << 14 << int(ExpiryLevel::Within14Days);
    QTest::newRow("7 days") << 7 << int(ExpiryLevel::Within7Days);
    QTest::newRow("0 days") << 0 << int(ExpiryLevel::Within7Days);
    QTest::newRow("-2 days") << -2 << int(ExpiryLevel::Expired);
}

void TestCertificate::expiryLevels()
{
    QFETCH(int, daysBefore);
    QFETCH(int, level);
    Result<Certificate> cert = Certificate::fromPem(m_leaves[u"good"_s].certPem);
    QVERIFY(cert.ok());
    const QDateTime now = cert->notAfter().addDays(-daysBefore).addSecs(-3600);
    const ExpiryStatus status = expiryStatus(*cert, now);
    QCOMPARE(int(status.level), level);
    QCOMPARE(status.daysLeft, qint64(daysBefore >= 0 ? daysBefore : daysBefore + 1 - 1));
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "test_certificate.moc"

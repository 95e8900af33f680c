#include "TestEnv.h"
#include "dane/DaneMatcher.h"
#include "dane/RolloverPlan.h"
#include "dane/Tlsa.h"
#include "pki/TestPki.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::dane;
using sts::Result;
using sts::test::TestPki;
using sts::tls::Certificate;
using sts::tls::CertificateChain;

class TestTlsa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void digestsEqualLdnsDane_data();
    void digestsEqualLdnsDane();
    void parseAndValidate();
    void rejectsEmptyInputDigest();
    void daneEeIgnoresNameAndExpiry();
    void daneTaNeedsServedAnchorAndName();
    void mismatchIsTlsaInvalid();
    void rolloverPlan();

private:
    QString ldnsDane(const QString &certFile, const QString &params,
                     const QString &host = QStringLiteral("mx1.lab.test"));
    QString opensslSpki311(const QString &certFile);
    CertificateChain chain(const QString &leaf, bool withIntermediate = true);

    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    QHash<QString, TestPki::Leaf> m_leaves;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestTlsa::initTestCase()
{
    if (!sts::test::haveProgram(u"ldns-dane"_s))
        QSKIP("ldns-dane (ldnsutils) is not installed");
    m_lab = std::make_unique<sts::test::LabDir>(u"tlsa"_s);
    m_pki = std::make_unique<TestPki>(m_lab->path(), m_now);
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_leaves[u"good"_s] = m_pki->valid(u"good"_s, {u"mx1.lab.test"_s});
    m_leaves[u"expired"_s] = m_pki->expired(u"expired"_s, {u"other.lab.test"_s});
    m_leaves[u"wrong"_s] = m_pki->valid(u"wrong"_s, {u"other.lab.test"_s});
    for (const auto &leaf : std::as_const(m_leaves))
        QVERIFY(leaf.isValid());
}

// ldns-dane with -c reads the certificate file and never connects; run it in an empty network
// namespace where possible so that it cannot send anything anywhere.
QString TestTlsa::ldnsDane(const QString &certFile, const QString &params, const QString &host)
{
    QStringList args{u"-c"_s, certFile, u"create"_s, host, u"25"_s};
    args += params.split(u' ');
    const bool isolated = sts::test::haveProgram(u"unshare"_s) &&
                          sts::test::runTool(u"unshare"_s, {u"-n"_s, u"true"_s}).exitCode == 0;
    const auto run =
        isolated ? sts::test::runTool(u"unshare"_s, QStringList{u"-n"_s, u"ldns-dane"_s} + args)
                 : sts::test::runTool(u"ldns-dane"_s, args);
    if (run.exitCode != 0)
        return {};
    // "_25._tcp.mx1.lab.test.	3600	IN	TLSA	3 1 1 d827..."
    const QString line = QString::fromUtf8(run.out).trimmed();
    const qsizetype at = line.indexOf(u"TLSA"_s);
    return at < 0 ? QString() : line.mid(at + 4).simplified();
}

// The documented shell recipe: openssl x509 -pubkey | openssl pkey -pubin -outform DER | sha256.
QString TestTlsa::opensslSpki311(const QString &certFile)
{
    const auto pub = sts::test::runTool(u"openssl"_s,
                                        {u"x509"_s, u"-in"_s, certFile, u"-pubkey"_s, u"-noout"_s});
    const auto der = sts::test::runTool(
        u"openssl"_s, {u"pkey"_s, u"-pubin"_s, u"-outform"_s, u"DER"_s}, 10000, pub.out);
    if (der.exitCode != 0 || der.out.isEmpty())
        return {};
    return u"3 1 1 "_s + QString::fromLatin1(
                             QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex());
}

CertificateChain TestTlsa::chain(const QString &leaf, bool withIntermediate)
{
    Result<CertificateChain> c = CertificateChain::fromFile(
        withIntermediate ? m_leaves[leaf].fullchainPath : m_leaves[leaf].certPath);
    return c.ok() ? *c : CertificateChain();
}

void TestTlsa::digestsEqualLdnsDane_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("type");
    QTest::newRow("3 1 1") << 3 << 1 << 1;
    QTest::newRow("3 0 1") << 3 << 0 << 1;
    QTest::newRow("3 1 2") << 3 << 1 << 2;
    QTest::newRow("3 0 2") << 3 << 0 << 2;
}

void TestTlsa::digestsEqualLdnsDane()
{
    QFETCH(int, usage);
    QFETCH(int, selector);
    QFETCH(int, type);
    Result<Certificate> leaf = Certificate::fromPem(m_leaves[u"good"_s].certPem);
    QVERIFY(leaf.ok());
    const TlsaRecord ours =
        TlsaRecord::fromCertificate(*leaf, Usage(usage), Selector(selector), MatchingType(type));
    const QString theirs =
        ldnsDane(m_leaves[u"good"_s].certPath, u"%1 %2 %3"_s.arg(usage).arg(selector).arg(type));
    QVERIFY(!theirs.isEmpty());
    QCOMPARE(ours.toString(), theirs);
    QVERIFY(ours.validate().ok());
    if (usage == 3 && selector == 1 && type == 1)
        QCOMPARE(ours.toString(), opensslSpki311(m_leaves[u"good"_s].certPath));
}

void TestTlsa::parseAndValidate()
{
    Result<TlsaRecord> parsed = TlsaRecord::parse(
        u"3 1 1 D82767421575B9E80EE64FC8CE445701 c63fed4bd556f2db16cbf9d5c611c6d1"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->usage, quint8(3));
    QCOMPARE(parsed->data.toHex(),
             QByteArray("d82767421575b9e80ee64fc8ce445701c63fed4bd556f2db16cbf9d5c611c6d1"));
    QVERIFY(parsed->validate().ok());
    QCOMPARE(parsed->zoneLine(u"MX1.Lab.Test"_s, 300),
             u"_25._tcp.mx1.lab.test. 300 IN TLSA 3 1 1 "
             "d82767421575b9e80ee64fc8ce445701c63fed4bd556f2db16cbf9d5c611c6d1"_s);
    QVERIFY(!TlsaRecord::parse(u"3 1 1 abc"_s).ok()); // odd digits
    QVERIFY(!TlsaRecord::parse(u"3 1 zz"_s).ok());
    QVERIFY(!TlsaRecord::parse(u"3 1 1 abcd"_s)->validate().ok()); // short digest
    QVERIFY(!TlsaRecord::parse(u"4 1 1 "_s + QString(64, u'a'))->validate().ok());
    QVERIFY(TlsaRecord::parse(u"1 1 1 "_s + QString(64, u'a'))->validate().ok());
    QVERIFY(!TlsaRecord::parse(u"1 1 1 "_s + QString(64, u'a'))->isUsableForSmtp());
}

void TestTlsa::rejectsEmptyInputDigest()
{
    const QByteArray empty256 = QCryptographicHash::hash({}, QCryptographicHash::Sha256);
    QCOMPARE(empty256.toHex().left(8), QByteArray("e3b0c442")); // the well-known value
    Result<TlsaRecord> record =
        TlsaRecord::parse(u"3 1 1 "_s + QString::fromLatin1(empty256.toHex()));
    QVERIFY(record.ok());
    QCOMPARE(record->validate().error().code, u"dane.tlsa-empty-digest"_s);
    const QByteArray empty512 = QCryptographicHash::hash({}, QCryptographicHash::Sha512);
    QVERIFY(
        !TlsaRecord::parse(u"3 1 2 "_s + QString::fromLatin1(empty512.toHex()))->validate().ok());
    // Matching against it never succeeds, even with nothing else published.
    const DaneResult result =
        DaneMatcher::match(chain(u"good"_s), {*record}, u"mx1.lab.test"_s, m_now);
    QVERIFY(!result.matched);
    QCOMPARE(result.usableRecords, 0);
}

void TestTlsa::daneEeIgnoresNameAndExpiry()
{
    // The expired certificate naming another host still matches its own 3 1 1.
    Result<Certificate> leaf = Certificate::fromPem(m_leaves[u"expired"_s].certPem);
    QVERIFY(leaf.ok());
    const TlsaRecord record =
        TlsaRecord::parse(opensslSpki311(m_leaves[u"expired"_s].certPath)).value();
    const DaneResult result =
        DaneMatcher::match(chain(u"expired"_s, false), {record}, u"mx1.lab.test"_s, m_now);
    QVERIFY2(result.matched, qPrintable(result.problems.join(u"; "_s)));
    QCOMPARE(result.matchedDepth, 0);
    QVERIFY(result.failureType().isEmpty());
}

void TestTlsa::daneTaNeedsServedAnchorAndName()
{
    Result<Certificate> intermediate = Certificate::fromPem(m_pki->intermediatePem());
    QVERIFY(intermediate.ok());
    const TlsaRecord ta = TlsaRecord::fromCertificate(*intermediate, Usage::DaneTa, Selector::Spki,
                                                      MatchingType::Sha256);
    // The intermediate's 2 1 1 equals the shell recipe's SPKI digest of the intermediate.
    QCOMPARE(ta.toString(), u"2"_s + opensslSpki311(m_pki->intermediateCertPath()).mid(1));
    // ldns-dane picks the self-signed end of the path for usage 2: compare on a served root.
    QVERIFY(m_lab->writeFile(u"with-root.pem"_s, m_leaves[u"good"_s].certPem +
                                                     m_pki->intermediatePem() + m_pki->rootPem()));
    Result<Certificate> root = Certificate::fromPem(m_pki->rootPem());
    QVERIFY(root.ok());
    const TlsaRecord rootTa =
        TlsaRecord::fromCertificate(*root, Usage::DaneTa, Selector::Spki, MatchingType::Sha256);
    const QString ldns = ldnsDane(m_lab->filePath(u"with-root.pem"_s), u"2 1 1"_s);
    QCOMPARE(rootTa.toString(), ldns);

    DaneResult good = DaneMatcher::match(chain(u"good"_s), {ta}, u"mx1.lab.test"_s, m_now);
    QVERIFY2(good.matched, qPrintable(good.problems.join(u"; "_s)));
    QCOMPARE(good.matchedDepth, 1);
    // Anchor not served: no match.
    QVERIFY(!DaneMatcher::match(chain(u"good"_s, false), {ta}, u"mx1.lab.test"_s, m_now).matched);
    // Name checks apply to DANE-TA.
    QVERIFY(!DaneMatcher::match(chain(u"wrong"_s), {ta}, u"mx1.lab.test"_s, m_now).matched);
    // So do dates.
    QVERIFY(!DaneMatcher::match(chain(u"expired"_s), {ta}, u"other.lab.test"_s, m_now).matched);
}

void TestTlsa::mismatchIsTlsaInvalid()
{
    const TlsaRecord other =
        TlsaRecord::parse(ldnsDane(m_leaves[u"wrong"_s].certPath, u"3 1 1"_s, u"other.lab.test"_s))
            .value();
    const DaneResult result =
        DaneMatcher::match(chain(u"good"_s), {other}, u"mx1.lab.test"_s, m_now);
    QVERIFY(!result.matched);
    QCOMPARE(result.usableRecords, 1);
    QCOMPARE(result.failureType(), u"tlsa-invalid"_s);
    // A second, matching record in the RRset makes it pass (rollover: two records).
    Result<Certificate> leaf = Certificate::fromPem(m_leaves[u"good"_s].certPem);
    const TlsaRecord mine =
        TlsaRecord::fromCertificate(*leaf, Usage::DaneEe, Selector::Spki, MatchingType::Sha256);
    QVERIFY(DaneMatcher::match(chain(u"good"_s), {other, mine}, u"mx1.lab.test"_s, m_now).matched);
    QCOMPARE(DaneMatcher::match(chain(u"good"_s), {}, u"mx1.lab.test"_s, m_now).failureType(),
             u"tlsa-invalid"_s);
}

void TestTlsa::rolloverPlan()
{
    const QByteArray current = QCryptographicHash::hash("current", QCryptographicHash::Sha256);
    const QByteArray next = QCryptographicHash::hash("next", QCryptographicHash::Sha256);
    const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    Result<RolloverPlan> plan =
        RolloverPlan::make(u"mx1.example.com"_s, current, next, 3600, start);
    QVERIFY(plan.ok());
    QCOMPARE(plan->steps.size(), 3);
    QCOMPARE(plan->steps[0].records.size(), 2);
    QCOMPARE(plan->steps[0].notBefore, start);
    QCOMPARE(plan->steps[1].action, RolloverStep::Action::SwitchServerKey);
    QCOMPARE(plan->steps[1].notBefore, start.addSecs(7200));
    QCOMPARE(plan->steps[1].records.size(), 2);
    QCOMPARE(plan->steps[2].records, QList<TlsaRecord>{TlsaRecord::fromSpkiSha256(next)});
    QVERIFY(plan->steps[2].notBefore >= plan->steps[1].notBefore.addSecs(7200));
    QVERIFY(!RolloverPlan::make(u"mx1.example.com"_s, current, current, 3600, start).ok());
    QVERIFY(!RolloverPlan::make(u"mx1.example.com"_s, current,
                                QCryptographicHash::hash({}, QCryptographicHash::Sha256), 3600,
                                start)
                 .ok());
}

QTEST_GUILESS_MAIN(TestTlsa)
#include "test_tlsa.moc"

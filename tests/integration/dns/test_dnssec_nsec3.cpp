// NSEC3 denial (RFC 5155 §8) against the Knot lab: n3.test signed by ldns-signzone, oo.test
// signed by knotd with opt-out, n3bad.test with NSEC3 records removed or altered after signing.
// Each verdict is written down from how DnsLab builds the zone and cross-checked against unbound
// (validating with the same root key) and, for secure answers, drill -S.
#include "TestEnv.h"
#include "dns/DnssecValidator.h"
#include "dns/Resolver.h"
#include "dnslab/DnsLab.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;

Q_DECLARE_METATYPE(sts::dns::Security)
Q_DECLARE_METATYPE(sts::dns::BogusReason)

class TestDnssecNsec3 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sts::test::DnsLab> m_lab;

    LookupResult lookup(const QString &name, quint16 type) const
    {
        auto resolver = Resolver::create(*ResolverConfig::parse(m_lab->resolverSpec()));
        auto v = DnssecValidator::create({m_lab->trustAnchorFile(), {}});
        if (!resolver || !v)
            qFatal("no resolver or validator");
        return (*v)->lookup(**resolver, name, type);
    }
    static quint16 typeCode(const QString &type)
    {
        static const QHash<QString, quint16> codes{{u"MX"_s, RrType::MX},
                                                   {u"A"_s, RrType::A},
                                                   {u"AAAA"_s, RrType::AAAA},
                                                   {u"TXT"_s, RrType::TXT},
                                                   {u"TLSA"_s, RrType::TLSA}};
        return codes.value(type);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!sts::test::DnsLab::toolsAvailable(&missing, true))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        m_lab = std::make_unique<sts::test::DnsLab>();
        QString error;
        QVERIFY2(m_lab->start(&error), qPrintable(error));
        QVERIFY2(m_lab->startUnbound(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void verdicts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<Security>("security");
        QTest::addColumn<BogusReason>("reason");
        QTest::addColumn<QString>("rcode");
        QTest::addColumn<QString>("firstRecord"); // "" = not checked
        const auto S = Security::Secure, I = Security::Insecure, B = Security::Bogus;
        const auto fine = BogusReason::None;
        const QString ok = u"NOERROR"_s, nx = u"NXDOMAIN"_s;
        const QString none = u"-"_s; // no records at all
        // n3.test: NSEC3 without opt-out.
        QTest::newRow("n3 MX") << u"n3.test"_s << u"MX"_s << S << fine << ok
                               << u"10 mail.n3.test."_s;
        QTest::newRow("n3 A") << u"mail.n3.test"_s << u"A"_s << S << fine << ok << u"127.0.0.1"_s;
        // The walk asks DS at _tcp.mail.n3.test, an empty non-terminal with an empty bitmap.
        QTest::newRow("n3 TLSA below ENT")
            << u"_25._tcp.mail.n3.test"_s << u"TLSA"_s << S << fine << ok << QString();
        QTest::newRow("8.4 NXDOMAIN") << u"nx.n3.test"_s << u"MX"_s << S << fine << nx << none;
        QTest::newRow("8.4 NXDOMAIN two labels below")
            << u"a.nx.n3.test"_s << u"A"_s << S << fine << nx << none;
        QTest::newRow("8.5 NODATA") << u"mail.n3.test"_s << u"TXT"_s << S << fine << ok << none;
        QTest::newRow("8.5 ENT NODATA") << u"b.n3.test"_s << u"A"_s << S << fine << ok << none;
        QTest::newRow("8.8 wildcard answer")
            << u"foo.wild.n3.test"_s << u"A"_s << S << fine << ok << u"127.0.0.5"_s;
        QTest::newRow("8.8 wildcard answer, next closer two labels up")
            << u"a.foo.wild.n3.test"_s << u"A"_s << S << fine << ok << u"127.0.0.5"_s;
        QTest::newRow("8.7 wildcard NODATA")
            << u"foo.wild.n3.test"_s << u"MX"_s << S << fine << ok << none;
        QTest::newRow("8.6 unsigned delegation, exact NSEC3")
            << u"insec.n3.test"_s << u"MX"_s << I << fine << ok << u"10 mail.insec.n3.test."_s;
        QTest::newRow("below unsigned delegation")
            << u"mail.insec.n3.test"_s << u"A"_s << I << fine << ok << u"127.0.0.6"_s;
        // oo.test: opt-out; the unsigned child has no NSEC3, only a covering opt-out span.
        QTest::newRow("oo MX") << u"oo.test"_s << u"MX"_s << S << fine << ok
                               << u"10 mail.oo.test."_s;
        QTest::newRow("oo A") << u"mail.oo.test"_s << u"A"_s << S << fine << ok << u"127.0.0.1"_s;
        QTest::newRow("8.6 opt-out delegation")
            << u"insec.oo.test"_s << u"MX"_s << I << fine << ok << u"10 mail.insec.oo.test."_s;
        QTest::newRow("below opt-out delegation")
            << u"mail.insec.oo.test"_s << u"A"_s << I << fine << ok << u"127.0.0.7"_s;
        QTest::newRow("9.2 NXDOMAIN in opt-out span")
            << u"nx.oo.test"_s << u"MX"_s << I << fine << nx << none;
        // n3bad.test: what is left intact validates; what was removed or altered is bogus.
        QTest::newRow("n3bad MX intact")
            << u"n3bad.test"_s << u"MX"_s << S << fine << ok << u"10 mail.n3bad.test."_s;
        QTest::newRow("missing next closer cover")
            << m_lab->n3MissingName() << u"MX"_s << B << BogusReason::InvalidDenial << QString()
            << QString();
        QTest::newRow("wildcard answer without next closer cover")
            << m_lab->n3MissingWildcardName() << u"A"_s << B << BogusReason::InvalidDenial
            << QString() << QString();
        QTest::newRow("forged NSEC3 bitmap") << u"mail.n3bad.test"_s << u"TXT"_s << B
                                             << BogusReason::BadSignature << QString() << QString();
    }

    void verdicts()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(Security, security);
        QFETCH(BogusReason, reason);
        QFETCH(QString, rcode);
        QFETCH(QString, firstRecord);
        const LookupResult result = lookup(name, typeCode(type));
        QVERIFY2(result.verdict.security == security,
                 qPrintable(result.verdict.describe() + u" / "_s + result.verdict.detail));
        QCOMPARE(DnssecVerdict::reasonName(result.verdict.reason),
                 DnssecVerdict::reasonName(reason));
        if (firstRecord == u"-"_s) {
            QVERIFY(!result.hasRecords());
        } else if (!firstRecord.isEmpty()) {
            QVERIFY2(result.hasRecords(), qPrintable(result.verdict.describe()));
            QCOMPARE(result.records.first().rdata, firstRecord);
        }

        // Independent validator, same anchor: SERVFAIL = bogus, AD = secure, no AD = insecure.
        const auto theirs = m_lab->askUnbound(name, type);
        QVERIFY2(theirs.ok, qPrintable(theirs.raw));
        if (security == Security::Bogus) {
            QCOMPARE(theirs.rcode, u"SERVFAIL"_s);
        } else {
            QCOMPARE(theirs.rcode, rcode);
            QCOMPARE(theirs.ad, security == Security::Secure);
            QCOMPARE(result.isNxDomain(), rcode == u"NXDOMAIN"_s);
        }
        if (security == Security::Secure && result.hasRecords()) {
            QString out;
            QVERIFY2(m_lab->drillChaseSecure(name, type, &out), qPrintable(out));
        }
    }

    // The same names once the run has validated their zone (the apex MX first), as a monitor
    // run over many customers asks: answers then take the known-signer path (NODATA with a
    // matching NSEC3, NXDOMAIN with a closest encloser proof) and must reach the verdicts of
    // the full walk, the opt-out and delegation cases included.
    void verdictsThroughAKnownSigner_data() { verdicts_data(); }
    void verdictsThroughAKnownSigner()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        auto resolver = Resolver::create(*ResolverConfig::parse(m_lab->resolverSpec()));
        auto v = DnssecValidator::create({m_lab->trustAnchorFile(), {}});
        QVERIFY(resolver && v);
        const QString apex = name.section(u'.', -2);
        (void)(*v)->lookup(**resolver, apex, RrType::MX); // the zone's keys, for the run
        const LookupResult warm = (*v)->lookup(**resolver, name, typeCode(type));
        const LookupResult fresh = lookup(name, typeCode(type));
        QVERIFY2(warm.verdict.security == fresh.verdict.security,
                 qPrintable(warm.verdict.describe() + u" vs "_s + fresh.verdict.describe()));
        QCOMPARE(DnssecVerdict::reasonName(warm.verdict.reason),
                 DnssecVerdict::reasonName(fresh.verdict.reason));
        QCOMPARE(warm.verdict.zone, fresh.verdict.zone);
        QCOMPARE(warm.isNxDomain(), fresh.isNxDomain());
        QCOMPARE(warm.records.size(), fresh.records.size());
    }

    void nxDomainThroughAKnownSignerIsOneQuery()
    {
        auto resolver = Resolver::create(*ResolverConfig::parse(m_lab->resolverSpec()));
        auto v = DnssecValidator::create({m_lab->trustAnchorFile(), {}});
        QVERIFY(resolver && v);
        QCOMPARE((*v)->lookup(**resolver, u"n3.test"_s, RrType::MX).verdict.security,
                 Security::Secure);
        const int before = (*resolver)->queryCount();
        const LookupResult nx = (*v)->lookup(**resolver, u"a.b.nx.n3.test"_s, RrType::TXT);
        QCOMPARE(nx.verdict.security, Security::Secure);
        QVERIFY(nx.isNxDomain());
        QCOMPARE((*resolver)->queryCount() - before, 1); // no DS query per label
        // Asked again in the same run, the answer is the run's.
        const LookupResult again = (*v)->lookup(**resolver, u"a.b.nx.n3.test"_s, RrType::TXT);
        QCOMPARE(again.verdict, nx.verdict);
        QVERIFY(again.isNxDomain());
        QCOMPARE((*resolver)->queryCount() - before, 1);
    }

    void bogusDetailNamesTheProof()
    {
        const LookupResult r = lookup(m_lab->n3MissingName(), RrType::MX);
        QVERIFY2(r.verdict.detail.contains(u"NSEC3"_s), qPrintable(r.verdict.detail));
        QCOMPARE(r.verdict.zone, u"n3bad.test"_s);
    }

    void insecureVerdictNamesTheCut()
    {
        QCOMPARE(lookup(u"mail.insec.oo.test"_s, RrType::A).verdict.zone, u"insec.oo.test"_s);
        QCOMPARE(lookup(u"mail.insec.n3.test"_s, RrType::A).verdict.zone, u"insec.n3.test"_s);
    }
};

QTEST_GUILESS_MAIN(TestDnssecNsec3)
#include "test_dnssec_nsec3.moc"

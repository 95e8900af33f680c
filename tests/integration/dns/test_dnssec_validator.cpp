// The validator against the Knot lab, each verdict written down from how the zone was built and
// cross-checked against unbound (validating with the same root key) and drill -S.
#include "TestEnv.h"
#include "dns/DnssecValidator.h"
#include "dns/Resolver.h"
#include "dnslab/DnsLab.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;

Q_DECLARE_METATYPE(sts::dns::Security)
Q_DECLARE_METATYPE(sts::dns::BogusReason)

class TestDnssecValidator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sts::test::DnsLab> m_lab;

    ResolverConfig labResolver() const { return *ResolverConfig::parse(m_lab->resolverSpec()); }
    std::shared_ptr<DnssecValidator> validator(std::shared_ptr<const sts::Clock> clock = {},
                                               const QString &anchor = {}) const
    {
        auto made = DnssecValidator::create(
            {anchor.isEmpty() ? m_lab->trustAnchorFile() : anchor, std::move(clock)});
        return made ? *made : nullptr;
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
        QTest::addColumn<QString>("firstRecord");
        const auto S = Security::Secure, I = Security::Insecure, B = Security::Bogus;
        const auto none = BogusReason::None;
        QTest::newRow("secure MX")
            << u"secure.test"_s << u"MX"_s << S << none << u"10 mx1.secure.test."_s;
        QTest::newRow("secure A") << u"mx1.secure.test"_s << u"A"_s << S << none << u"127.0.0.1"_s;
        QTest::newRow("secure AAAA") << u"mx1.secure.test"_s << u"AAAA"_s << S << none << u"::1"_s;
        QTest::newRow("secure TLSA")
            << u"_25._tcp.mx1.secure.test"_s << u"TLSA"_s << S << none << QString();
        QTest::newRow("secure NXDOMAIN")
            << u"nx.secure.test"_s << u"MX"_s << S << none << QString();
        QTest::newRow("secure NODATA")
            << u"hostless.secure.test"_s << u"A"_s << S << none << QString();
        QTest::newRow("secure ENT NODATA")
            << u"_tcp.mx1.secure.test"_s << u"A"_s << S << none << QString();
        QTest::newRow("secure CNAME")
            << u"www.secure.test"_s << u"A"_s << S << none << u"127.0.0.1"_s;
        QTest::newRow("CNAME into insecure")
            << u"x.secure.test"_s << u"A"_s << I << none << u"127.0.0.4"_s;
        QTest::newRow("insecure MX") << u"insecure.test"_s << u"MX"_s << I << none << QString();
        QTest::newRow("insecure A")
            << u"mail.insecure.test"_s << u"A"_s << I << none << u"127.0.0.4"_s;
        QTest::newRow("insecure TLSA")
            << u"_25._tcp.mail.insecure.test"_s << u"TLSA"_s << I << none << QString();
        QTest::newRow("insecure com") << u"contoso-test.mail.protection.outlook.com"_s << u"A"_s
                                      << I << none << u"127.0.0.10"_s;
        QTest::newRow("root NXDOMAIN") << u"127.0.0.1."_s << u"A"_s << S << none << QString();
        QTest::newRow("expired") << u"expired.test"_s << u"MX"_s << B
                                 << BogusReason::SignatureExpired << QString();
        QTest::newRow("not yet") << u"notyet.test"_s << u"MX"_s << B
                                 << BogusReason::SignatureNotYetValid << QString();
        QTest::newRow("wrong DS") << u"wrongds.test"_s << u"MX"_s << B
                                  << BogusReason::NoMatchingDnskey << QString();
        QTest::newRow("bad sig") << u"mail.badsig.test"_s << u"A"_s << B
                                 << BogusReason::BadSignature << u"127.0.0.2"_s;
        QTest::newRow("bad sig zone MX ok")
            << u"badsig.test"_s << u"MX"_s << S << none << QString();
        QTest::newRow("bad sig AAAA ok")
            << u"mail.badsig.test"_s << u"AAAA"_s << S << none << u"::1"_s;
        QTest::newRow("no sig MX")
            << u"nosig.test"_s << u"MX"_s << B << BogusReason::MissingSignature << QString();
        QTest::newRow("no sig A ok")
            << u"mail.nosig.test"_s << u"A"_s << S << none << u"127.0.0.1"_s;
        QTest::newRow("stripped NSEC")
            << u"stripped.test"_s << u"MX"_s << B << BogusReason::UnsignedDenial << QString();
    }

    void verdicts()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(Security, security);
        QFETCH(BogusReason, reason);
        QFETCH(QString, firstRecord);
        const quint16 typeCode = type == u"MX"_s     ? RrType::MX
                                 : type == u"A"_s    ? RrType::A
                                 : type == u"AAAA"_s ? RrType::AAAA
                                                     : RrType::TLSA;
        auto resolver = Resolver::create(labResolver());
        QVERIFY(resolver);
        auto v = validator();
        QVERIFY(v);
        const LookupResult result = v->lookup(**resolver, name, typeCode);
        QCOMPARE(DnssecVerdict::securityName(result.verdict.security),
                 DnssecVerdict::securityName(security));
        QCOMPARE(DnssecVerdict::reasonName(result.verdict.reason),
                 DnssecVerdict::reasonName(reason));
        if (!firstRecord.isEmpty()) {
            QVERIFY2(result.hasRecords(), qPrintable(result.verdict.describe()));
            QCOMPARE(result.records.first().rdata, firstRecord);
        }

        // Independent validator, same anchor: SERVFAIL = bogus, AD = secure, no AD = insecure.
        const auto theirs = m_lab->askUnbound(name, type);
        QVERIFY2(theirs.ok, qPrintable(theirs.raw));
        if (security == Security::Bogus) {
            QCOMPARE(theirs.rcode, u"SERVFAIL"_s);
        } else {
            QVERIFY2(theirs.rcode == u"NOERROR"_s || theirs.rcode == u"NXDOMAIN"_s,
                     qPrintable(theirs.raw));
            QCOMPARE(theirs.ad, security == Security::Secure);
            QCOMPARE(result.isNxDomain(), theirs.rcode == u"NXDOMAIN"_s);
        }
        // drill -S only proves secure positive answers (it cannot tell insecure from bogus).
        if (security == Security::Secure && result.hasRecords() && result.cnameChain.isEmpty()) {
            QString out;
            QVERIFY2(m_lab->drillChaseSecure(name, type, &out), qPrintable(out));
        }
    }

    void cachedWalkAgreesWithFreshOne()
    {
        auto resolver = Resolver::create(labResolver());
        auto v = validator();
        QCOMPARE(v->lookup(**resolver, u"secure.test"_s, RrType::MX).verdict.security,
                 Security::Secure);
        const int before = (*resolver)->queryCount();
        QCOMPARE(v->lookup(**resolver, u"mx2.secure.test"_s, RrType::A).verdict.security,
                 Security::Secure);
        // The answer is signed by secure.test, whose keys the run already validated: the A
        // query alone, no DS query for mx2.secure.test.
        QCOMPARE((*resolver)->queryCount() - before, 1);
        // A NODATA answer whose NSEC matches the name (no zone cut there) takes the same path.
        QCOMPARE(v->lookup(**resolver, u"mx2.secure.test"_s, RrType::AAAA).verdict.security,
                 Security::Secure);
        QCOMPARE((*resolver)->queryCount() - before, 2);
        // A fresh validator walks every label and comes to the same verdicts.
        auto fresh = Resolver::create(labResolver());
        QCOMPARE(validator()->lookup(**fresh, u"mx2.secure.test"_s, RrType::AAAA).verdict,
                 v->lookup(**resolver, u"mx2.secure.test"_s, RrType::AAAA).verdict);
        QVERIFY((*fresh)->queryCount() > 2);
    }

    void dsAnchorWorksLikeKeyAnchor()
    {
        auto resolver = Resolver::create(labResolver());
        auto v = validator({}, m_lab->trustAnchorDsFile());
        QVERIFY(v);
        QCOMPARE(v->lookup(**resolver, u"secure.test"_s, RrType::MX).verdict.security,
                 Security::Secure);
    }

    void foreignAnchorIsBogusAtRoot()
    {
        if (!QFile::exists(DnssecValidator::defaultTrustAnchorFile()))
            QSKIP("dns-root-data not installed");
        auto resolver = Resolver::create(labResolver());
        auto v = validator({}, DnssecValidator::defaultTrustAnchorFile());
        QVERIFY(v);
        auto anchor = v->checkAnchor(**resolver);
        QVERIFY(anchor);
        QCOMPARE(anchor->security, Security::Bogus);
        QCOMPARE(anchor->reason, BogusReason::NoMatchingDnskey);
        QCOMPARE(anchor->zone, u"."_s);
    }

    void injectedClockAfterExpiration()
    {
        auto resolver = Resolver::create(labResolver());
        auto later = std::make_shared<sts::FixedClock>(m_lab->expiration().addDays(10));
        const LookupResult r = validator(later)->lookup(**resolver, u"secure.test"_s, RrType::MX);
        QCOMPARE(r.verdict.security, Security::Bogus);
        QCOMPARE(r.verdict.reason, BogusReason::SignatureExpired);
        QCOMPARE(r.verdict.zone, u"."_s); // the first link of the chain fails first

        auto earlier = std::make_shared<sts::FixedClock>(m_lab->inception().addDays(-2));
        const LookupResult e = validator(earlier)->lookup(**resolver, u"secure.test"_s, RrType::MX);
        QCOMPARE(e.verdict.reason, BogusReason::SignatureNotYetValid);

        // Inside 2020-01-01..02-01 expired.test itself is fine, but the rest of the chain is not.
        auto in2020 =
            std::make_shared<sts::FixedClock>(QDateTime(QDate(2020, 1, 15), QTime(0, 0), Qt::UTC));
        const LookupResult x = validator(in2020)->lookup(**resolver, u"expired.test"_s, RrType::MX);
        QCOMPARE(x.verdict.reason, BogusReason::SignatureNotYetValid);
    }

    void unreachableServerIsIndeterminate()
    {
        ResolverConfig dead = labResolver();
        dead.port = sts::test::freeTcpUdpPort(); // nothing listens there
        dead.timeoutMs = 300;
        dead.retries = 0;
        auto resolver = Resolver::create(dead);
        QVERIFY(resolver);
        auto v = validator();
        auto anchor = v->checkAnchor(**resolver);
        QVERIFY(!anchor);
        QCOMPARE(anchor.error().code, u"dns.unreachable"_s);
        const LookupResult r = v->lookup(**resolver, u"secure.test"_s, RrType::MX);
        QCOMPARE(r.verdict.security, Security::Indeterminate);
        QCOMPARE(r.rcode, -1);
    }

    void missingAnchorFileIsAnError()
    {
        auto v = DnssecValidator::create({m_lab->path() + u"/no-such.anchor"_s, {}});
        QVERIFY(!v);
        QCOMPARE(v.error().code, u"dns.trust-anchor"_s);
    }
};

QTEST_GUILESS_MAIN(TestDnssecValidator)
#include "test_dnssec_validator.moc"

// A resolver that cannot answer is told apart from a broken zone: discovery through a resolver
// that does not answer, one that answers SERVFAIL and one that has no keys for the root (and
// NXDOMAIN for everything) fails with dns.resolver-unavailable naming the resolver, instead of
// reporting the domain as nonexistent or bogus. Real NXDOMAIN and real bogus chains, through the
// Knot lab, still come out as such.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dns/DnssecValidator.h"
#include "dns/Resolver.h"
#include "dns/ResolverProblem.h"
#include "dnslab/BrokenResolverLab.h"
#include "dnslab/DnsLab.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;
using sts::test::BrokenResolverLab;

class TestResolverProblem : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sts::test::DnsLab> m_lab;

    DiscoveryOptions labOptions() const
    {
        DiscoveryOptions o;
        o.resolver = *ResolverConfig::parse(m_lab->resolverSpec());
        o.trustAnchorFile = m_lab->trustAnchorFile();
        return o;
    }
    DiscoveryOptions through(const QString &spec) const
    {
        DiscoveryOptions o = labOptions();
        o.resolver = *ResolverConfig::parse(spec);
        o.resolver.timeoutMs = 300;
        o.resolver.retries = 0;
        return o;
    }
    static void verifyResolverError(const sts::Result<DiscoveryReport> &r, const QString &spec,
                                    const QString &cause)
    {
        QVERIFY2(!r, "discovery through a broken resolver must not produce a report");
        QCOMPARE(r.error().code, QString::fromLatin1(ResolverProblem::errorCode));
        const QString m = r.error().message;
        QVERIFY2(m.contains(spec), qPrintable(m));
        QVERIFY2(m.contains(cause), qPrintable(m));
        QVERIFY2(m.contains(u"not a finding about its zone"_s), qPrintable(m));
        QVERIFY2(!m.contains(u"does not exist in DNS"_s) && !m.contains(u"bogus"_s), qPrintable(m));
    }
    static QString brokenSpec(BrokenResolverLab &lab)
    {
        QString error;
        if (!lab.start(&error))
            qFatal("broken resolver lab: %s", qPrintable(error));
        return lab.resolverSpec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!sts::test::DnsLab::toolsAvailable(&missing, false))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        m_lab = std::make_unique<sts::test::DnsLab>();
        QString error;
        QVERIFY2(m_lab->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void resolverThatDoesNotAnswer()
    {
        const QString spec = u"127.0.0.1:%1"_s.arg(sts::test::freeTcpUdpPort());
        verifyResolverError(discover(u"secure.test"_s, through(spec)), spec, u"did not answer"_s);
    }

    void resolverThatAnswersServfail()
    {
        BrokenResolverLab lab(BrokenResolverLab::Kind::ServFail);
        const QString spec = brokenSpec(lab);
        verifyResolverError(discover(u"secure.test"_s, through(spec)), spec, u"SERVFAIL"_s);
    }

    // The case: an offline resolver that says NXDOMAIN to everything. Before, the root's
    // missing keys made every verdict bogus and the domain "did not exist".
    void resolverWithoutRootKeys()
    {
        BrokenResolverLab lab(BrokenResolverLab::Kind::NoRootKeys);
        const QString spec = brokenSpec(lab);
        // The lookup alone accuses the zone: NXDOMAIN, and bogus for want of the root's keys.
        auto resolver = Resolver::create(through(spec).resolver);
        auto validator = DnssecValidator::create({m_lab->trustAnchorFile(), {}});
        QVERIFY(resolver && validator);
        const LookupResult mx = (*validator)->lookup(**resolver, u"secure.test"_s, RrType::MX);
        QVERIFY(mx.isNxDomain());
        QCOMPARE(mx.verdict.security, Security::Bogus);
        verifyResolverError(discover(u"secure.test"_s, through(spec)), spec, u"returned no keys"_s);
    }

    // The root is fine, but the resolver refuses the customer's zone: discovery completes, and
    // the lookup is indeterminate with the resolver named, never NXDOMAIN or bogus.
    void resolverRefusingOneZone()
    {
        BrokenResolverLab lab(BrokenResolverLab::Kind::Refusing, m_lab->port(),
                              u"insecure.test."_s);
        const QString spec = brokenSpec(lab);
        auto r = discover(u"insecure.test"_s, through(spec));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QCOMPARE(r->mx.verdict.security, Security::Indeterminate);
        QVERIFY(!r->mx.isNxDomain());
        QVERIFY(!r->hasFinding(u"domain.nxdomain"_s));
        QVERIFY(r->hasFinding(u"mx.lookup-failed"_s));
        for (const Finding &f : r->findings)
            if (f.code == u"mx.lookup-failed"_s)
                QVERIFY2(f.text().contains(spec) && f.text().contains(u"REFUSED"_s) &&
                             f.text().contains(u"not a finding about the zone"_s),
                         qPrintable(f.text()));
    }

    void trustAnchorThatDoesNotMatch()
    {
        if (!QFile::exists(DnssecValidator::defaultTrustAnchorFile()))
            QSKIP("dns-root-data not installed");
        DiscoveryOptions o = labOptions();
        o.trustAnchorFile = DnssecValidator::defaultTrustAnchorFile(); // IANA's, not the lab's
        verifyResolverError(discover(u"secure.test"_s, o), m_lab->resolverSpec(),
                            u"do not validate with the configured trust anchor"_s);
    }

    void judgement()
    {
        const sts::Result<DnssecVerdict> secure = DnssecVerdict::secure(u"."_s);
        QVERIFY(!resolverProblem(secure, u"system"_s, u"."_s));
        const sts::Result<DnssecVerdict> failed =
            sts::Error{u"dns.server-failure"_s, u". DNSKEY: REFUSED"_s};
        QCOMPARE(resolverProblem(failed, u"system"_s, u"."_s)->failure,
                 ResolverFailure::ServerFailure);
        const sts::Result<DnssecVerdict> noKeys =
            DnssecVerdict::bogus(BogusReason::NoDnskey, u"."_s, {});
        QCOMPARE(resolverProblem(noKeys, u"system"_s, u"."_s)->failure,
                 ResolverFailure::NoAnchorKeys);
    }

    void realNxdomainStillDoesNotExist_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("security");
        QTest::newRow("signed, authenticated denial")
            << u"nx.secure.test"_s << int(Security::Secure);
        QTest::newRow("unsigned") << u"nx.insecure.test"_s << int(Security::Insecure);
    }
    void realNxdomainStillDoesNotExist()
    {
        QFETCH(QString, domain);
        QFETCH(int, security);
        auto r = discover(domain, labOptions());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QVERIFY(r->mx.isNxDomain());
        QCOMPARE(int(r->mx.verdict.security), security);
        QVERIFY(r->hasFinding(u"domain.nxdomain"_s));
    }

    void realBogusChainStillBogus()
    {
        auto r = discover(u"expired.test"_s, labOptions());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QCOMPARE(r->mx.verdict.security, Security::Bogus);
        QCOMPARE(r->mx.verdict.reason, BogusReason::SignatureExpired);
        QVERIFY(r->hasFinding(u"dnssec.mx-bogus"_s));
        QVERIFY(r->hasFinding(u"dane.broken"_s));
    }

    void cliNamesResolverAndOption()
    {
        BrokenResolverLab lab(BrokenResolverLab::Kind::NoRootKeys);
        const QString spec = brokenSpec(lab);
        const auto run = sts::test::runTool(sts::test::cliPath(),
                                            {u"discover"_s, u"secure.test"_s, u"--resolver"_s, spec,
                                             u"--trust-anchor"_s, m_lab->trustAnchorFile(),
                                             u"--timeout"_s, u"300"_s},
                                            60000);
        QCOMPARE(run.exitCode, 3);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(spec) && err.contains(u"--resolver"_s) &&
                     err.contains(u"--trust-anchor"_s),
                 qPrintable(err));
        QVERIFY2(!err.contains(u"does not exist in DNS"_s), qPrintable(err));
        QVERIFY(run.out.isEmpty());

        // probe discovers first: the same problem, the same exit code and advice.
        const auto probe = sts::test::runTool(sts::test::cliPath(),
                                              {u"probe"_s, u"secure.test"_s, u"--resolver"_s, spec,
                                               u"--trust-anchor"_s, m_lab->trustAnchorFile()},
                                              60000);
        QCOMPARE(probe.exitCode, 3);
        const QString probeErr = QString::fromUtf8(probe.err);
        QVERIFY2(probeErr.contains(spec) && probeErr.contains(u"--resolver"_s),
                 qPrintable(probeErr));
    }
};

QTEST_GUILESS_MAIN(TestResolverProblem)
#include "test_resolver_problem.moc"

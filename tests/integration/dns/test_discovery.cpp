// Discovery and `stsdesk-cli discover` against the Knot lab. Expected hosts, records and findings
// come from how DnsLab builds each zone; DNSSEC verdicts are cross-checked with unbound.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;

class TestDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sts::test::DnsLab> m_lab;
    QHash<QString, DiscoveryReport> m_reports;

    DiscoveryOptions options() const
    {
        DiscoveryOptions o;
        o.resolver = *ResolverConfig::parse(m_lab->resolverSpec());
        o.trustAnchorFile = m_lab->trustAnchorFile();
        return o;
    }
    const DiscoveryReport &report(const QString &domain)
    {
        if (!m_reports.contains(domain)) {
            auto r = discover(domain, options());
            if (!r)
                qFatal("discovery of %s failed: %s", qPrintable(domain),
                       qPrintable(r.error().describe()));
            m_reports.insert(domain, *r);
        }
        return m_reports[domain];
    }
    static const MxHostReport *host(const DiscoveryReport &r, const QString &name)
    {
        for (const MxHostReport &h : r.hosts)
            if (h.name == name)
                return &h;
        return nullptr;
    }
    // Ours vs unbound for one lookup of the report.
    void crossCheck(const LookupResult &ours)
    {
        const auto theirs = m_lab->askUnbound(ours.name, rrTypeName(ours.type));
        QVERIFY2(theirs.ok, qPrintable(theirs.raw));
        const QString what = ours.name + u" "_s + rrTypeName(ours.type);
        switch (ours.verdict.security) {
        case Security::Bogus:
            QVERIFY2(theirs.rcode == u"SERVFAIL"_s, qPrintable(what));
            break;
        case Security::Secure:
        case Security::Insecure:
            QVERIFY2(theirs.rcode != u"SERVFAIL"_s, qPrintable(what));
            QVERIFY2(theirs.ad == (ours.verdict.security == Security::Secure), qPrintable(what));
            break;
        case Security::Indeterminate:
            QFAIL(qPrintable(u"indeterminate: "_s + what));
        }
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

    void secureDomain()
    {
        const DiscoveryReport &r = report(u"secure.test"_s);
        QCOMPARE(r.mx.verdict.security, Security::Secure);
        QCOMPARE(r.hosts.size(), 2);
        QCOMPARE(r.hosts[0].name, u"mx1.secure.test"_s);
        QCOMPARE(r.hosts[0].preference, 10);
        QCOMPARE(r.hosts[1].name, u"mx2.secure.test"_s);
        QCOMPARE(r.hosts[0].addresses(), (QStringList{u"127.0.0.1"_s, u"::1"_s}));
        QCOMPARE(r.hosts[1].addresses(), QStringList{u"127.0.0.2"_s});
        QCOMPARE(r.hosts[0].dane, DaneState::Usable);
        QCOMPARE(r.hosts[0].tlsa.records.size(), 2);
        QCOMPARE(r.hosts[0].tlsa.records[0].tlsaData, sts::test::DnsLab::labDigest());
        // mx2 publishes only unusable TLSA records, in a signed zone.
        QCOMPARE(r.hosts[1].dane, DaneState::Possible);
        QVERIFY(r.hasFinding(u"tlsa.empty-input-digest"_s, u"mx2.secure.test"_s));
        QVERIFY(r.hasFinding(u"tlsa.digest-length"_s, u"mx2.secure.test"_s));
        QVERIFY(r.hasFinding(u"tlsa.pkix-usage"_s, u"mx2.secure.test"_s));
        QVERIFY(!r.hasFinding(u"tlsa.empty-input-digest"_s, u"mx1.secure.test"_s));
        QCOMPARE(r.stsTxtStrings(), QList<QByteArray>{"v=STSv1; id=20240101000000"});
        QCOMPARE(r.stsId, u"20240101000000"_s);
        QCOMPARE(r.tlsRptRua, QStringList{u"mailto:tlsrpt@secure.test"_s});
        QCOMPARE(r.policyHostA.records.value(0).address, u"127.0.0.1"_s);
        QVERIFY(!r.hasFinding(u"tlsrpt.old-name"_s));
        crossCheck(r.mx);
        for (const MxHostReport &h : r.hosts) {
            crossCheck(h.a);
            crossCheck(h.aaaa);
            crossCheck(h.tlsa);
        }
        crossCheck(r.stsTxt);
    }

    void mxShapes()
    {
        const DiscoveryReport &nullMx = report(u"nullmx.secure.test"_s);
        QVERIFY(nullMx.nullMx);
        QVERIFY(nullMx.hosts.isEmpty());
        QVERIFY(nullMx.hasFinding(u"mx.null"_s));

        const DiscoveryReport &noMx = report(u"nomx.secure.test"_s);
        QVERIFY(noMx.implicitMx);
        QCOMPARE(noMx.hosts.size(), 1);
        QCOMPARE(noMx.hosts[0].addresses(), (QStringList{u"127.0.0.3"_s, u"::3"_s}));
        QVERIFY(noMx.hasFinding(u"mx.implicit"_s));

        const DiscoveryReport &cname = report(u"cname.secure.test"_s);
        QVERIFY(cname.hasFinding(u"mx.cname-target"_s, u"alias.secure.test"_s));
        QCOMPARE(cname.hosts[0].addresses(), (QStringList{u"127.0.0.1"_s, u"::1"_s}));

        const DiscoveryReport &noAddr = report(u"noaddr.secure.test"_s);
        QVERIFY(noAddr.hasFinding(u"mx.host-without-address"_s, u"hostless.secure.test"_s));
        QVERIFY(!noAddr.hasFinding(u"mx.host-without-address"_s, u"mx1.secure.test"_s));
        QCOMPARE(host(noAddr, u"hostless.secure.test"_s)->a.verdict.security, Security::Secure);

        const DiscoveryReport &literal = report(u"iplit.secure.test"_s);
        QVERIFY(literal.hasFinding(u"mx.ip-literal"_s, u"127.0.0.1"_s));

        const DiscoveryReport &dup = report(u"dup.secure.test"_s);
        QVERIFY(dup.hasFinding(u"mx.duplicate-host"_s, u"mx1.secure.test"_s));
        QCOMPARE(dup.hosts.size(), 1);
        QCOMPARE(dup.hosts[0].preference, 10);

        const DiscoveryReport &provider = report(u"provider.secure.test"_s);
        const MxHostReport *ms = host(provider, u"contoso-test.mail.protection.outlook.com"_s);
        QVERIFY(ms);
        QCOMPARE(ms->provider, u"microsoft365"_s);
        QVERIFY(provider.hasFinding(u"mx.provider"_s, ms->name));
        QCOMPARE(ms->a.verdict.security, Security::Insecure); // com. is an unsigned delegation
        QCOMPARE(ms->dane, DaneState::NotPossible);
        crossCheck(ms->a);
    }

    void txtRecords()
    {
        const DiscoveryReport &two = report(u"twosts.secure.test"_s);
        QCOMPARE(two.stsTxtStrings().size(), 2);
        QVERIFY(two.stsId.isEmpty()); // two v=STSv1 records = no policy
        QVERIFY(std::any_of(two.findings.cbegin(), two.findings.cend(), [](const Finding &f) {
            return f.host == u"_mta-sts.twosts.secure.test"_s;
        }));

        const DiscoveryReport &bad = report(u"badsts.secure.test"_s);
        QCOMPARE(bad.stsTxtStrings(), QList<QByteArray>{"v=STSv1; id=bad-id!"});
        QVERIFY(bad.stsId.isEmpty());
        QCOMPARE(bad.tlsRptTxtStrings(), QList<QByteArray>{"v=TSLRPTv1; rua=mailto:x@secure.test"});
        QVERIFY(bad.tlsRptRua.isEmpty());
        QVERIFY(bad.hasFinding(u"tlsrpt.old-name"_s, u"_smtp-tlsrpt.badsts.secure.test"_s));

        const DiscoveryReport &none = report(u"insecure.test"_s);
        QVERIFY(none.stsTxtStrings().isEmpty());
        QCOMPARE(none.stsTxt.verdict.security, Security::Insecure);
    }

    void daneAcrossZones()
    {
        const DiscoveryReport &r = report(u"insecure.test"_s);
        QCOMPARE(r.mx.verdict.security, Security::Insecure);
        const MxHostReport *mail = host(r, u"mail.insecure.test"_s);
        const MxHostReport *mx1 = host(r, u"mx1.secure.test"_s);
        QVERIFY(mail && mx1);
        QCOMPARE(mail->dane, DaneState::NotPossible);
        QCOMPARE(mail->tlsa.records.size(), 1); // published, but unsigned: unusable
        // RFC 7672 §2.2.1: insecure MX RRset, secure MX host zone -> DANE for that host.
        QCOMPARE(mx1->dane, DaneState::Usable);
        QVERIFY(r.hasFinding(u"dane.secure-host-insecure-mx"_s, u"mx1.secure.test"_s));
        crossCheck(r.mx);
        crossCheck(mail->tlsa);
        crossCheck(mx1->tlsa);
    }

    void bogusZones()
    {
        const DiscoveryReport &badsig = report(u"badsig.test"_s);
        QCOMPARE(badsig.mx.verdict.security, Security::Secure);
        const MxHostReport *mail = host(badsig, u"mail.badsig.test"_s);
        QCOMPARE(mail->a.verdict.reason, BogusReason::BadSignature);
        QCOMPARE(mail->dane, DaneState::Broken);
        QVERIFY(badsig.hasFinding(u"dane.broken"_s, u"mail.badsig.test"_s));
        crossCheck(mail->a);

        const DiscoveryReport &expired = report(u"expired.test"_s);
        QCOMPARE(expired.mx.verdict.reason, BogusReason::SignatureExpired);
        QVERIFY(expired.hasFinding(u"dnssec.mx-bogus"_s));
        crossCheck(expired.mx);
    }

    void manyHostsProgressAndJson()
    {
        QList<std::pair<int, int>> calls;
        QMutex mutex;
        auto r = discover(u"many.test"_s, options(), {}, [&](int done, int total, const QString &) {
            QMutexLocker lock(&mutex);
            calls.append({done, total});
        });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
        QCOMPARE(r->hosts.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(r->hosts[i].name, u"h%1.many.test"_s.arg(i + 1));
            QCOMPARE(r->hosts[i].addresses(), QStringList{u"127.0.1.%1"_s.arg(i + 1)});
            QCOMPARE(r->hosts[i].dane, DaneState::Usable);
        }
        QCOMPARE(calls.size(), 6 + 20 * 3);
        int maxDone = 0;
        for (const auto &[done, total] : calls)
            maxDone = std::max(maxDone, done);
        QCOMPARE(maxDone, 66);
        const DiscoveryReport back = DiscoveryReport::fromJson(r->toJson());
        QCOMPARE(back.toJson(), r->toJson());
        QVERIFY(back == *r);
    }

    void cancellation()
    {
        sts::CancelToken cancel;
        auto r = discover(u"many.test"_s, options(), cancel,
                          [&](int, int, const QString &) { cancel.cancel(); });
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"dns.cancelled"_s);
    }

    void unreachable()
    {
        DiscoveryOptions o = options();
        o.resolver.port = sts::test::freeTcpUdpPort();
        o.resolver.timeoutMs = 300;
        o.resolver.retries = 0;
        auto r = discover(u"secure.test"_s, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"dns.resolver-unavailable"_s);
    }

    void cli()
    {
        const QStringList common{u"--resolver"_s, m_lab->resolverSpec(), u"--trust-anchor"_s,
                                 m_lab->trustAnchorFile()};
        auto run = sts::test::runTool(
            sts::test::cliPath(),
            QStringList{u"discover"_s, u"secure.test"_s, u"--json"_s} + common, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"domain"_s).toString(), u"secure.test"_s);
        const QJsonArray hosts = json.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts[0].toObject().value(u"dane"_s).toString(), u"usable"_s);
        QCOMPARE(json.value(u"mx"_s)
                     .toObject()
                     .value(u"dnssec"_s)
                     .toObject()
                     .value(u"security"_s)
                     .toString(),
                 u"secure"_s);

        run =
            sts::test::runTool(sts::test::cliPath(),
                               QStringList{u"discover"_s, u"badsts.secure.test"_s} + common, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("tlsrpt.old-name"), run.out.constData());

        // In German, the text speaks German; the JSON keeps code, arguments and English.
        const QStringList german{u"LC_ALL=de_DE.UTF-8"_s, u"LANG=de_DE.UTF-8"_s};
        run = sts::test::runTool(sts::test::cliPath(),
                                 QStringList{u"discover"_s, u"badsts.secure.test"_s} + common,
                                 60000, {}, {}, german);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"tlsrpt.old-name: Unter dem Entwurfsnamen „_smtp-tlsrpt."_s) &&
                     !text.contains(u"usable"_s),
                 qPrintable(text));
        run = sts::test::runTool(sts::test::cliPath(),
                                 QStringList{u"discover"_s, u"badsts.secure.test"_s, u"--json"_s} +
                                     common,
                                 60000, {}, {}, german);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        bool oldName = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            QVERIFY2(f.value(u"args"_s).isArray(), qPrintable(f.value(u"code"_s).toString()));
            if (f.value(u"code"_s).toString() != u"tlsrpt.old-name"_s)
                continue;
            oldName = true;
            QCOMPARE(f.value(u"args"_s).toArray().toVariantList(),
                     QVariantList{u"badsts.secure.test"_s});
            QVERIFY2(f.value(u"message"_s).toString().startsWith(u"A TXT record exists"_s),
                     qPrintable(f.value(u"message"_s).toString()));
        }
        QVERIFY(oldName);

        const QString dead = u"127.0.0.1:%1"_s.arg(sts::test::freeTcpUdpPort());
        run = sts::test::runTool(sts::test::cliPath(),
                                 {u"discover"_s, u"secure.test"_s, u"--resolver"_s, dead,
                                  u"--timeout"_s, u"300"_s, u"--trust-anchor"_s,
                                  m_lab->trustAnchorFile()},
                                 60000);
        QCOMPARE(run.exitCode, 3); // the resolver, not the domain
        run = sts::test::runTool(sts::test::cliPath(), {u"discover"_s}, 60000);
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "test_discovery.moc"

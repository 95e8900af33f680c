// planPublication without a workspace: each rule of what an engagement publishes, decided once
// (TLSA digest sources, DANE availability, host-level TLS-RPT, CNAME or addresses for the policy
// host, the policy id) and the consultant's choices over them.
#include "services/PublishPlan.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::services;

namespace {

const QByteArray kServed(32, '\x11'), kPublished(32, '\x22'), kOlder(32, '\x33'),
    kStagedCurrent(32, '\x44'), kStagedNext(32, '\x55');

dns::LookupResult lookup(const QString &name, quint16 type, const QList<dns::DnsRecord> &records,
                         bool secure)
{
    dns::LookupResult l;
    l.name = name;
    l.type = type;
    l.rcode = 0;
    l.records = records;
    l.verdict = secure ? dns::DnssecVerdict::secure(u"example.com"_s)
                       : dns::DnssecVerdict::insecure(u"example.com"_s);
    return l;
}

dns::DnsRecord tlsa311(const QByteArray &digest)
{
    dns::DnsRecord r;
    r.type = dns::RrType::TLSA;
    r.tlsaUsage = 3;
    r.tlsaSelector = 1;
    r.tlsaMatching = 1;
    r.tlsaData = digest;
    return r;
}

dns::MxHostReport host(const QString &name, dns::DaneState state,
                       const QList<QByteArray> &published = {}, const QString &provider = {})
{
    dns::MxHostReport h;
    h.name = name;
    h.dane = state;
    h.provider = provider;
    QList<dns::DnsRecord> records;
    for (const QByteArray &digest : published)
        records << tlsa311(digest);
    h.tlsa = lookup(u"_25._tcp."_s + name, dns::RrType::TLSA, records,
                    state == dns::DaneState::Usable || state == dns::DaneState::Possible);
    return h;
}

storage::StoredPolicyVersion version(const QString &id, bool published, bool superseded = false)
{
    storage::StoredPolicyVersion v;
    v.version.id = id;
    if (published)
        v.publishedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    if (superseded)
        v.supersededAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    return v;
}

storage::StoredProbe probe(const QString &hostName, const QByteArray &digest)
{
    storage::StoredProbe p;
    p.protocol = u"smtp"_s;
    p.host = hostName;
    p.leafSpkiSha256 = QString::fromLatin1(digest.toHex());
    p.probedAt = QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
    return p;
}

// example.com: MX RRset secure, rua set, mta-sts A 192.0.2.80, one policy version live.
PublishFacts facts(const QList<dns::MxHostReport> &hosts)
{
    PublishFacts f;
    f.engagement.id = 1;
    f.engagement.domain.ace = u"example.com"_s;
    storage::DiscoverySnapshot snapshot;
    snapshot.report.domain = u"example.com"_s;
    snapshot.report.mx = lookup(u"example.com"_s, dns::RrType::MX, {}, true);
    snapshot.report.hosts = hosts;
    snapshot.report.tlsRptRua = {u"mailto:tlsrpt@example.com"_s};
    dns::DnsRecord a;
    a.address = u"192.0.2.80"_s;
    snapshot.report.policyHostA = lookup(u"mta-sts.example.com"_s, dns::RrType::A, {a, a}, true);
    f.discovery = snapshot;
    f.policies = {version(u"1"_s, true)};
    return f;
}

QList<QByteArray> tlsaOf(const PublishPlan &plan, const QString &hostName)
{
    for (const records::MxHostInput &mx : plan.records.mxHosts)
        if (mx.host == hostName) {
            QList<QByteArray> out;
            for (const dane::TlsaRecord &r : mx.tlsa)
                out << r.data;
            return out;
        }
    return {};
}

} // namespace

class TestPublishPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servedKeyWinsThenDnsThenStagedKey()
    {
        PublishFacts f =
            facts({host(u"mx1.example.com"_s, dns::DaneState::Usable, {kPublished, kOlder}),
                   host(u"mx2.example.com"_s, dns::DaneState::Usable, {kPublished}),
                   host(u"mx3.example.com"_s, dns::DaneState::Possible)});
        f.probes = {probe(u"mx1.example.com"_s, kServed)};
        f.stagedKey =
            tls::StagedKey{u"/s/k-next.key"_s, kStagedNext, u"/s/k.key"_s, kStagedCurrent};
        const PublishPlan plan = planPublication(f);
        // Served key first, the staged next key, then what DNS still publishes.
        QCOMPARE(tlsaOf(plan, u"mx1.example.com"_s),
                 (QList<QByteArray>{kServed, kStagedNext, kPublished, kOlder}));
        QCOMPARE(tlsaOf(plan, u"mx2.example.com"_s), (QList<QByteArray>{kPublished, kStagedNext}));
        QCOMPARE(tlsaOf(plan, u"mx3.example.com"_s),
                 (QList<QByteArray>{kStagedCurrent, kStagedNext}));
        QVERIFY(plan.daneHosts.at(0).currentSource.contains(u"probe"_s));
        QCOMPARE(plan.daneHosts.at(1).currentSource, u"published in DNS now"_s);
        QCOMPARE(plan.daneHosts.at(2).currentSource, u"key /s/k.key"_s);
    }

    void noServedKeyNoRecords()
    {
        // Only a staged next key: publishing it alone would make DANE senders refuse the host.
        PublishFacts f = facts({host(u"mx1.example.com"_s, dns::DaneState::Possible)});
        f.stagedKey = tls::StagedKey{u"/s/k-next.key"_s, kStagedNext, {}, {}};
        const PublishPlan plan = planPublication(f);
        QVERIFY(plan.daneAvailable);
        QCOMPARE(plan.daneHosts.size(), 1);
        QVERIFY(plan.records.mxHosts.isEmpty());
    }

    void daneOnlyForOwnHostsInSignedZones()
    {
        PublishFacts f = facts(
            {host(u"mx1.example.com"_s, dns::DaneState::NotPossible),
             host(u"aspmx.l.google.com"_s, dns::DaneState::Usable, {kPublished}, u"google"_s)});
        f.probes = {probe(u"mx1.example.com"_s, kServed)};
        PublishPlan plan = planPublication(f);
        QVERIFY(!plan.daneAvailable);
        QVERIFY(plan.records.mxHosts.isEmpty());
        QVERIFY2(plan.daneUnavailableReason.contains(u"none of the mail servers"_s),
                 qPrintable(plan.daneUnavailableReason));

        // The domain's own zone unsigned: a secure host (in another zone) publishes nothing here.
        f = facts({host(u"mx1.example.com"_s, dns::DaneState::Usable, {kPublished})});
        f.discovery->report.mx.verdict = dns::DnssecVerdict::insecure(u"example.com"_s);
        plan = planPublication(f);
        QVERIFY(!plan.daneAvailable);
        QVERIFY2(plan.daneUnavailableReason.contains(u"the MX records of"_s),
                 qPrintable(plan.daneUnavailableReason));

        f = facts(
            {host(u"aspmx.l.google.com"_s, dns::DaneState::Usable, {kPublished}, u"google"_s)});
        plan = planPublication(f);
        QVERIFY(!plan.daneAvailable);
        QVERIFY2(plan.daneUnavailableReason.contains(u"provider"_s),
                 qPrintable(plan.daneUnavailableReason));

        f.discovery.reset();
        QVERIFY(planPublication(f).daneUnavailableReason.contains(u"no scan"_s));
    }

    void daneChoice()
    {
        PublishFacts f = facts({host(u"mx1.example.com"_s, dns::DaneState::NotPossible),
                                host(u"mx2.example.com"_s, dns::DaneState::Usable, {kPublished})});
        f.probes = {probe(u"mx1.example.com"_s, kServed)};
        PublishChoices on;
        on.dane = DaneChoice::On;
        QCOMPARE(planPublication(f, on).records.mxHosts.size(), 2);
        PublishChoices off;
        off.dane = DaneChoice::Off;
        const PublishPlan none = planPublication(f, off);
        QVERIFY(!none.daneAvailable && none.records.mxHosts.isEmpty());
        QVERIFY(none.daneUnavailableReason.isEmpty());
    }

    void hostReportingExactlyWithTlsa()
    {
        PublishFacts f = facts({host(u"mx1.example.com"_s, dns::DaneState::Usable, {kPublished}),
                                host(u"mx2.example.com"_s, dns::DaneState::NotPossible)});
        auto set = planPublication(f).recordSet();
        QVERIFY(set);
        QStringList hostReports;
        for (const records::DnsRecordSpec &r : set->records())
            if (r.role == records::RecordRole::HostTlsReporting)
                hostReports << r.owner;
        QCOMPARE(hostReports, QStringList{u"_smtp._tls.mx1.example.com."_s});

        PublishChoices noRua;
        noRua.rua = QStringList{};
        const PublishPlan plan = planPublication(f, noRua);
        QCOMPARE(plan.records.mxHosts.size(), 1);
        QVERIFY(!plan.records.mxHosts.first().hostTlsReporting);
    }

    void policyHostCnameOrAddresses()
    {
        PublishFacts f = facts({});
        QCOMPARE(planPublication(f).records.policyHost.addresses,
                 QStringList{u"192.0.2.80"_s}); // found twice, published once
        QVERIFY(planPublication(f).records.policyHost.cname.isEmpty());

        // Following a CNAME the lookup returns the target's address: the CNAME is published.
        f.discovery->report.policyHostA.cnameChain = {u"pages.hoster.example"_s};
        const records::PolicyHostTarget target = planPublication(f).records.policyHost;
        QCOMPARE(target.cname, u"pages.hoster.example"_s);
        QVERIFY(target.addresses.isEmpty());

        PublishChoices choice;
        choice.policyHost = records::PolicyHostTarget{{u"192.0.2.99"_s}, {}};
        QCOMPARE(planPublication(f, choice).records.policyHost.addresses,
                 QStringList{u"192.0.2.99"_s});
    }

    void policyId()
    {
        PublishFacts f = facts({});
        f.policies = {version(u"1"_s, true, true), version(u"2"_s, true), version(u"3"_s, false)};
        QCOMPARE(planPublication(f).records.policyId, u"2"_s); // live, not the newer draft
        f.policies = {version(u"1"_s, false), version(u"2"_s, false)};
        QCOMPARE(planPublication(f).records.policyId, u"2"_s); // newest saved
        PublishChoices choice;
        choice.policyId = u"9"_s;
        QCOMPARE(planPublication(f, choice).records.policyId, u"9"_s);

        f.policies.clear();
        const auto set = planPublication(f).recordSet();
        QVERIFY(!set);
        QCOMPARE(set.error().code, u"publish.no-policy"_s);
    }
};

QTEST_GUILESS_MAIN(TestPublishPlan)
#include "test_publish_plan.moc"

// DiscoveryDiff on hand-built reports: each test changes one thing of a known base report and
// expects exactly the change it made.
#include "dns/DiscoveryDiff.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::dns;
using Kind = DiscoveryChange::Kind;

namespace {

DnsRecord record(const QString &owner, quint16 type, const QString &rdata, quint32 ttl = 300)
{
    DnsRecord r;
    r.owner = owner;
    r.type = type;
    r.ttl = ttl;
    r.rdata = rdata;
    if (type == RrType::A || type == RrType::AAAA)
        r.address = rdata;
    return r;
}

LookupResult lookup(const QString &name, quint16 type, const QList<DnsRecord> &records,
                    Security security = Security::Secure)
{
    LookupResult l;
    l.name = name;
    l.type = type;
    l.rcode = 0;
    l.records = records;
    l.verdict.security = security;
    return l;
}

MxHostReport host(const QString &name, int preference, const QStringList &v4)
{
    MxHostReport h;
    h.name = name;
    h.preference = preference;
    QList<DnsRecord> a;
    for (const QString &address : v4)
        a.append(record(name, RrType::A, address));
    h.a = lookup(name, RrType::A, a);
    h.aaaa = lookup(name, RrType::AAAA, {});
    h.tlsa = lookup(u"_25._tcp."_s + name, RrType::TLSA, {});
    h.dane = DaneState::Possible;
    return h;
}

DiscoveryReport base()
{
    DiscoveryReport r;
    r.domain = u"example.test"_s;
    r.mx = lookup(u"example.test"_s, RrType::MX,
                  {record(u"example.test"_s, RrType::MX, u"10 mx1.example.test."_s),
                   record(u"example.test"_s, RrType::MX, u"20 mx2.example.test."_s)});
    r.hosts = {host(u"mx1.example.test"_s, 10, {u"192.0.2.1"_s}),
               host(u"mx2.example.test"_s, 20, {u"192.0.2.2"_s})};
    r.stsTxt = lookup(u"_mta-sts.example.test"_s, RrType::TXT,
                      {record(u"_mta-sts.example.test"_s, RrType::TXT, u"\"v=STSv1; id=1\""_s)});
    r.tlsRptTxt = lookup(u"_smtp._tls.example.test"_s, RrType::TXT,
                         {record(u"_smtp._tls.example.test"_s, RrType::TXT,
                                 u"\"v=TLSRPTv1; rua=mailto:r@example.test\""_s)});
    r.oldTlsRptTxt = lookup(u"_smtp-tlsrpt.example.test"_s, RrType::TXT, {});
    r.policyHostA = lookup(u"mta-sts.example.test"_s, RrType::A,
                           {record(u"mta-sts.example.test"_s, RrType::A, u"192.0.2.80"_s)});
    r.policyHostAaaa = lookup(u"mta-sts.example.test"_s, RrType::AAAA, {});
    return r;
}

MxHostReport &hostOf(DiscoveryReport &r, const QString &name)
{
    for (MxHostReport &h : r.hosts)
        if (h.name == name)
            return h;
    qFatal("no host %s", qPrintable(name));
}

} // namespace

class TestDiscoveryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalReportsHaveNoChanges()
    {
        DiscoveryReport later = base();
        // TTLs count down between runs; that is not a change.
        later.stsTxt.records[0].ttl = 17;
        QVERIFY(diffReports(base(), later).isEmpty());
    }

    void hostAddedAndRemoved()
    {
        DiscoveryReport later = base();
        later.hosts.removeAt(1);
        later.hosts.append(host(u"mx3.example.test"_s, 30, {u"192.0.2.3"_s}));
        const QList<DiscoveryChange> changes = diffReports(base(), later);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].kind, Kind::MxHostRemoved);
        QCOMPARE(changes[0].subject, u"mx2.example.test"_s);
        QCOMPARE(changes[0].before, u"20"_s);
        QCOMPARE(changes[1].kind, Kind::MxHostAdded);
        QCOMPARE(changes[1].subject, u"mx3.example.test"_s);
        QCOMPARE(changes[1].after, u"30"_s);
        QVERIFY(changes[1].description.contains(u"192.0.2.3"_s));
        QVERIFY(changes[0].description.contains(u"mx2.example.test"_s));
    }

    void priorityAndAddresses()
    {
        DiscoveryReport later = base();
        hostOf(later, u"mx1.example.test"_s).preference = 5;
        MxHostReport &mx2 = hostOf(later, u"mx2.example.test"_s);
        mx2.aaaa.records.append(record(mx2.name, RrType::AAAA, u"2001:db8::2"_s));
        const QList<DiscoveryChange> changes = diffReports(base(), later);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].kind, Kind::MxPriorityChanged);
        QCOMPARE(changes[0].before, u"10"_s);
        QCOMPARE(changes[0].after, u"5"_s);
        QCOMPARE(changes[1].kind, Kind::AddressesChanged);
        QCOMPARE(changes[1].subject, u"mx2.example.test"_s);
        QCOMPARE(changes[1].before, u"192.0.2.2"_s);
        QCOMPARE(changes[1].after, u"192.0.2.2, 2001:db8::2"_s);
    }

    void recordsAppearDisappearChange()
    {
        DiscoveryReport later = base();
        MxHostReport &mx1 = hostOf(later, u"mx1.example.test"_s);
        mx1.tlsa.records.append(record(mx1.tlsa.name, RrType::TLSA, u"3 1 1 ab12"_s));
        later.stsTxt.records[0].rdata = u"\"v=STSv1; id=2\""_s;
        later.tlsRptTxt.records.clear();
        const QList<DiscoveryChange> changes = diffReports(base(), later);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].kind, Kind::RecordAppeared);
        QCOMPARE(changes[0].subject, u"_25._tcp.mx1.example.test TLSA"_s);
        QCOMPARE(changes[0].after, u"3 1 1 ab12"_s);
        QCOMPARE(changes[1].kind, Kind::RecordChanged);
        QCOMPARE(changes[1].subject, u"_mta-sts.example.test TXT"_s);
        QCOMPARE(changes[1].before, u"\"v=STSv1; id=1\""_s);
        QCOMPARE(changes[1].after, u"\"v=STSv1; id=2\""_s);
        QCOMPARE(changes[2].kind, Kind::RecordDisappeared);
        QCOMPARE(changes[2].subject, u"_smtp._tls.example.test TXT"_s);
        for (const DiscoveryChange &c : changes)
            QVERIFY(!c.description.isEmpty());
    }

    void dnssecAndDaneChanges()
    {
        DiscoveryReport later = base();
        later.mx.verdict = DnssecVerdict::bogus(BogusReason::SignatureExpired, u"example.test"_s,
                                                u"SIG_EXPIRED"_s);
        hostOf(later, u"mx1.example.test"_s).dane = DaneState::Usable;
        const QList<DiscoveryChange> changes = diffReports(base(), later);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].kind, Kind::DnssecChanged);
        QCOMPARE(changes[0].subject, u"example.test MX"_s);
        QCOMPARE(changes[0].before, DnssecVerdict::translatedSecurity(Security::Secure));
        QVERIFY(changes[0].after.contains(
            DnssecVerdict::translatedReason(BogusReason::SignatureExpired)));
        QCOMPARE(changes[1].kind, Kind::DaneChanged);
        QCOMPARE(changes[1].subject, u"mx1.example.test"_s);

        // Only the detail text differs: the same verdict.
        DiscoveryReport again = later;
        again.mx.verdict.detail = u"other wording"_s;
        QVERIFY(diffReports(later, again).isEmpty());
    }

    void unansweredLookupIsNotADeletion()
    {
        DiscoveryReport later = base();
        later.stsTxt.records.clear();
        later.stsTxt.rcode = -1;
        later.stsTxt.verdict = DnssecVerdict::indeterminate(u"timeout"_s);
        const QList<DiscoveryChange> changes = diffReports(base(), later);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::DnssecChanged);
        QCOMPARE(changes[0].subject, u"_mta-sts.example.test TXT"_s);
    }

    void kindNamesAreDistinct()
    {
        QSet<QString> names;
        for (int k = 0; k <= int(Kind::DaneChanged); ++k)
            names.insert(DiscoveryChange::kindName(Kind(k)));
        QCOMPARE(names.size(), int(Kind::DaneChanged) + 1);
        QVERIFY(!names.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryDiff)
#include "test_discovery_diff.moc"

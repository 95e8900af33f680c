// What an RFC 2136 push deletes and adds at each name (services/RecordPushUpdate): only the
// types it publishes, plus the other kind at the policy host (a CNAME cannot share its name with
// addresses, RFC 1034 §3.6.2), and nothing for records outside the zone.
#include "dns/DnsRecord.h"
#include "services/RecordPushUpdate.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::records;

namespace {

RecordSet build(const PolicyHostTarget &host)
{
    RecordSetInput in;
    in.domain = u"example.com"_s;
    in.policyId = u"1"_s;
    in.rua = {u"mailto:tlsrpt@example.com"_s};
    in.policyHost = host;
    in.mxHosts = {MxHostInput::withDigests(u"mx1.example.com"_s, QByteArray(32, '\x01')),
                  MxHostInput::withDigests(u"mx.provider.net"_s, QByteArray(32, '\x02'))};
    auto set = RecordSet::build(in);
    if (!set)
        qFatal("%s", qPrintable(set.error().describe()));
    return *set;
}

const dns::UpdateRrset *find(const dns::UpdateRequest &request, const QString &owner, quint16 type)
{
    for (const dns::UpdateRrset &r : request.rrsets)
        if (r.owner == owner && r.type == type)
            return &r;
    return nullptr;
}

} // namespace

class TestRecordPushUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesClearACname()
    {
        QList<DnsRecordSpec> outside;
        const dns::UpdateRequest update = services::zoneUpdate(
            build({{u"192.0.2.1"_s}, {}}), services::absoluteZone({}, u"example.com."_s), &outside);
        QCOMPARE(update.zone, u"example.com."_s);
        const dns::UpdateRrset *a = find(update, u"mta-sts.example.com."_s, dns::RrType::A);
        QVERIFY(a);
        // The AAAA of somebody else's web host at that name stays.
        QCOMPARE(a->deleteTypes, (QList<quint16>{dns::RrType::A, dns::RrType::CNAME}));
        QCOMPARE(a->rdata, QStringList{u"192.0.2.1"_s});
        const dns::UpdateRrset *sts = find(update, u"_mta-sts.example.com."_s, 16);
        QVERIFY(sts);
        QCOMPARE(sts->deleteTypes, QList<quint16>{16});
        QCOMPARE(sts->rdata, QStringList{u"\"v=STSv1; id=1;\""_s});
        const dns::UpdateRrset *tlsa =
            find(update, u"_25._tcp.mx1.example.com."_s, dns::RrType::TLSA);
        QVERIFY(tlsa);
        QCOMPARE(tlsa->deleteTypes, QList<quint16>{dns::RrType::TLSA});
        // The provider's MX host lives in its own zone.
        QVERIFY(!find(update, u"_25._tcp.mx.provider.net."_s, dns::RrType::TLSA));
        QCOMPARE(outside.size(), 1);
        QCOMPARE(outside.first().owner, u"_25._tcp.mx.provider.net."_s);
    }

    void cnameClearsAddresses()
    {
        const dns::UpdateRequest update =
            services::zoneUpdate(build({{}, u"pages.hoster.example"_s}), u"example.com."_s);
        const dns::UpdateRrset *cname = find(update, u"mta-sts.example.com."_s, dns::RrType::CNAME);
        QVERIFY(cname);
        QCOMPARE(cname->deleteTypes,
                 (QList<quint16>{dns::RrType::CNAME, dns::RrType::A, dns::RrType::AAAA}));
    }

    void zoneSpellings()
    {
        QCOMPARE(services::absoluteZone(u" Example.COM "_s, u"x."_s), u"example.com."_s);
        QCOMPARE(services::absoluteZone(u"example.com."_s, u"x."_s), u"example.com."_s);
        QCOMPARE(services::absoluteZone({}, u"example.com."_s), u"example.com."_s);
    }
};

QTEST_GUILESS_MAIN(TestRecordPushUpdate)
#include "test_record_push_update.moc"

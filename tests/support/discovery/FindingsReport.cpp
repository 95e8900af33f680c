#include "discovery/FindingsReport.h"

#include "dns/Discovery.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

using namespace sts::dns;

LookupResult lookup(const QString &name, quint16 type, const DnssecVerdict &verdict,
                    const QList<DnsRecord> &records = {})
{
    LookupResult r;
    r.name = name;
    r.type = type;
    r.rcode = 0;
    r.records = records;
    r.verdict = verdict;
    return r;
}

// The fields every record has; the callers add their type's decoded fields.
DnsRecord record(const QString &owner, quint16 type, const QString &rdata)
{
    DnsRecord r;
    r.owner = owner;
    r.type = type;
    r.ttl = 3600;
    r.rdata = rdata;
    return r;
}

DnsRecord addressRecord(const QString &owner, const QString &ip)
{
    DnsRecord r = record(owner, ip.contains(u':') ? RrType::AAAA : RrType::A, ip);
    r.address = ip;
    return r;
}

DnsRecord txtRecord(const QString &owner, const QByteArray &text)
{
    DnsRecord r = record(owner, RrType::TXT, u"\"%1\""_s.arg(QString::fromUtf8(text)));
    r.txt = text;
    return r;
}

DnsRecord mxRecord(const QString &owner, int preference, const QString &target)
{
    DnsRecord r = record(owner, RrType::MX, u"%1 %2."_s.arg(preference).arg(target));
    r.preference = preference;
    r.target = target;
    return r;
}

} // namespace

dns::DnsRecord tlsaRecord(const QString &owner, int usage, int selector, int matching,
                          const QByteArray &data)
{
    DnsRecord r = record(owner, RrType::TLSA,
                         u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matching).arg(
                             QString::fromLatin1(data.toHex())));
    r.tlsaUsage = usage;
    r.tlsaSelector = selector;
    r.tlsaMatching = matching;
    r.tlsaData = data;
    return r;
}

DiscoveryReport reportWithManyFindings(const QString &domain, const QDateTime &finishedAt)
{
    const DnssecVerdict secure = DnssecVerdict::secure(domain);
    const DnssecVerdict insecure = DnssecVerdict::insecure(domain);
    const QString mx1 = u"mx1."_s + domain, alias = u"alias."_s + domain,
                  bare = u"noaddr."_s + domain, bogus = u"bogus."_s + domain,
                  provider = u"contoso-com.mail.protection.outlook.com"_s, literal = u"192.0.2.9"_s;
    DiscoveryReport report;
    report.domain = domain;
    report.resolver = u"127.0.0.1:53"_s;
    report.anchorZone = u"."_s;
    report.finishedAt = finishedAt;
    report.mx =
        lookup(domain, RrType::MX, insecure,
               {mxRecord(domain, 10, mx1), mxRecord(domain, 10, mx1), mxRecord(domain, 20, literal),
                mxRecord(domain, 30, alias), mxRecord(domain, 40, provider),
                mxRecord(domain, 50, bare), mxRecord(domain, 60, bogus)});

    // One host: its addresses and its (empty) TLSA RRset under one verdict.
    const auto host = [&](const QString &name, int preference, const DnssecVerdict &verdict,
                          const QString &ip) {
        MxHostReport h;
        h.name = name;
        h.preference = preference;
        h.a = lookup(name, RrType::A, verdict,
                     ip.isEmpty() ? QList<DnsRecord>{} : QList{addressRecord(name, ip)});
        h.aaaa = lookup(name, RrType::AAAA, verdict);
        h.tlsa = lookup(u"_25._tcp."_s + name, RrType::TLSA, verdict);
        return h;
    };
    MxHostReport first = host(mx1, 10, secure, u"192.0.2.25"_s);
    const QString owner = first.tlsa.name;
    first.tlsa.records = {
        tlsaRecord(owner, 3, 1, 1, QByteArray(32, '\x11')),
        tlsaRecord(owner, 1, 1, 1, QByteArray(32, '\x22')),
        tlsaRecord(owner, 3, 1, 1, QCryptographicHash::hash({}, QCryptographicHash::Sha256)),
        tlsaRecord(owner, 3, 1, 2, QByteArray(16, '\x33'))};
    MxHostReport ip;
    ip.name = literal;
    ip.preference = 20;
    ip.ipLiteral = true;
    MxHostReport cname = host(alias, 30, insecure, u"192.0.2.30"_s);
    cname.a.cnameChain = {u"target."_s + domain};
    MxHostReport hosted = host(provider, 40, insecure, u"192.0.2.40"_s);
    hosted.provider = recognizeProvider(provider);
    const DnssecVerdict expired =
        DnssecVerdict::bogus(BogusReason::SignatureExpired, bogus, u"RRSIG expired"_s);
    report.hosts = {first,
                    ip,
                    cname,
                    hosted,
                    host(bare, 50, secure, {}),
                    host(bogus, 60, expired, u"192.0.2.60"_s)};

    const QString sts = u"_mta-sts."_s + domain, rpt = u"_smtp._tls."_s + domain;
    report.stsTxt =
        lookup(sts, RrType::TXT, insecure,
               {txtRecord(sts, "v=STSv1; id=bad-id!"), txtRecord(sts, "v=stsv1; id=x")});
    report.tlsRptTxt = lookup(rpt, RrType::TXT, insecure,
                              {txtRecord(rpt, "v=TLSRPTv1; rua=mailto:a,b@" + domain.toLatin1())});
    const QString old = u"_smtp-tlsrpt."_s + domain;
    report.oldTlsRptTxt =
        lookup(old, RrType::TXT, insecure,
               {txtRecord(old, "v=TLSRPTv1; rua=mailto:old@" + domain.toLatin1())});
    report.policyHostA = lookup(u"mta-sts."_s + domain, RrType::A, insecure);
    report.policyHostAaaa = lookup(u"mta-sts."_s + domain, RrType::AAAA, insecure);
    analyzeReport(report);
    return report;
}

} // namespace sts::test

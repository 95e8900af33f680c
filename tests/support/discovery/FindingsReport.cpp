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

DnsRecord addressRecord(const QString &owner, const QString &ip)
{
    DnsRecord r;
    r.owner = owner;
    r.type = ip.contains(u':') ? RrType::AAAA : RrType::A;
    r.ttl = 3600;
    r.address = ip;
    r.rdata = ip;
    return r;
}

DnsRecord tlsaRecord(const QString &owner, int usage, int selector, int matching,
                     const QByteArray &data)
{
    DnsRecord r;
    r.owner = owner;
    r.type = RrType::TLSA;
    r.ttl = 3600;
    r.tlsaUsage = usage;
    r.tlsaSelector = selector;
    r.tlsaMatching = matching;
    r.tlsaData = data;
    r.rdata = u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matching).arg(
        QString::fromLatin1(data.toHex()));
    return r;
}

DnsRecord txtRecord(const QString &owner, const QByteArray &text)
{
    DnsRecord r;
    r.owner = owner;
    r.type = RrType::TXT;
    r.ttl = 3600;
    r.txt = text;
    r.rdata = u"\"%1\""_s.arg(QString::fromUtf8(text));
    return r;
}

DnsRecord mxRecord(const QString &owner, int preference, const QString &target)
{
    DnsRecord r;
    r.owner = owner;
    r.type = RrType::MX;
    r.ttl = 3600;
    r.preference = preference;
    r.target = target;
    r.rdata = u"%1 %2."_s.arg(preference).arg(target);
    return r;
}

} // namespace

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

    const QString tlsaOwner = u"_25._tcp."_s + mx1;
    MxHostReport first;
    first.name = mx1;
    first.preference = 10;
    first.a = lookup(mx1, RrType::A, secure, {addressRecord(mx1, u"192.0.2.25"_s)});
    first.aaaa = lookup(mx1, RrType::AAAA, secure);
    first.tlsa = lookup(
        tlsaOwner, RrType::TLSA, secure,
        {tlsaRecord(tlsaOwner, 3, 1, 1, QByteArray(32, '\x11')),
         tlsaRecord(tlsaOwner, 1, 1, 1, QByteArray(32, '\x22')),
         tlsaRecord(tlsaOwner, 3, 1, 1, QCryptographicHash::hash({}, QCryptographicHash::Sha256)),
         tlsaRecord(tlsaOwner, 3, 1, 2, QByteArray(16, '\x33'))});
    report.hosts.append(first);

    MxHostReport ip;
    ip.name = literal;
    ip.preference = 20;
    ip.ipLiteral = true;
    report.hosts.append(ip);

    MxHostReport cname;
    cname.name = alias;
    cname.preference = 30;
    cname.a =
        lookup(alias, RrType::A, insecure, {addressRecord(u"target."_s + domain, u"192.0.2.30"_s)});
    cname.a.cnameChain = {u"target."_s + domain};
    cname.aaaa = lookup(alias, RrType::AAAA, insecure);
    cname.tlsa = lookup(u"_25._tcp."_s + alias, RrType::TLSA, insecure);
    report.hosts.append(cname);

    MxHostReport hosted;
    hosted.name = provider;
    hosted.preference = 40;
    hosted.provider = recognizeProvider(provider);
    hosted.a = lookup(provider, RrType::A, insecure, {addressRecord(provider, u"192.0.2.40"_s)});
    hosted.aaaa = lookup(provider, RrType::AAAA, insecure);
    hosted.tlsa = lookup(u"_25._tcp."_s + provider, RrType::TLSA, insecure);
    report.hosts.append(hosted);

    MxHostReport empty;
    empty.name = bare;
    empty.preference = 50;
    empty.a = lookup(bare, RrType::A, secure);
    empty.aaaa = lookup(bare, RrType::AAAA, secure);
    empty.tlsa = lookup(u"_25._tcp."_s + bare, RrType::TLSA, secure);
    report.hosts.append(empty);

    const DnssecVerdict expired =
        DnssecVerdict::bogus(BogusReason::SignatureExpired, bogus, u"RRSIG expired"_s);
    MxHostReport broken;
    broken.name = bogus;
    broken.preference = 60;
    broken.a = lookup(bogus, RrType::A, expired, {addressRecord(bogus, u"192.0.2.60"_s)});
    broken.aaaa = lookup(bogus, RrType::AAAA, expired);
    broken.tlsa = lookup(u"_25._tcp."_s + bogus, RrType::TLSA, expired);
    report.hosts.append(broken);

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

#include "ReportParts.h"

using namespace Qt::StringLiterals;

namespace sts::test {

dns::DnsRecord addressRecord(const QString &owner, const QString &ip)
{
    dns::DnsRecord r;
    r.owner = owner;
    r.type = ip.contains(u':') ? dns::RrType::AAAA : dns::RrType::A;
    r.ttl = 3600;
    r.address = ip;
    r.rdata = ip;
    return r;
}

dns::DnsRecord tlsa311Record(const QString &owner, const QByteArray &spkiSha256)
{
    dns::DnsRecord r;
    r.owner = owner;
    r.type = dns::RrType::TLSA;
    r.ttl = 3600;
    r.tlsaUsage = 3;
    r.tlsaSelector = 1;
    r.tlsaMatching = 1;
    r.tlsaData = spkiSha256;
    r.rdata = u"3 1 1 "_s + QString::fromLatin1(spkiSha256.toHex());
    return r;
}

dns::DnsRecord mxRecord(const QString &owner, int preference, const QString &target)
{
    dns::DnsRecord r;
    r.owner = owner;
    r.type = dns::RrType::MX;
    r.ttl = 3600;
    r.preference = preference;
    r.target = target;
    r.rdata = u"%1 %2."_s.arg(preference).arg(target);
    return r;
}

dns::DnsRecord txtRecord(const QString &owner, const QByteArray &text)
{
    dns::DnsRecord r;
    r.owner = owner;
    r.type = dns::RrType::TXT;
    r.ttl = 3600;
    r.txt = text;
    r.rdata = u"\"%1\""_s.arg(QString::fromLatin1(text));
    return r;
}

dns::LookupResult lookupOf(const QString &name, quint16 type, QList<dns::DnsRecord> records,
                           const dns::DnssecVerdict &verdict)
{
    dns::LookupResult l;
    l.name = name;
    l.type = type;
    l.rcode = 0;
    l.records = std::move(records);
    l.verdict = verdict;
    return l;
}

dns::LookupResult secureLookup(const QString &name, quint16 type, QList<dns::DnsRecord> records,
                               const QString &zone)
{
    return lookupOf(name, type, std::move(records), dns::DnssecVerdict::secure(zone));
}

dns::MxHostReport signedMxHost(const QString &name, int preference, const QString &ip,
                               const QString &zone, const QList<dns::DnsRecord> &tlsa)
{
    dns::MxHostReport host;
    host.name = name;
    host.preference = preference;
    host.a = secureLookup(name, dns::RrType::A, {addressRecord(name, ip)}, zone);
    host.aaaa = secureLookup(name, dns::RrType::AAAA, {}, zone);
    host.tlsa = secureLookup(u"_25._tcp."_s + name, dns::RrType::TLSA, tlsa, zone);
    return host;
}

tls::AddressProbe tlsProbe(const QString &host, const QString &ip, quint16 port,
                           const QString &chainFile)
{
    tls::AddressProbe p;
    p.protocol =
        port == 25 ? tls::AddressProbe::Protocol::Smtp : tls::AddressProbe::Protocol::Https;
    p.host = host;
    p.address = ip;
    p.port = port;
    p.stage = tls::AddressProbe::Stage::Done;
    p.starttlsOffered = port == 25;
    p.tlsEstablished = true;
    p.tlsProtocol = u"TLSv1.3"_s;
    p.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    p.chain = tls::CertificateChain::fromFile(chainFile).valueOr({});
    p.verification.trusted = true;
    p.verification.nameChecked = true;
    p.verification.nameMatches = true;
    return p;
}

dns::DiscoveryReport labScanTwoHosts(const QDateTime &at)
{
    dns::DiscoveryReport report;
    report.domain = u"lab.test"_s;
    report.finishedAt = at;
    dns::MxHostReport mx1;
    mx1.name = u"mx1.lab.test"_s;
    mx1.preference = 10;
    mx1.a.records << addressRecord(u"mx1.lab.test"_s, u"192.0.2.1"_s);
    dns::MxHostReport mx2;
    mx2.name = u"mx2.lab.test"_s;
    mx2.preference = 20; // no address
    report.hosts << mx1 << mx2;
    return report;
}

} // namespace sts::test

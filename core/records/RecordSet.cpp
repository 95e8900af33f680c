#include "records/RecordSet.h"

#include "dns/DnsRecord.h"
#include "engagement/DomainName.h"
#include "mtasts/StsTxtRecord.h"
#include "mtasts/TlsRptTxtRecord.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::records {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::records::RecordSet", text);
}

// RFC 2181 §8: TTLs are 31-bit unsigned.
constexpr quint32 kMaxTtl = 2147483647U;

Status checkRua(const QString &uri)
{
    const QString lower = uri.trimmed().toLower();
    if ((lower.startsWith(u"mailto:"_s) && lower.size() > 7) ||
        (lower.startsWith(u"https://"_s) && lower.size() > 8))
        return {};
    return Error{
        u"records.rua"_s,
        QCoreApplication::translate("sts::records",
                                    "“%1” is not a TLS-RPT address: use “mailto:…” or “https://…”.")
            .arg(uri)};
}

} // namespace

MxHostInput MxHostInput::withDigests(const QString &host, const QByteArray &current,
                                     const QByteArray &next)
{
    MxHostInput in;
    in.host = host;
    if (!current.isEmpty())
        in.tlsa.append(dane::TlsaRecord::fromSpkiSha256(current));
    if (!next.isEmpty())
        in.tlsa.append(dane::TlsaRecord::fromSpkiSha256(next));
    return in;
}

Result<QString> absoluteName(const QString &host)
{
    QString text = host.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    auto name = DomainName::fromUserInput(text);
    if (!name)
        return name.error();
    return name->ace + u'.';
}

bool RecordSet::isInZone(const QString &owner, const QString &zone)
{
    if (zone == u"."_s)
        return true;
    return owner.compare(zone, Qt::CaseInsensitive) == 0 ||
           owner.endsWith(u'.' + zone, Qt::CaseInsensitive);
}

Result<RecordSet> RecordSet::build(const RecordSetInput &input)
{
    if (input.ttl == 0 || input.ttl > kMaxTtl)
        return Error{u"records.ttl"_s,
                     tr("The TTL must be between 1 and %1 seconds.").arg(kMaxTtl)};
    auto domain = absoluteName(input.domain);
    if (!domain)
        return Error{u"records.domain"_s, domain.error().message};
    if (!mtasts::isValidStsId(input.policyId))
        return Error{u"records.policy-id"_s,
                     tr("The policy id “%1” is invalid: it must be 1 to 32 letters or digits.")
                         .arg(input.policyId)};
    for (const QString &uri : input.rua)
        if (auto ok = checkRua(uri); !ok)
            return ok.error();

    RecordSet set;
    set.m_domain = *domain;
    auto add = [&](RecordRole role, const QString &owner, quint16 type) -> DnsRecordSpec & {
        DnsRecordSpec r;
        r.role = role;
        r.owner = owner;
        r.ttl = input.ttl;
        r.type = type;
        set.m_records.append(r);
        return set.m_records.last();
    };
    mtasts::StsTxtRecord sts;
    sts.id = input.policyId;
    add(RecordRole::StsPolicy, u"_mta-sts."_s + *domain, dns::RrType::TXT).txt =
        splitCharacterStrings(sts.toTxt());
    mtasts::TlsRptTxtRecord tlsRpt;
    for (const QString &uri : input.rua)
        tlsRpt.rua.append(uri.trimmed());
    const QList<QByteArray> tlsRptStrings = splitCharacterStrings(tlsRpt.toTxt());
    if (!tlsRpt.rua.isEmpty())
        add(RecordRole::TlsReporting, u"_smtp._tls."_s + *domain, dns::RrType::TXT).txt =
            tlsRptStrings;

    const PolicyHostTarget &host = input.policyHost;
    const QString policyHost = u"mta-sts."_s + *domain;
    if (!host.addresses.isEmpty() && !host.cname.trimmed().isEmpty())
        return Error{u"records.policy-host"_s,
                     tr("“%1” can have addresses or a CNAME, not both.").arg(policyHost)};
    for (const QString &text : host.addresses) {
        const QHostAddress address(text.trimmed());
        const auto protocol = address.protocol();
        if (address.isNull() || (protocol != QAbstractSocket::IPv4Protocol &&
                                 protocol != QAbstractSocket::IPv6Protocol))
            return Error{u"records.policy-host"_s,
                         tr("“%1” is not an IPv4 or IPv6 address.").arg(text)};
        const bool v4 = protocol == QAbstractSocket::IPv4Protocol;
        add(RecordRole::PolicyHost, policyHost, v4 ? dns::RrType::A : dns::RrType::AAAA).target =
            address.toString();
    }
    if (!host.cname.trimmed().isEmpty()) {
        auto target = absoluteName(host.cname);
        if (!target)
            return Error{u"records.policy-host"_s, target.error().message};
        if (*target == policyHost)
            return Error{u"records.policy-host"_s,
                         tr("“%1” cannot be a CNAME to itself.").arg(policyHost)};
        add(RecordRole::PolicyHost, policyHost, dns::RrType::CNAME).target = *target;
    }

    QStringList seenHosts;
    for (const MxHostInput &mx : input.mxHosts) {
        auto name = absoluteName(mx.host);
        if (!name)
            return Error{u"records.mx-host"_s, name.error().message};
        if (seenHosts.contains(*name))
            return Error{u"records.mx-host"_s,
                         tr("The MX host “%1” is listed twice.").arg(name->chopped(1))};
        seenHosts.append(*name);
        QList<dane::TlsaRecord> seen;
        for (const dane::TlsaRecord &tlsa : mx.tlsa) {
            if (auto valid = tlsa.validate(); !valid)
                return Error{u"records.tlsa"_s,
                             tr("TLSA for “%1”: %2").arg(name->chopped(1), valid.error().message)};
            if (!tlsa.isUsableForSmtp())
                return Error{u"records.tlsa"_s,
                             tr("TLSA for “%1”: usage %2 is not used with SMTP; publish 3 1 1 "
                                "(or 2 1 1 for an issuer).")
                                 .arg(name->chopped(1))
                                 .arg(tlsa.usage)};
            if (seen.contains(tlsa))
                return Error{u"records.tlsa"_s, tr("TLSA for “%1”: “%2” is listed twice.")
                                                    .arg(name->chopped(1), tlsa.toString())};
            seen.append(tlsa);
            add(RecordRole::Tlsa, u"_25._tcp."_s + *name, dns::RrType::TLSA).tlsa = tlsa;
        }
        if (mx.hostTlsReporting && !tlsRpt.rua.isEmpty())
            add(RecordRole::HostTlsReporting, u"_smtp._tls."_s + *name, dns::RrType::TXT).txt =
                tlsRptStrings;
    }
    return set;
}

QList<QList<DnsRecordSpec>> RecordSet::rrsets() const
{
    QList<QList<DnsRecordSpec>> out;
    for (const DnsRecordSpec &record : m_records) {
        auto it = std::find_if(out.begin(), out.end(), [&](const QList<DnsRecordSpec> &set) {
            return set.first().sameRrset(record);
        });
        if (it == out.end())
            out.append({record});
        else
            it->append(record);
    }
    return out;
}

} // namespace sts::records

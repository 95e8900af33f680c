#include "records/DnsRecordSpec.h"

#include "dns/DnsRecord.h"

using namespace Qt::StringLiterals;

namespace sts::records {

QString roleKey(RecordRole role)
{
    switch (role) {
    case RecordRole::StsPolicy:
        return u"sts"_s;
    case RecordRole::TlsReporting:
        return u"tlsrpt"_s;
    case RecordRole::PolicyHost:
        return u"policy-host"_s;
    case RecordRole::Tlsa:
        return u"tlsa"_s;
    case RecordRole::HostTlsReporting:
        return u"host-tlsrpt"_s;
    }
    return {};
}

QString DnsRecordSpec::typeName() const
{
    return dns::rrTypeName(type);
}

QString DnsRecordSpec::rdata(EscapeStyle style) const
{
    switch (type) {
    case dns::RrType::TXT:
        return quoteCharacterStrings(txt, style);
    case dns::RrType::TLSA:
        return tlsa.toString();
    default:
        return target;
    }
}

QByteArray DnsRecordSpec::txtContent() const
{
    QByteArray out;
    for (const QByteArray &s : txt)
        out += s;
    return out;
}

QJsonObject DnsRecordSpec::toJson() const
{
    QJsonObject json{{u"role"_s, roleKey(role)},
                     {u"owner"_s, owner},
                     {u"ttl"_s, qint64(ttl)},
                     {u"type"_s, typeName()},
                     {u"rdata"_s, rdata()}};
    if (type == dns::RrType::TLSA)
        json.insert(u"tlsa"_s, tlsa.toJson());
    return json;
}

} // namespace sts::records

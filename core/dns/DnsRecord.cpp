#include "DnsRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::dns {

QString rrTypeName(quint16 type)
{
    switch (type) {
    case RrType::A:
        return u"A"_s;
    case RrType::NS:
        return u"NS"_s;
    case RrType::CNAME:
        return u"CNAME"_s;
    case RrType::SOA:
        return u"SOA"_s;
    case RrType::MX:
        return u"MX"_s;
    case RrType::TXT:
        return u"TXT"_s;
    case RrType::AAAA:
        return u"AAAA"_s;
    case RrType::DS:
        return u"DS"_s;
    case RrType::DNSKEY:
        return u"DNSKEY"_s;
    case RrType::TLSA:
        return u"TLSA"_s;
    default:
        return u"TYPE%1"_s.arg(type);
    }
}

QString normalizeName(const QString &name)
{
    QString out = name.trimmed().toLower();
    if (out.size() > 1 && out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out.isEmpty() ? u"."_s : out;
}

QJsonObject DnsRecord::toJson() const
{
    QJsonObject json{{u"owner"_s, owner},
                     {u"type"_s, rrTypeName(type)},
                     {u"typeCode"_s, type},
                     {u"ttl"_s, static_cast<qint64>(ttl)},
                     {u"rdata"_s, rdata}};
    if (preference >= 0)
        json.insert(u"preference"_s, preference);
    if (!target.isEmpty())
        json.insert(u"target"_s, target);
    if (type == RrType::TXT)
        json.insert(u"txt"_s, QString::fromLatin1(txt.toBase64()));
    if (!address.isEmpty())
        json.insert(u"address"_s, address);
    if (tlsaUsage >= 0) {
        json.insert(u"usage"_s, tlsaUsage);
        json.insert(u"selector"_s, tlsaSelector);
        json.insert(u"matchingType"_s, tlsaMatching);
        json.insert(u"data"_s, QString::fromLatin1(tlsaData.toHex()));
    }
    return json;
}

DnsRecord DnsRecord::fromJson(const QJsonObject &json)
{
    DnsRecord r;
    r.owner = json.value(u"owner"_s).toString();
    r.type = static_cast<quint16>(json.value(u"typeCode"_s).toInt());
    r.ttl = static_cast<quint32>(json.value(u"ttl"_s).toInteger());
    r.rdata = json.value(u"rdata"_s).toString();
    r.preference = json.value(u"preference"_s).toInt(-1);
    r.target = json.value(u"target"_s).toString();
    if (json.contains(u"txt"_s))
        r.txt = QByteArray::fromBase64(json.value(u"txt"_s).toString().toLatin1());
    r.address = json.value(u"address"_s).toString();
    r.tlsaUsage = json.value(u"usage"_s).toInt(-1);
    r.tlsaSelector = json.value(u"selector"_s).toInt(-1);
    r.tlsaMatching = json.value(u"matchingType"_s).toInt(-1);
    if (json.contains(u"data"_s))
        r.tlsaData = QByteArray::fromHex(json.value(u"data"_s).toString().toLatin1());
    return r;
}

QJsonObject LookupResult::toJson() const
{
    QJsonArray records;
    for (const DnsRecord &r : this->records)
        records.append(r.toJson());
    QJsonObject json{{u"name"_s, name},       {u"type"_s, rrTypeName(type)},
                     {u"typeCode"_s, type},   {u"rcode"_s, rcode},
                     {u"records"_s, records}, {u"dnssec"_s, verdict.toJson()}};
    if (!cnameChain.isEmpty())
        json.insert(u"cnameChain"_s, QJsonArray::fromStringList(cnameChain));
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

LookupResult LookupResult::fromJson(const QJsonObject &json)
{
    LookupResult r;
    r.name = json.value(u"name"_s).toString();
    r.type = static_cast<quint16>(json.value(u"typeCode"_s).toInt());
    r.rcode = json.value(u"rcode"_s).toInt(-1);
    for (const QJsonValue &v : json.value(u"cnameChain"_s).toArray())
        r.cnameChain.append(v.toString());
    for (const QJsonValue &v : json.value(u"records"_s).toArray())
        r.records.append(DnsRecord::fromJson(v.toObject()));
    r.verdict = DnssecVerdict::fromJson(json.value(u"dnssec"_s).toObject());
    r.error = json.value(u"error"_s).toString();
    return r;
}

} // namespace sts::dns

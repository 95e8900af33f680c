#pragma once

#include "dns/DnssecVerdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::dns {

// RR type numbers used across STS Desk (IANA registry values).
namespace RrType {
constexpr quint16 A = 1;
constexpr quint16 NS = 2;
constexpr quint16 CNAME = 5;
constexpr quint16 SOA = 6;
constexpr quint16 MX = 15;
constexpr quint16 TXT = 16;
constexpr quint16 AAAA = 28;
constexpr quint16 DS = 43;
constexpr quint16 DNSKEY = 48;
constexpr quint16 TLSA = 52;
} // namespace RrType

QString rrTypeName(quint16 type);

// One resource record, with the fields of the types discovery reads already decoded.
struct DnsRecord
{
    QString owner; // lower case, no final dot
    quint16 type = 0;
    quint32 ttl = 0;
    QString rdata; // presentation form

    int preference = -1; // MX
    QString target;      // MX exchange / CNAME target: lower case, no final dot ("." = root)
    QByteArray txt;      // TXT: character-strings concatenated without separators
    QString address;     // A / AAAA
    int tlsaUsage = -1, tlsaSelector = -1, tlsaMatching = -1;
    QByteArray tlsaData; // raw association data

    QJsonObject toJson() const;
    static DnsRecord fromJson(const QJsonObject &json);
    bool operator==(const DnsRecord &) const = default;
};

// One validated lookup: the records (after following CNAMEs) and the DNSSEC verdict of the chain.
struct LookupResult
{
    QString name; // as asked, lower case, no final dot
    quint16 type = 0;
    int rcode = -1;         // of the final answer; -1 when no answer came
    QStringList cnameChain; // targets followed, in order
    QList<DnsRecord> records;
    DnssecVerdict verdict;
    QString error; // why there was no usable answer (Indeterminate), translated

    bool answered() const { return rcode == 0 || rcode == 3; }
    bool isNxDomain() const { return rcode == 3; }
    bool hasRecords() const { return !records.isEmpty(); }

    QJsonObject toJson() const;
    static LookupResult fromJson(const QJsonObject &json);
    bool operator==(const LookupResult &) const = default;
};

// Lower case, no final dot (except the root, which stays ".").
QString normalizeName(const QString &name);

} // namespace sts::dns

#pragma once

#include "dane/Tlsa.h"
#include "records/TxtEncoding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sts::records {

// Why a record is in the set (the GUI groups and explains them by this).
enum class RecordRole {
    StsPolicy,        // _mta-sts.<domain> TXT (RFC 8461 §3.1)
    TlsReporting,     // _smtp._tls.<domain> TXT (RFC 8460 §3)
    PolicyHost,       // mta-sts.<domain> A/AAAA/CNAME: where senders fetch the policy
    Tlsa,             // _25._tcp.<mx> TLSA (RFC 7672 §3.1)
    HostTlsReporting, // _smtp._tls.<mx> TXT: reports about the MX host for DANE
};
QString roleKey(RecordRole role); // "sts", "tlsrpt", "policy-host", "tlsa", "host-tlsrpt"

// One resource record exactly as the customer publishes it.
struct DnsRecordSpec
{
    RecordRole role = RecordRole::StsPolicy;
    QString owner; // A-label, lower case, absolute ("_mta-sts.example.com.")
    quint32 ttl = 3600;
    quint16 type = 0;      // dns::RrType
    QList<QByteArray> txt; // TXT: the character-strings, each at most 255 octets
    QString target;        // CNAME: absolute name; A/AAAA: the address
    dane::TlsaRecord tlsa; // TLSA only

    QString typeName() const;
    // Presentation form of the rdata: TXT as quoted strings, TLSA as "3 1 1 <hex>",
    // CNAME absolute, addresses as written by QHostAddress.
    QString rdata(EscapeStyle style = EscapeStyle::Decimal) const;
    QByteArray txtContent() const; // the strings concatenated, as senders read them
    // Owner without the final dot (for provider APIs that want a plain FQDN).
    QString ownerFqdn() const { return owner.endsWith(u'.') ? owner.chopped(1) : owner; }
    bool sameRrset(const DnsRecordSpec &other) const
    {
        return owner == other.owner && type == other.type;
    }
    QJsonObject toJson() const;
    bool operator==(const DnsRecordSpec &) const = default;
};

} // namespace sts::records

#include "dane/PublishedTlsa.h"

#include "dane/Tlsa.h"

namespace sts::dane {

QList<QByteArray> publishedSpkiSha256(const QList<dns::DnsRecord> &tlsaRecords)
{
    QList<QByteArray> out;
    for (const dns::DnsRecord &r : tlsaRecords) {
        const TlsaRecord record{quint8(r.tlsaUsage), quint8(r.tlsaSelector), quint8(r.tlsaMatching),
                                r.tlsaData};
        if (record.usage == 3 && record.selector == 1 && record.matchingType == 1 &&
            record.validate())
            out.append(record.data);
    }
    return out;
}

} // namespace sts::dane

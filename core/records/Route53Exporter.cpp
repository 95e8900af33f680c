#include "records/Route53Exporter.h"

#include "dns/DnsRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::records {

QByteArray Route53Exporter::render(const RecordSet &set) const
{
    QJsonArray changes;
    for (const QList<DnsRecordSpec> &rrset : set.rrsets()) {
        const DnsRecordSpec &first = rrset.first();
        QJsonArray values;
        // Route 53 wants octal escapes (\ooo) in TXT values, unlike zone files.
        for (const DnsRecordSpec &r : rrset)
            values.append(QJsonObject{{u"Value"_s, r.rdata(EscapeStyle::Octal)}});
        changes.append(
            QJsonObject{{u"Action"_s, u"UPSERT"_s},
                        {u"ResourceRecordSet"_s, QJsonObject{{u"Name"_s, first.owner},
                                                             {u"Type"_s, first.typeName()},
                                                             {u"TTL"_s, qint64(first.ttl)},
                                                             {u"ResourceRecords"_s, values}}}});
    }
    const QJsonObject batch{
        {u"Comment"_s, u"MTA-STS, TLS-RPT and DANE records for %1"_s.arg(set.domain())},
        {u"Changes"_s, changes}};
    return QJsonDocument(batch).toJson(QJsonDocument::Indented);
}

} // namespace sts::records

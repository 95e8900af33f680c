#include "records/CloudflareExporter.h"

#include "dns/DnsRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::records {

QByteArray CloudflareExporter::render(const RecordSet &set) const
{
    QJsonArray bodies;
    for (const DnsRecordSpec &r : set.records()) {
        QJsonObject body{
            {u"type"_s, r.typeName()}, {u"name"_s, r.ownerFqdn()}, {u"ttl"_s, qint64(r.ttl)}};
        if (r.type == dns::RrType::TLSA) {
            body.insert(u"data"_s,
                        QJsonObject{{u"usage"_s, r.tlsa.usage},
                                    {u"selector"_s, r.tlsa.selector},
                                    {u"matching_type"_s, r.tlsa.matchingType},
                                    {u"certificate"_s, QString::fromLatin1(r.tlsa.data.toHex())}});
        } else if (r.type == dns::RrType::CNAME) {
            body.insert(u"content"_s, r.target.chopped(1));
        } else {
            body.insert(u"content"_s, r.rdata());
        }
        // Proxying would put Cloudflare's certificate in front of the policy host, which then
        // no longer matches what we deployed.
        if (r.type == dns::RrType::A || r.type == dns::RrType::AAAA || r.type == dns::RrType::CNAME)
            body.insert(u"proxied"_s, false);
        bodies.append(body);
    }
    return QJsonDocument(bodies).toJson(QJsonDocument::Indented);
}

} // namespace sts::records

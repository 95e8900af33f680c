#include "services/RecordPushUpdate.h"

#include "dns/DnsRecord.h"

using namespace Qt::StringLiterals;

namespace sts::services {

QString absoluteZone(const QString &zone, const QString &fallback)
{
    QString name = zone.trimmed().toLower();
    if (name.isEmpty())
        name = fallback;
    return name.endsWith(u'.') ? name : name + u'.';
}

dns::UpdateRequest zoneUpdate(const records::RecordSet &set, const QString &zone,
                              QList<records::DnsRecordSpec> *outside)
{
    dns::UpdateRequest request;
    request.zone = zone;
    for (const QList<records::DnsRecordSpec> &rrset : set.rrsets()) {
        const records::DnsRecordSpec &first = rrset.first();
        if (!records::RecordSet::isInZone(first.owner, zone)) {
            if (outside)
                *outside << rrset;
            continue;
        }
        dns::UpdateRrset update;
        update.owner = first.owner;
        update.type = first.type;
        update.ttl = first.ttl;
        update.deleteTypes = {first.type};
        if (first.role == records::RecordRole::PolicyHost) {
            if (first.type == dns::RrType::CNAME)
                update.deleteTypes << dns::RrType::A << dns::RrType::AAAA;
            else
                update.deleteTypes << dns::RrType::CNAME;
        }
        for (const records::DnsRecordSpec &record : rrset)
            update.rdata << record.rdata();
        request.rrsets << update;
    }
    return request;
}

} // namespace sts::services

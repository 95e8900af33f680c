#include "records/NsupdateExporter.h"

using namespace Qt::StringLiterals;

namespace sts::records {

QByteArray NsupdateExporter::render(const RecordSet &set) const
{
    QString zone = m_options.zone.trimmed().toLower();
    if (zone.isEmpty())
        zone = set.domain();
    else if (!zone.endsWith(u'.'))
        zone += u'.';
    QString out;
    if (!m_options.server.isEmpty())
        out += m_options.port ? u"server %1 %2\n"_s.arg(m_options.server).arg(m_options.port)
                              : u"server %1\n"_s.arg(m_options.server);
    out += u"zone %1\n"_s.arg(zone);
    if (!m_options.keyName.isEmpty())
        out +=
            u"key %1:%2 %3\n"_s.arg(m_options.keyAlgorithm, m_options.keyName, m_options.keySecret);
    QString skipped;
    bool policyHostCleared = false;
    for (const QList<DnsRecordSpec> &rrset : set.rrsets()) {
        const DnsRecordSpec &first = rrset.first();
        if (!RecordSet::isInZone(first.owner, zone)) {
            for (const DnsRecordSpec &r : rrset)
                skipped +=
                    u"; %1 %2 IN %3 %4\n"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
            continue;
        }
        // mta-sts.<domain> is ours alone: clear every type there, so switching between
        // addresses and a CNAME works (RFC 2136 §3.4.2.2 ignores a CNAME added beside data).
        if (first.role != RecordRole::PolicyHost)
            out += u"update delete %1 %2\n"_s.arg(first.owner, first.typeName());
        else if (!policyHostCleared)
            out += u"update delete %1\n"_s.arg(first.owner);
        policyHostCleared = policyHostCleared || first.role == RecordRole::PolicyHost;
        for (const DnsRecordSpec &r : rrset)
            out +=
                u"update add %1 %2 %3 %4\n"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
    }
    out += u"send\n"_s;
    if (!skipped.isEmpty())
        out += u"; Not in zone %1, publish in their own zone:\n"_s.arg(zone) + skipped;
    return out.toUtf8();
}

} // namespace sts::records

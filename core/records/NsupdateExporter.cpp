#include "records/NsupdateExporter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sts::records {

namespace {

// The `update delete` lines before the RRset led by `first` is added: only types STS Desk manages
// at that name, so the customer's other records there (an AAAA we were not told about, a
// verification TXT) stay. Addresses at mta-sts.<domain> also clear a CNAME there (ours, when
// switching from Pages hosting: addresses beside it would be ignored, RFC 2136 §3.4.2.2). A CNAME
// clears the whole name: it cannot share its name with other data (RFC 2181 §10.1), and Knot
// ignores a CNAME added to a name that still holds the signatures of deleted address records.
QStringList clearing(const DnsRecordSpec &first)
{
    if (first.role != RecordRole::PolicyHost)
        return {first.owner + u' ' + first.typeName()};
    if (first.typeName() == u"CNAME"_s)
        return {first.owner};
    return {first.owner + u' ' + first.typeName(), first.owner + u" CNAME"_s};
}

} // namespace

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
    QSet<QString> cleared; // "owner type", or "owner" for the whole name
    for (const QList<DnsRecordSpec> &rrset : set.rrsets()) {
        const DnsRecordSpec &first = rrset.first();
        if (!RecordSet::isInZone(first.owner, zone)) {
            for (const DnsRecordSpec &r : rrset)
                skipped +=
                    u"; %1 %2 IN %3 %4\n"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
            continue;
        }
        for (const QString &what : clearing(first)) {
            if (!cleared.contains(what))
                out += u"update delete %1\n"_s.arg(what);
            cleared.insert(what);
        }
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

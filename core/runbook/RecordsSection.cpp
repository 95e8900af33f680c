// The DNS records of the live policy version as the publish plan makes them, and the TLSA records
// the latest discovery actually found in DNS (not what DNSSEC would allow).
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString PublishingSections::tlsaFoundInDns() const
{
    const RunbookData &d = m_in.data;
    if (!d.discovery)
        return html::para(tr("No discovery has been run: whether TLSA records are published is "
                             "not known."));
    const TextLanguage text = m_in.language.text();
    QList<QStringList> rows;
    for (const dns::MxHostReport &host : d.discovery->report.hosts) {
        QStringList found;
        for (const dns::DnsRecord &r : host.tlsa.records)
            found.append(u"%1 %2"_s.arg(r.ttl).arg(r.rdata));
        rows.append({u"_25._tcp.%1."_s.arg(host.name),
                     found.isEmpty() ? tr("none") : found.join(u'\n'),
                     host.tlsa.verdict.describe(text)});
    }
    QString out = html::para(tr("TLSA records found in DNS by the discovery of %1 (TTL in seconds, "
                                "then the record data):")
                                 .arg(m_in.language.formatTime(d.discovery->takenAt)));
    out += html::table({tr("Owner"), tr("Found in DNS"), tr("DNSSEC")}, rows, {30, 50, 20});
    return out;
}

std::optional<RunbookSection> PublishingSections::records(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (d.zoneFile.isEmpty()) {
        *omitted = tr("DNS records: they cannot be built yet (%1).").arg(d.zoneFileError);
        return std::nullopt;
    }
    RunbookSection s{u"records"_s, tr("DNS records to publish"), {}, {}};
    const storage::StoredPolicyVersion *live = d.liveVersion();
    if (live)
        s.html =
            html::para(tr("The records of the live policy version %1, published %2 (zone-file "
                          "syntax, absolute names). The same records in provider formats "
                          "are in the handover bundle.")
                           .arg(live->version.id, m_in.language.formatTime(live->publishedAt)));
    else
        s.html = html::note(tr("No policy version is live yet. These are the records for version "
                               "%1; publish them only together with that version.")
                                .arg(d.plan ? d.plan->records.policyId : QString()));
    s.html += html::code(d.zoneFile);
    if (d.daneAvailable()) {
        s.html += html::heading(tr("TLSA records in DNS"));
        s.html += tlsaFoundInDns();
    }
    s.html += html::para(tr("When the policy changes, only the id in the _mta-sts TXT record "
                            "changes, and only after the new policy file is served."));
    return s;
}

} // namespace sts::runbook

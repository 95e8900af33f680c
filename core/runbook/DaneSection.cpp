// DANE: the TLSA records the engagement publishes and the key rotation procedure, built from the
// engagement's own digests (the served key, the staged next key) and the TTL found in DNS.
#include "dane/RolloverPlan.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::runbook {

namespace {

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

const dns::MxHostReport *discovered(const RunbookData &d, const QString &host)
{
    if (!d.discovery)
        return nullptr;
    for (const dns::MxHostReport &h : d.discovery->report.hosts)
        if (h.name == host)
            return &h;
    return nullptr;
}

} // namespace

// The TTL a rollover must wait for: the largest TTL of the TLSA RRset as DNS serves it now.
// 0 when DNS has no TLSA records for the host.
static quint32 tlsaTtlInDns(const dns::MxHostReport *host)
{
    quint32 ttl = 0;
    if (host)
        for (const dns::DnsRecord &r : host->tlsa.records)
            ttl = std::max(ttl, r.ttl);
    return ttl;
}

QString PublishingSections::rotationFor(const services::HostDigests &host) const
{
    const RunbookData &d = m_in.data;
    const quint32 found = tlsaTtlInDns(discovered(d, host.host));
    const quint32 ttl = found ? found : (d.plan ? d.plan->records.ttl : 3600);
    QString out = html::heading(tr("Key rotation for %1").arg(host.host));
    out += html::para(
        found ? tr("TTL of the TLSA records in DNS: %1 s (discovery of %2).")
                    .arg(m_in.language.formatCount(ttl),
                         m_in.language.formatTime(d.discovery->takenAt))
              : tr("DNS has no TLSA records for this host yet; the records handed over carry a "
                   "TTL of %1 s, which the steps below use.")
                    .arg(m_in.language.formatCount(ttl)));
    if (host.current.isEmpty())
        return out + html::para(tr("The key the host serves is not known: probe the host first "
                                   "(“stsdesk-cli probe”), then create the runbook again."));
    QList<QPair<QString, QString>> keys{
        {tr("Current key"), hex(host.current) + u'\n' + host.currentSource}};
    if (!host.next.isEmpty())
        // The key file's name, not the consultant's local path: the reader is the customer.
        keys.append({tr("Next key (staged)"),
                     hex(host.next) + u'\n' +
                         tr("staged in STS Desk: %1")
                             .arg(d.stagedKey ? QFileInfo(d.stagedKey->nextKeyPath).fileName()
                                              : host.nextSource)});
    out += html::keyValues(keys);
    if (host.next.isEmpty()) {
        out += html::para(tr("No next key is staged. Stage one with “stsdesk-cli csr --engagement "
                             "ID --next” (or the key dialog); the next runbook then lists the "
                             "exact records of the rollover. Until then, the steps are:"));
        out += html::list(
            {tr("Stage the next key and compute its SPKI SHA-256 digest."),
             tr("Publish its “3 1 1” record next to the current one (%1).").arg(hex(host.current)),
             tr("After at least twice the TTL (%1 s), switch the server to the next key.")
                 .arg(m_in.language.formatCount(2 * ttl)),
             tr("After another two TTLs, remove the record of the old key.")},
            true);
        return out;
    }
    Result<dane::RolloverPlan> plan = dane::RolloverPlan::make(
        host.host, host.current, host.next, int(ttl), d.now, m_in.language.text());
    if (!plan)
        return out + html::para(plan.error().message);
    // Each step with the TLSA RRset it leaves, in zone-file syntax, ready to publish.
    for (qsizetype i = 0; i < plan->steps.size(); ++i) {
        const dane::RolloverStep &step = plan->steps.at(i);
        QByteArray records;
        for (const dane::TlsaRecord &record : step.records)
            records += record.zoneLine(host.host, int(ttl)).toUtf8() + '\n';
        out += html::para(u"%1. %2"_s.arg(i + 1).arg(step.description));
        out += html::code(records);
    }
    out += html::para(tr("Add the next key's digest to %1 before the renewal that switches keys, "
                         "or the deploy hook refuses the new key.")
                          .arg(d.renewal ? d.renewal->acceptedPath(host.host)
                                         : tr("the accepted list of the deploy hook")));
    return out;
}

std::optional<RunbookSection> PublishingSections::dane(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (!d.daneAvailable()) {
        *omitted = !d.discovery
                       ? tr("DANE: there is no scan of the domain yet.")
                       : tr("DANE: the MX records and the mail servers' zones are not all "
                            "DNSSEC-signed and validated, or every mail server is a provider's.");
        return std::nullopt;
    }
    RunbookSection s{u"dane"_s, tr("DANE TLSA and key rotation"), {}, {}};
    s.html = html::para(tr("The MX hosts are in DNSSEC-signed zones, so sending servers that "
                           "support DANE check the TLSA records below. Publish “3 1 1” (the "
                           "SHA-256 of the server's public key)."));
    // The digests of the publish plan, the same the zone above and every export carry.
    QList<QStringList> rows;
    for (const services::HostDigests &host : d.plan->daneHosts) {
        const QString owner = u"_25._tcp.%1."_s.arg(host.host);
        if (host.current.isEmpty())
            rows.append({owner, tr("(probe the host first)")});
        for (const QByteArray &digest : host.all())
            rows.append({owner, u"3 1 1 "_s + hex(digest)});
    }
    s.html += html::table({tr("Owner"), tr("TLSA")}, rows, {35, 65});
    for (const services::HostDigests &host : d.plan->daneHosts)
        s.html += rotationFor(host);
    s.html += html::note(tr("Two TLSA records must be published at every moment a sender may "
                            "look: never replace the only record in one step."));
    return s;
}

} // namespace sts::runbook

// The certificate inventory: every MX host and the policy host, with what the latest probe saw
// (subject, SANs, issuer, expiry) and where the deploy hooks install key and chain, taken from
// the renewal settings the hooks in the appendix are generated from.
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::runbook {

namespace {

// The probes of one host, one per distinct leaf certificate, newest first (as stored).
QList<const storage::StoredProbe *> probesOf(const RunbookData &d, const QString &host)
{
    QList<const storage::StoredProbe *> out;
    QStringList leaves;
    for (const storage::StoredProbe &probe : d.probes)
        if (probe.host == host && !leaves.contains(probe.leafSha256)) {
            leaves.append(probe.leafSha256);
            out.append(&probe);
        }
    return out;
}

} // namespace

QString OverviewSections::expiryText(const QDateTime &notAfter) const
{
    const qint64 days = m_in.data.now.daysTo(notAfter);
    QString level = tr("fine");
    if (days < 0)
        level = tr("expired");
    else if (days <= 7)
        level = tr("7-day alert");
    else if (days <= 14)
        level = tr("14-day alert");
    else if (days <= 30)
        level = tr("30-day alert");
    return tr("%1 (%2, %3)")
        .arg(m_in.language.formatDay(notAfter.date()), tr("%n day(s) left", nullptr, int(days)),
             level);
}

QList<QPair<QString, QString>> OverviewSections::seenRows(const QString &host) const
{
    QList<QPair<QString, QString>> rows;
    const QList<const storage::StoredProbe *> probes = probesOf(m_in.data, host);
    if (probes.isEmpty())
        rows.append({tr("Seen"), tr("not probed yet: run “stsdesk-cli probe” for this host")});
    for (const storage::StoredProbe *probe : probes) {
        QStringList addresses;
        for (const storage::StoredProbe &p : m_in.data.probes)
            if (p.host == host && p.leafSha256 == probe->leafSha256)
                addresses.append(u"%1:%2"_s.arg(p.address).arg(p.port));
        rows.append({tr("Seen"),
                     tr("%1 on %2")
                         .arg(addresses.join(u", "_s), m_in.language.formatTime(probe->probedAt))});
        const QJsonArray chain = probe->detail.value(u"chain"_s).toArray();
        if (chain.isEmpty()) {
            rows.append({tr("Certificate"), tr("none seen (%1)").arg(probe->verdict)});
            continue;
        }
        const QJsonObject leaf = chain.first().toObject();
        QStringList sans;
        for (const QJsonValue &name : leaf.value(u"dnsNames"_s).toArray())
            sans.append(name.toString());
        rows.append({tr("Subject"), leaf.value(u"subject"_s).toString()});
        rows.append({tr("SANs"), sans.join(u", "_s)});
        rows.append({tr("Issuer"), leaf.value(u"issuer"_s).toString()});
        rows.append({tr("Expires"), expiryText(probe->leafNotAfter)});
    }
    return rows;
}

std::optional<RunbookSection> OverviewSections::certificates(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    QStringList hosts = d.renewal ? d.renewal->certificateHosts() : QStringList{};
    for (const storage::StoredProbe &probe : d.probes)
        if (!hosts.contains(probe.host))
            hosts.append(probe.host);
    if (hosts.isEmpty()) {
        *omitted = tr("Certificate inventory: no host is known (no discovery, no probe).");
        return std::nullopt;
    }
    RunbookSection s{u"certificates"_s, tr("Certificate inventory"), {}, {}};
    const bool certbot = d.engagement.ca == CaChoice::LetsEncrypt;
    s.html = html::para(
        certbot ? tr("Every certificate is renewed by certbot on its own host; the deploy hook "
                     "copies key and full chain to the paths below, which the server "
                     "configuration uses, and reloads the server.")
                : tr("The certificates come from a commercial CA and are renewed by hand: "
                     "install key and full chain at the paths below, which the server "
                     "configuration uses, before the 30-day alert."));
    for (const QString &host : hosts) {
        s.html += html::heading(host);
        QList<QPair<QString, QString>> rows = seenRows(host);
        const deploy::RenewalSettings *r = d.renewal ? &*d.renewal : nullptr;
        if (r && r->certificateHosts().contains(host)) {
            rows.append({tr("Installed chain"), r->installedChain(host)});
            rows.append({tr("Installed key"), r->installedKey(host)});
            if (certbot)
                rows.append({tr("Deploy hook"), r->hookPath(host)});
        } else {
            rows.append({tr("Renewal"), tr("not managed here (a provider's host, or not "
                                           "in the engagement's renewal settings)")});
        }
        s.html += html::keyValues(rows);
    }
    s.html += html::heading(tr("Expiry alerts"));
    if (d.renewal) {
        const deploy::AlertAddresses &a = d.renewal->alerts;
        const QString mails =
            a.notice == a.escalation && a.escalation == a.critical
                ? tr("It mails %1 at 30, 14 and 7 days before expiry, once per level.")
                      .arg(a.notice)
                : tr("It mails %1 at 30 days, %2 at 14 days and %3 at 7 days before expiry, once "
                     "per level.")
                      .arg(a.notice, a.escalation, a.critical);
        s.html += html::para(tr("The alert script %1 runs after each renewal attempt on every "
                                "host above and checks that host's installed chain.")
                                 .arg(d.renewal->alertScriptPath()) +
                             u' ' + mails + u' ' +
                             tr("A certificate that expires on a backup MX breaks delivery in "
                                "enforce mode just like one on the primary."));
    } else {
        s.html += html::para(tr("No renewal automation could be generated for this engagement, "
                                "so no expiry alert is set up."));
    }
    return s;
}

} // namespace sts::runbook

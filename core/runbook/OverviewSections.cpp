#include "dns/MxAnalysis.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"
#include "services/EffectiveMx.h"
#include "services/FindingText.h"
#include "tls/ExpiryAlert.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString OverviewSections::tr(const char *text, const char *disambiguation, int n) const
{
    return m_in.language.translate("sts::runbook::OverviewSections", text, disambiguation, n);
}

QString OverviewSections::coverHtml() const
{
    const Engagement &e = m_in.data.engagement;
    const QString consultant =
        m_in.options.consultant.isEmpty() ? e.consultant : m_in.options.consultant;
    const QString language = m_in.language.code() == u"de"_s ? tr("German") : tr("English");
    QString out = u"<p style=\"font-size:10pt; color:#1d4ed8\">STS Desk</p>"_s;
    out +=
        u"<h1 style=\"font-size:26pt\">%1</h1>"_s.arg(html::esc(tr("Transport security runbook")));
    out += u"<p style=\"font-size:13pt\">%1</p><br/>"_s.arg(
        html::esc(tr("MTA-STS, TLS-RPT and DANE for %1").arg(e.domain.display)));
    out += html::keyValues({{tr("Customer"), e.customer},
                            {tr("Mail domain"), e.domain.display},
                            {tr("Consultant"), consultant},
                            {tr("Date"), m_in.language.formatDay(m_in.data.now.date())},
                            {tr("Language"), language}});
    return out;
}

std::optional<RunbookSection> OverviewSections::keyWarning(QString *omitted) const
{
    Q_UNUSED(omitted); // chosen by the user; nothing to report when not chosen
    if (!m_in.options.privateKeysIncluded)
        return std::nullopt;
    RunbookSection s{u"private-keys"_s, tr("Warning: this bundle contains private keys"), {}, {}};
    s.html = html::note(tr("The handover bundle this runbook belongs to contains private keys. "
                           "Anyone who holds the bundle can impersonate your mail servers and "
                           "your policy host."));
    s.html +=
        html::list({tr("Transfer the bundle only over an encrypted channel and to named "
                       "recipients."),
                    tr("Move the keys to the servers (files owned by root, mode 0600) and "
                       "delete every other copy, including e-mail attachments and downloads."),
                    tr("If the bundle was ever exposed, replace the keys and certificates at "
                       "once and, with DANE, publish the new TLSA digests first."),
                    tr("This PDF itself contains no key material.")});
    return s;
}

std::optional<RunbookSection> OverviewSections::summary(QString *omitted) const
{
    Q_UNUSED(omitted);
    const RunbookData &d = m_in.data;
    const TextLanguage text = m_in.language.text();
    RunbookSection s{u"summary"_s, tr("Executive summary"), {}, {}};
    QList<QPair<QString, QString>> rows{
        {tr("Customer"), d.engagement.customer},
        {tr("Mail domain"), d.engagement.domain.display},
        {tr("Profile"), displayName(d.engagement.profile, text)},
        {tr("Certificate authority"), displayName(d.engagement.ca, text)},
        {tr("Policy hosting"), displayName(d.engagement.hosting, text)}};
    QStringList open;
    if (d.rollout) {
        const RolloutStatus &r = *d.rollout;
        rows.append({tr("Rollout phase"), displayName(r.phase, text)});
        rows.append({tr("In this phase since"), m_in.language.formatTime(r.phaseSince)});
        if (!r.policyId.isEmpty())
            rows.append({tr("Current policy id"), r.policyId});
        QString readiness;
        if (r.readyForEnforce())
            readiness = tr("Ready for enforce since %1")
                            .arg(m_in.language.formatDay(r.readiness.readySince));
        else if (r.phase == RolloutPhase::Testing)
            readiness = tr("Not ready for enforce yet: %1, %2")
                            .arg(tr("%n day(s) in testing", nullptr, r.readiness.daysInTesting),
                                 tr("%n clean day(s) in a row", nullptr, r.readiness.cleanStreak));
        else
            readiness = tr("Not applicable in this phase");
        rows.append({tr("Readiness"), readiness});
        if (r.phase == RolloutPhase::Testing)
            open += r.readiness.blockingReasons;
    }
    s.html = html::keyValues(rows);
    if (d.discovery) {
        for (const dns::Finding &f : d.discovery->report.findings)
            if (f.severity != dns::Finding::Severity::Info)
                open.append(f.host.isEmpty() ? f.text(text)
                                             : u"%1: %2"_s.arg(f.host, f.text(text)));
    }
    for (const storage::StoredProbe &probe : d.probes)
        if (probe.verdict != u"ok"_s)
            open.append(tr("%1 (%2): the TLS check failed with “%3”.")
                            .arg(probe.host, probe.address, probe.verdict));
    for (const storage::Finding &f : d.monitorFindings)
        open.append(services::findingText(f, text));
    s.html += html::heading(tr("Open findings"));
    if (d.discovery)
        s.html += html::para(tr("From the discovery of %1, the latest TLS probes and the daily "
                                "monitoring; what was published later is in the sections below.")
                                 .arg(m_in.language.formatTime(d.discovery->takenAt)));
    s.html += open.isEmpty() ? html::para(tr("No open findings.")) : html::list(open);
    s.html += html::heading(tr("What this document contains"));
    s.html += html::para(tr("Every record, file and procedure needed to operate MTA-STS, TLS "
                            "reporting and, where DNSSEC allows it, DANE for this domain: what is "
                            "published, how certificates are renewed, how to read the daily "
                            "reports, what to do when a failure is reported, and how to roll back "
                            "or remove the setup."));
    return s;
}

std::optional<RunbookSection> OverviewSections::mxInventory(QString *omitted) const
{
    if (!m_in.data.discovery) {
        *omitted = tr("MX inventory: no discovery has been run.");
        return std::nullopt;
    }
    const dns::DiscoveryReport &r = m_in.data.discovery->report;
    const TextLanguage text = m_in.language.text();
    RunbookSection s{u"mx"_s, tr("MX inventory and DNSSEC"), {}, {}};
    if (m_in.data.handEntriesOnly)
        s.html = html::para(tr("No discovery of %1 was stored: the MX hosts below were entered by "
                               "hand.")
                                .arg(r.domain));
    else
        s.html =
            html::para(tr("Discovery of %1 on %2 (resolver %3).")
                           .arg(r.domain, m_in.language.formatTime(m_in.data.discovery->takenAt),
                                m_in.data.discovery->resolver));
    QList<QStringList> rows;
    for (const dns::MxHostReport &host : r.hosts) {
        const QString provider = dns::providerDisplayName(host.provider, text);
        QString name = host.name + (provider.isEmpty() ? QString() : u"\n(%1)"_s.arg(provider));
        if (m_in.data.handEnteredMx.contains(host.name)) {
            // Nothing of it was looked up in DNS: no verdicts to show.
            const QString byHand = services::mxOriginText(services::MxOrigin::Hand, text);
            rows.append({QString::number(host.preference), name + u"\n(%1)"_s.arg(byHand),
                         host.addresses().join(u'\n'), byHand, byHand, tr("not looked up")});
            continue;
        }
        rows.append({QString::number(host.preference), name, host.addresses().join(u'\n'),
                     weakest(host.a.verdict, host.aaaa.verdict).describe(text),
                     host.tlsa.verdict.describe(text), dns::daneStateText(host.dane, text)});
    }
    s.html += html::table({tr("Pref."), tr("MX host"), tr("Addresses"), tr("DNSSEC (addresses)"),
                           tr("DNSSEC (TLSA)"), tr("DANE")},
                          rows);
    s.html += html::heading(tr("Domain records found"));
    s.html += html::keyValues(
        {{tr("MX RRset"), r.mx.verdict.describe(text)},
         {u"_mta-sts.%1"_s.arg(r.domain),
          r.stsTxt.hasRecords() ? QString::fromUtf8(r.stsTxtStrings().join(" | ")) : tr("none")},
         {u"_smtp._tls.%1"_s.arg(r.domain),
          r.tlsRptTxt.hasRecords() ? QString::fromUtf8(r.tlsRptTxtStrings().join(" | "))
                                   : tr("none")}});
    return s;
}

} // namespace sts::runbook

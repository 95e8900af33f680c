#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString PublishingSections::tr(const char *text, const char *disambiguation, int n) const
{
    return m_in.language.translate("sts::runbook::PublishingSections", text, disambiguation, n);
}

// The files of `prefixes` with their place in the appendix, for a table in the body.
QString PublishingSections::fileTable(const QStringList &prefixes) const
{
    const QList<const QuotedArtifact *> quoted = appendixArtifacts(m_in.data);
    QList<QStringList> rows;
    for (qsizetype i = 0; i < quoted.size(); ++i)
        for (const QString &prefix : prefixes)
            if (quoted.at(i)->path.startsWith(prefix)) {
                rows.append({quoted.at(i)->path, quoted.at(i)->description, appendixLabel(int(i))});
                break;
            }
    return html::table({tr("File"), tr("What it does"), tr("Text")}, rows, {40, 48, 12});
}

std::optional<RunbookSection> PublishingSections::hosting(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    bool site = false;
    for (const QuotedArtifact &a : d.artifacts)
        site = site || a.path.startsWith(u"nginx/"_s);
    if (!site) {
        *omitted = tr("Policy hosting: no hosting artifacts are available for this engagement.");
        return std::nullopt;
    }
    RunbookSection s{u"hosting"_s, tr("Hosting the policy"), {}, {}};
    s.html = html::para(tr("The policy host mta-sts.%1 serves only the policy file, over HTTPS "
                           "with a certificate valid for that name, with status 200 and no "
                           "redirects.")
                            .arg(d.engagement.domain.ace));
    if (d.plan && !d.plan->consultantPolicyHost.isEmpty())
        s.html += html::para(tr("mta-sts.%1 is served by the consultant's policy host: publish "
                                "“mta-sts.%1 CNAME %2” (see the DNS records); the consultant "
                                "obtains and renews its certificate there.")
                                 .arg(d.engagement.domain.ace, d.plan->consultantPolicyHost));
    s.html += fileTable({u"nginx/"_s});
    s.html += html::list({tr("Test the configuration with “nginx -t”, then reload nginx."),
                          tr("Check: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt")
                              .arg(d.engagement.domain.ace)});
    return s;
}

std::optional<RunbookSection> PublishingSections::renewal(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (!d.renewal || d.renewal->certificateHosts().isEmpty()) {
        *omitted =
            tr("Renewal automation: no renewal artifacts are available for this engagement.");
        return std::nullopt;
    }
    const deploy::RenewalSettings &r = *d.renewal;
    RunbookSection s{u"renewal"_s, tr("Certificate renewal automation"), {}, {}};
    s.html = html::para(tr("Certificates are renewed automatically on each host; the deploy "
                           "hooks install key and chain where the servers read them and reload "
                           "the services, and the alert script mails a warning at 30, 14 and 7 "
                           "days before expiry if renewal has not happened."));
    s.html += html::para(tr("Install the hooks, the alert script and the accepted key lists below "
                            "%1 on each host (hooks/, alert/, tlsa/): the certbot commands and "
                            "the systemd units refer to them there.")
                             .arg(r.scriptDir));
    s.html +=
        fileTable({u"certbot/"_s, u"hooks/"_s, u"tlsa/"_s, u"mta/"_s, u"systemd/"_s, u"alert/"_s});
    return s;
}

} // namespace sts::runbook

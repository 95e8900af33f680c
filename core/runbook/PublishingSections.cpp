#include "dane/RolloverPlan.h"
#include "mtasts/PolicyGenerator.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString PublishingSections::tr(const char *text, const char *disambiguation, int n) const
{
    return m_in.language.translate("sts::runbook::PublishingSections", text, disambiguation, n);
}

std::optional<RunbookSection> PublishingSections::policies(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (d.policies.isEmpty()) {
        *omitted = tr("Policy versions: no policy has been generated.");
        return std::nullopt;
    }
    RunbookSection s{u"policies"_s, tr("MTA-STS policy versions"), {}, {}};
    QList<QStringList> rows;
    for (const storage::StoredPolicyVersion &v : d.policies) {
        QString state = tr("draft");
        if (v.supersededAt.isValid())
            state = tr("superseded %1").arg(m_in.language.formatTime(v.supersededAt));
        else if (v.publishedAt.isValid())
            state = tr("live");
        rows.append({v.version.id, mtasts::policyModeName(v.version.policy.mode),
                     QString::number(v.version.policy.maxAge),
                     v.version.policy.mxTexts().join(u'\n'),
                     m_in.language.formatTime(v.publishedAt), state});
    }
    s.html = html::table({tr("Policy id"), tr("Mode"), tr("max_age (s)"), tr("mx patterns"),
                          tr("Published"), tr("State")},
                         rows);
    const storage::StoredPolicyVersion &latest = d.policies.last();
    s.html += html::heading(tr("Current policy file (id %1)").arg(latest.version.id));
    s.html += html::para(tr("Served at https://mta-sts.%1/.well-known/mta-sts.txt as text/plain:")
                             .arg(d.engagement.domain.ace));
    s.html += html::code(latest.body.isEmpty() ? latest.version.file() : latest.body);
    s.html += html::heading(tr("The publish-order rule"));
    s.html += html::note(tr("Always publish the new policy file first and change the TXT id "
                            "second. A sender that sees a new id fetches the policy at once; if "
                            "the file is not there yet, it keeps the old one or fails the fetch."));
    QDateTime cached;
    if (d.policies.size() >= 2) {
        const storage::StoredPolicyVersion &previous = d.policies.at(d.policies.size() - 2);
        cached = mtasts::cachedUntil(previous.version.policy,
                                     latest.publishedAt.isValid() ? latest.publishedAt : d.now);
    }
    s.html +=
        html::list(RolloutService::publishOrder(d.engagement.domain.ace, latest.version.id, cached,
                                                m_in.language.text(), m_in.language.locale()),
                   true);
    return s;
}

std::optional<RunbookSection> PublishingSections::records(QString *omitted) const
{
    if (m_in.data.zoneFile.isEmpty()) {
        *omitted = tr("DNS records: they cannot be built yet (%1).").arg(m_in.data.zoneFileError);
        return std::nullopt;
    }
    RunbookSection s{u"records"_s, tr("DNS records to publish"), {}, {}};
    s.html = html::para(tr("Publish these records exactly as shown (zone-file syntax, absolute "
                           "names). The same records in provider formats are in the handover "
                           "bundle."));
    s.html += html::code(m_in.data.zoneFile);
    s.html += html::para(tr("When the policy changes, only the id in the _mta-sts TXT record "
                            "changes, and only after the new policy file is served."));
    return s;
}

static const QuotedArtifact *findArtifact(const RunbookData &d, const QStringList &needles)
{
    for (const QuotedArtifact &a : d.artifacts)
        for (const QString &needle : needles)
            if (a.path.contains(needle, Qt::CaseInsensitive))
                return &a;
    return nullptr;
}

static QString quote(const QuotedArtifact &a)
{
    return html::para(a.path + (a.description.isEmpty() ? QString() : u" — "_s + a.description)) +
           html::code(a.content);
}

std::optional<RunbookSection> PublishingSections::hosting(QString *omitted) const
{
    const QuotedArtifact *site = findArtifact(m_in.data, {u"nginx"_s});
    if (!site) {
        *omitted = tr("Policy hosting: no hosting artifacts are available for this engagement.");
        return std::nullopt;
    }
    RunbookSection s{u"hosting"_s, tr("Hosting the policy"), {}, {}};
    s.html = html::para(tr("The policy host mta-sts.%1 serves only the policy file, over HTTPS "
                           "with a certificate valid for that name, with status 200 and no "
                           "redirects.")
                            .arg(m_in.data.engagement.domain.ace));
    s.html += quote(*site);
    s.html += html::list({tr("Test the configuration with “nginx -t”, then reload nginx."),
                          tr("Check: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt")
                              .arg(m_in.data.engagement.domain.ace)});
    return s;
}

std::optional<RunbookSection> PublishingSections::renewal(QString *omitted) const
{
    QList<const QuotedArtifact *> parts;
    for (const QuotedArtifact &a : m_in.data.artifacts)
        if (a.path.contains(u"certbot"_s) || a.path.contains(u"hook"_s) ||
            a.path.contains(u"systemd"_s) || a.path.contains(u".timer"_s) ||
            a.path.contains(u"alert"_s))
            parts.append(&a);
    if (parts.isEmpty()) {
        *omitted =
            tr("Renewal automation: no renewal artifacts are available for this engagement.");
        return std::nullopt;
    }
    RunbookSection s{u"renewal"_s, tr("Certificate renewal automation"), {}, {}};
    s.html = html::para(tr("Certificates are renewed automatically; the deploy hooks reload the "
                           "services, and the alert script mails a warning at 30, 14 and 7 days "
                           "before expiry if renewal has not happened."));
    for (const QuotedArtifact *a : parts)
        s.html += quote(*a);
    return s;
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
            rows.append({owner, u"3 1 1 "_s + QString::fromLatin1(digest.toHex())});
    }
    s.html += html::table({tr("Owner"), tr("TLSA")}, rows);
    s.html += html::heading(tr("Key rotation procedure"));
    const QDateTime start = d.now;
    Result<dane::RolloverPlan> plan =
        dane::RolloverPlan::make(tr("each MX host"), QByteArray(32, '\x11'), QByteArray(32, '\x22'),
                                 3600, start, m_in.language.text());
    QStringList steps;
    if (plan) {
        for (const dane::RolloverStep &step : plan->steps)
            steps.append(step.description);
    }
    steps.prepend(tr("Generate the next key on the MX host and compute its SPKI SHA-256 digest."));
    s.html += html::list(steps, true);
    s.html += html::note(tr("Two TLSA records must be published at every moment a sender may "
                            "look: never replace the only record in one step."));
    return s;
}

} // namespace sts::runbook

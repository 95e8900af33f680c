// The MTA-STS policy versions as stored: which one is live, since when, and what proved it.
#include "mtasts/PolicyGenerator.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString PublishingSections::stateOf(const storage::StoredPolicyVersion &v) const
{
    const RunbookLanguage &l = m_in.language;
    if (v.isDraft())
        return tr("draft (never published)");
    const QString published = tr("published %1").arg(l.formatTime(v.publishedAt));
    if (v.isLive())
        return tr("live") + u'\n' + published;
    return tr("superseded %1").arg(l.formatTime(v.supersededAt)) + u'\n' + published;
}

QString PublishingSections::evidenceOf(const storage::StoredPolicyVersion &v) const
{
    if (v.isDraft())
        return {};
    if (const services::PublicationCheck *check = m_in.data.verificationOf(v))
        return tr("verified %1 (DNS and HTTPS)").arg(m_in.language.formatTime(check->checkedAt));
    return tr("published without proof: %1")
        .arg(v.publishReason.isEmpty() ? tr("no reason recorded") : v.publishReason);
}

// What the check that made a version live saw, for the reader who wants to see the proof.
QString PublishingSections::checkDetails(const services::PublicationCheck &check) const
{
    QList<QPair<QString, QString>> rows{
        {tr("Checked"), m_in.language.formatTime(check.checkedAt)},
        {u"_mta-sts TXT"_s,
         check.stsTxt.isEmpty()
             ? tr("none")
             : check.stsTxt.join(u" | "_s) + u'\n' +
                   (check.stsTxtSecure ? tr("DNSSEC: secure") : tr("DNSSEC: not secure"))},
        {u"_smtp._tls TXT"_s,
         check.tlsRptTxt.isEmpty() ? tr("none") : check.tlsRptTxt.join(u" | "_s)},
        {tr("Policy fetched"),
         check.servedEqual
             ? tr("%1: HTTP %2, identical to the version").arg(check.url).arg(check.httpStatus)
             : u"%1: %2"_s.arg(check.url, check.fetchError.isEmpty()
                                              ? tr("differs from the version")
                                              : check.fetchError)}};
    for (const services::TlsaEvidence &t : check.tlsa)
        rows.append({u"TLSA %1"_s.arg(t.host),
                     (t.ok ? tr("published and secure") : tr("missing or not secure")) + u'\n' +
                         t.publishedSpki.join(u'\n')});
    if (!check.resolver.isEmpty())
        rows.append({tr("Resolver"), check.resolver});
    return html::keyValues(rows);
}

std::optional<RunbookSection> PublishingSections::policies(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (d.policies.isEmpty()) {
        *omitted = tr("Policy versions: no policy has been generated.");
        return std::nullopt;
    }
    RunbookSection s{u"policies"_s, tr("MTA-STS policy versions"), {}, {}};
    s.html = html::para(tr("Every version stored for this engagement, oldest first. A sender "
                           "fetches a new policy only when the id in the _mta-sts TXT record "
                           "changes; the live version is the one that record names now."));
    QList<QStringList> rows;
    const storage::StoredPolicyVersion *live = d.liveVersion();
    for (const storage::StoredPolicyVersion &v : d.policies) {
        rows.append({v.version.id, mtasts::policyModeName(v.version.policy.mode),
                     QString::number(v.version.policy.maxAge),
                     v.version.policy.mxTexts().join(u'\n'), stateOf(v), evidenceOf(v)});
    }
    s.html += html::table({tr("Policy id"), tr("Mode"), tr("max_age (s)"), tr("mx patterns"),
                           tr("State"), tr("Evidence")},
                          rows, {19, 9, 9, 23, 20, 20});
    const storage::StoredPolicyVersion &shown = live ? *live : d.policies.last();
    if (live) {
        s.html += html::heading(tr("Live policy file (id %1)").arg(shown.version.id));
    } else {
        s.html += html::heading(tr("Newest policy file (id %1)").arg(shown.version.id));
        s.html += html::note(tr("No version has been published yet: nothing of this policy is "
                                "live. Publish it with “stsdesk-cli policy publish” (or the "
                                "Rollout page), which verifies DNS and HTTPS first."));
    }
    s.html += html::para(tr("Served at https://mta-sts.%1/.well-known/mta-sts.txt as text/plain:")
                             .arg(d.engagement.domain.ace));
    s.html += html::code(shown.body.isEmpty() ? shown.version.file() : shown.body);
    if (live) {
        if (const services::PublicationCheck *check = d.verificationOf(*live)) {
            s.html += html::heading(tr("Evidence that version %1 is live").arg(live->version.id));
            s.html += checkDetails(*check);
        }
    }
    s.html += html::heading(tr("The publish-order rule"));
    s.html += html::note(tr("Always publish the new policy file first and change the TXT id "
                            "second. A sender that sees a new id fetches the policy at once; if "
                            "the file is not there yet, it keeps the old one or fails the fetch."));
    const storage::StoredPolicyVersion &latest = d.policies.last();
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

} // namespace sts::runbook

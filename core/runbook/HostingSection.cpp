// "Hosting the policy": the steps of the hosting the engagement chose, one list per option, with
// the files they install (quoted in full in the appendix).
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

namespace {

// The artifact folder of each hosting option (deploy::composeArtifacts), in one place.
const QStringList &hostingFolders()
{
    static const QStringList folders{u"nginx/"_s, u"apache/"_s, u"cloudflare-pages/"_s,
                                     u"cloudflare-worker/"_s, u"github-pages/"_s};
    return folders;
}

} // namespace

QStringList PublishingSections::hostingSteps(const QString &folder) const
{
    const QString host = u"mta-sts."_s + m_in.data.engagement.domain.ace;
    const QString check = tr("Check: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt")
                              .arg(m_in.data.engagement.domain.ace);
    if (folder == u"apache/"_s)
        return {tr("Enable the modules: a2enmod ssl alias mime allowmethods."),
                tr("Copy the site to /etc/apache2/sites-available/ and the policy file below the "
                   "webroot; point %1 at the server.")
                    .arg(host),
                tr("Run apache/issue-certificate.sh for the certificate (renewals reload "
                   "Apache), then a2ensite %1.")
                    .arg(host),
                tr("Test the configuration with “apache2ctl -t”, then reload Apache."), check};
    if (folder == u"cloudflare-pages/"_s)
        return {tr("Upload the folder cloudflare-pages/ as a Cloudflare Pages project (direct "
                   "upload or “wrangler pages deploy cloudflare-pages”)."),
                tr("Add %1 as the project's custom domain; Cloudflare creates the DNS record and "
                   "the certificate. The _headers file serves the policy as text/plain.")
                    .arg(host),
                check};
    if (folder == u"cloudflare-worker/"_s)
        return {tr("In cloudflare-worker/, run “wrangler deploy”: the Worker answers only on the "
                   "custom domain %1 (the zone must be on the Cloudflare account).")
                    .arg(host),
                tr("Every new policy version needs a new worker.js: generate the files again and "
                   "deploy before changing the TXT id."),
                check};
    if (folder == u"github-pages/"_s)
        return {tr("Push the contents of github-pages/ (CNAME, _config.yml, .well-known/) to the "
                   "repository's Pages source; _config.yml makes Jekyll keep .well-known."),
                tr("Point %1 by CNAME at <owner>.github.io, enter it as the custom domain in the "
                   "Pages settings and turn on “Enforce HTTPS”.")
                    .arg(host),
                check};
    return {tr("Test the configuration with “nginx -t”, then reload nginx."), check};
}

std::optional<RunbookSection> PublishingSections::hosting(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    QString folder;
    for (const QuotedArtifact &a : d.artifacts)
        for (const QString &candidate : hostingFolders())
            if (folder.isEmpty() && a.path.startsWith(candidate))
                folder = candidate;
    if (folder.isEmpty()) {
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
    s.html += fileTable({folder});
    s.html += html::list(hostingSteps(folder), true);
    return s;
}

} // namespace sts::runbook

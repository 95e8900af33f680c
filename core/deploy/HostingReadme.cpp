#include "deploy/HostingReadme.h"

#include "deploy/CloudflareWorker.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

QByteArrayList hostingReadmeSteps(const DeployInput &in)
{
    const RenewalSettings &r = in.renewal;
    const QByteArray host = r.policyHostName().toUtf8();
    switch (in.hosting) {
    case Hosting::Nginx:
        return {"Point " + host + " at the web server (see dns/) and install nginx/*.conf.",
                "Copy webroot/.well-known/mta-sts.txt to " + r.webroot.toUtf8() +
                    "/.well-known/mta-sts.txt.",
                "On " + host + ": copy hooks/ and alert/ to " + r.scriptDir.toUtf8() +
                    ", run certbot/issue-" + host +
                    ".sh, then install systemd/stsdesk-renewal.timer and systemd/" + host +
                    "/stsdesk-renewal.service in /etc/systemd/system and run: systemctl enable "
                    "--now stsdesk-renewal.timer."};
    case Hosting::CloudflarePages:
        return {"Create a Cloudflare Pages project and upload the folder cloudflare-pages/ (direct "
                "upload, or: wrangler pages deploy cloudflare-pages).",
                "Add " + host +
                    " as the project's custom domain; Cloudflare creates the CNAME "
                    "and the certificate. _headers makes the policy text/plain."};
    case Hosting::CloudflareWorker:
        return {"In cloudflare-worker/, run: wrangler deploy. It publishes the Worker " +
                    cloudflareWorkerName(in.domain).toUtf8() + " on the custom domain " + host +
                    " (the zone must be on the Cloudflare account; Cloudflare adds the DNS record "
                    "and certificate).",
                "A new policy version means a new worker.js: generate the files again and deploy "
                "again before changing the TXT id."};
    case Hosting::GitHubPages:
        return {"Push the contents of github-pages/ (CNAME, _config.yml, .well-known/) to the "
                "repository's Pages branch or folder.",
                "Point " + host +
                    " by CNAME at <owner>.github.io (see dns/), set the custom "
                    "domain to " +
                    host +
                    " in the repository's Pages settings and tick \"Enforce HTTPS\" once the "
                    "certificate is issued."};
    case Hosting::Apache:
        return {"On the customer's web server: a2enmod ssl alias mime allowmethods, copy "
                "apache/" +
                    host + ".conf to /etc/apache2/sites-available/ and point " + host +
                    " at the server (see dns/).",
                "Copy webroot/.well-known/mta-sts.txt to " + r.webroot.toUtf8() +
                    "/.well-known/mta-sts.txt.",
                "Enable only the port 80 part first if no certificate exists yet, run "
                "apache/issue-certificate.sh, then a2ensite " +
                    host + ", apache2ctl -t and systemctl reload apache2."};
    }
    return {};
}

} // namespace sts::deploy

#include "deploy/Artifacts.h"

#include "deploy/ApacheSite.h"
#include "deploy/ArtifactReadme.h"
#include "deploy/CertbotScripts.h"
#include "deploy/CloudflareWorker.h"
#include "deploy/DeployHooks.h"
#include "deploy/DeployInput.h"
#include "deploy/ExpiryAlertScript.h"
#include "deploy/GitHubPagesBundle.h"
#include "deploy/MtaSnippets.h"
#include "deploy/NginxSite.h"
#include "deploy/Rfc2136Credentials.h"
#include "deploy/StaticPagesBundle.h"
#include "deploy/SystemdUnits.h"
#include "records/ExportFormats.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::deploy {

namespace {

QString tr(const char *text, TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts::deploy", text);
}

QByteArray txtRecords(const DeployInput &in)
{
    QByteArray out = "# _mta-sts." + in.domain.toUtf8() +
                     " TXT values. Publish the matching policy file first, then the record.\n";
    out += "current (mode " + mtasts::policyModeName(in.current.policy.mode).toLatin1() +
           "): " + in.current.txt().toTxt() + "\n";
    // An id is announced only for a stored version: STS Desk gives the next one when it is made.
    const auto later = [](const mtasts::PolicyVersion &v, bool stored) -> QByteArray {
        return stored ? v.txt().toTxt()
                      : "v=STSv1; id=<the id STS Desk gives the " +
                            mtasts::policyModeName(v.policy.mode).toLatin1() + " version>";
    };
    out += "enforce: " + later(in.enforce, in.enforceStored) + "\n";
    out += "remove (mode none): " + later(in.remove, in.removeStored) + "\n";
    return out;
}

void addPolicyAndDns(const DeployInput &in, QList<Artifact> &out)
{
    out.append({u"policy/mta-sts.txt"_s, in.current.file(), false,
                tr("The current policy file (%1).", in.language).arg(in.current.id)});
    out.append({u"policy/mta-sts.enforce.txt"_s, in.enforce.file(), false,
                tr("The enforce policy file, for the switch after testing.", in.language)});
    out.append({u"policy/mta-sts.remove.txt"_s, in.remove.file(), false,
                tr("The mode none policy file, for removing MTA-STS.", in.language)});
    out.append({u"policy/txt-records.txt"_s, txtRecords(in), false,
                tr("The _mta-sts TXT values of the three policy versions.", in.language)});

    auto set = records::RecordSet::build(in.records);
    if (!set) {
        out.append({u"dns/ERROR.txt"_s, set.error().describe().toUtf8() + "\n", false,
                    tr("Why no DNS exports could be made.", in.language)});
        return;
    }
    for (const records::ExportFormat &format : records::exportFormats())
        out.append({format.artifactPath, format.make({})->render(*set), false,
                    tr("The DNS records (%1 format).", in.language).arg(format.key)});
}

void addFolder(const QString &folder, const QList<BundleFile> &files, const QString &description,
               QList<Artifact> &out)
{
    for (const BundleFile &file : files)
        out.append({folder + file.path, file.content, false, description});
}

void addApache(const DeployInput &in, QList<Artifact> &out)
{
    const RenewalSettings &r = in.renewal;
    ApacheSiteOptions site;
    site.domain = in.domain;
    const QString live = r.certbotConfigDir + u"/live/"_s + r.policyHostName();
    site.certificatePath = live + u"/fullchain.pem"_s;
    site.keyPath = live + u"/privkey.pem"_s;
    site.policyRoot = r.webroot;
    site.acmeWebroot = r.webroot;
    out.append(
        {u"apache/"_s + r.policyHostName() + u".conf"_s, apacheSiteConfig(site), false,
         tr("Apache virtual hosts for mta-sts.%1 (sites-available).", in.language).arg(in.domain)});
    out.append({u"apache/issue-certificate.sh"_s,
                apacheCertbotScript(site, r.certbotConfigDir, r.alerts.notice), true,
                tr("Obtains the certificate of mta-sts.%1 with certbot; renewals reload Apache.",
                   in.language)
                    .arg(in.domain)});
    out.append({u"webroot/"_s + policyRelativePath(), in.current.file(), false,
                tr("The policy file as Apache serves it, below the webroot.", in.language)});
}

void addNginx(const DeployInput &in, QList<Artifact> &out)
{
    const RenewalSettings &r = in.renewal;
    NginxSiteOptions site;
    site.domain = in.domain;
    site.certificatePath = r.nginxTlsDir() + u"/fullchain.pem"_s;
    site.keyPath = r.nginxTlsDir() + u"/privkey.pem"_s;
    site.policyRoot = r.webroot;
    site.acmeWebroot = r.webroot;
    out.append(
        {u"nginx/mta-sts."_s + in.domain + u".conf"_s, nginxServerBlocks(site), false,
         tr("nginx server blocks for mta-sts.%1 (sites-available).", in.language).arg(in.domain)});
    out.append({u"webroot/"_s + policyRelativePath(), in.current.file(), false,
                tr("The policy file as nginx serves it, below the webroot.", in.language)});
    out.append(
        {u"certbot/issue-"_s + r.policyHostName() + u".sh"_s, certbotPolicyHostScript(r), true,
         tr("Obtains the certificate of mta-sts.%1 with certbot.", in.language).arg(in.domain)});
    out.append(
        {u"hooks/deploy-"_s + r.policyHostName() + u".sh"_s, nginxDeployHook(r), true,
         tr("certbot deploy hook: installs the certificate and reloads nginx.", in.language)});
}

void addHosting(const DeployInput &in, QList<Artifact> &out)
{
    switch (in.hosting) {
    case Hosting::Nginx:
        addNginx(in, out);
        return;
    case Hosting::Apache:
        addApache(in, out);
        return;
    case Hosting::CloudflarePages:
        addFolder(u"cloudflare-pages/"_s, StaticPagesBundle::files(in.current.file()),
                  tr("Cloudflare Pages site for mta-sts.%1.", in.language).arg(in.domain), out);
        return;
    case Hosting::GitHubPages:
        addFolder(u"github-pages/"_s, GitHubPagesBundle::files(in.domain, in.current.file()),
                  tr("GitHub Pages site for mta-sts.%1 (Jekyll keeps .well-known).", in.language)
                      .arg(in.domain),
                  out);
        return;
    case Hosting::CloudflareWorker:
        out.append({u"cloudflare-worker/worker.js"_s,
                    cloudflareWorkerScript(in.domain, in.current.file()), false,
                    tr("Cloudflare Worker serving only the policy of mta-sts.%1.", in.language)
                        .arg(in.domain)});
        out.append(
            {u"cloudflare-worker/wrangler.toml"_s, wranglerConfig(in.domain), false,
             tr("wrangler configuration: the Worker on the custom domain mta-sts.%1.", in.language)
                 .arg(in.domain)});
        return;
    }
}

void addRenewal(const DeployInput &in, QList<Artifact> &out)
{
    const RenewalSettings &r = in.renewal;
    const bool postfix = r.mta == Mta::Postfix;
    for (const QString &host : r.mxHosts) {
        out.append(
            {u"certbot/issue-"_s + host + u".sh"_s, certbotMxScript(r, host), true,
             tr("Obtains the certificate of the MX host %1 with certbot.", in.language).arg(host)});
        out.append({u"hooks/deploy-"_s + host + u".sh"_s, mtaDeployHook(r, host), true,
                    r.daneActive ? tr("certbot deploy hook: checks the key against the TLSA "
                                      "records, installs the certificate, reloads the MTA.",
                                      in.language)
                                 : tr("certbot deploy hook: installs the certificate and reloads "
                                      "the MTA.",
                                      in.language)});
        if (r.daneActive)
            out.append(
                {u"tlsa/"_s + host + u".accepted"_s, acceptedDigestsFile(r, host), false,
                 tr("Keys the deploy hook of %1 may install (TLSA 3 1 1 digests).", in.language)
                     .arg(host)});
        if (postfix)
            out.append({u"mta/postfix-"_s + host + u".cf"_s, postfixSnippet(r, host), false,
                        tr("Postfix main.cf lines for %1.", in.language).arg(host)});
        else
            out.append({u"mta/exim-"_s + host + u".conf"_s, eximSnippet(r, host), false,
                        tr("Exim TLS settings for %1.", in.language).arg(host)});
    }
    if (!r.dnsChallengeHosts().isEmpty())
        out.append({rfc2136CredentialsArtifact(r.domain), rfc2136Credentials(r), false,
                    tr("certbot dns-rfc2136 credentials (TSIG key) for %1; fill in the secret, "
                       "keep it mode 600.",
                       in.language)
                        .arg(r.dnsChallengeHosts().join(u", "_s))});
    // One service per host, each checking only its own certificate; one timer for all.
    const QStringList hosts = r.certificateHosts();
    if (hosts.isEmpty())
        return;
    const QString unit = QString::fromLatin1(renewalUnitName());
    for (const QString &host : hosts)
        out.append({u"systemd/"_s + host + u'/' + unit + u".service"_s, renewalService(r, host),
                    false,
                    tr("systemd service for %1: certbot renew, then the expiry alert for the "
                       "certificate of %1.",
                       in.language)
                        .arg(host)});
    out.append({u"systemd/"_s + unit + u".timer"_s, renewalTimer(), false,
                tr("systemd timer: runs the service twice a day.", in.language)});
    out.append({u"alert/expiry-alert.sh"_s, expiryAlertScript(r), true,
                tr("Mails the notice, escalation or critical address when a certificate reaches "
                   "30, 14 or 7 days from expiry, once per level.",
                   in.language)});
}

// Relative, "/"-separated and staying below the folder.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts)
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            return false;
    return true;
}

} // namespace

bool isPrivateArtifact(const QString &relativePath)
{
    return relativePath.startsWith(u"secrets/"_s);
}

QList<Artifact> composeArtifacts(const DeployInput &input)
{
    QList<Artifact> out;
    addPolicyAndDns(input, out);
    addHosting(input, out);
    addRenewal(input, out);
    const QByteArray readme = artifactReadme(input, out);
    out.prepend({u"README.txt"_s, readme, false,
                 tr("What each file is for, and the order.", input.language)});
    return out;
}

Result<QStringList> writeArtifacts(const QList<Artifact> &artifacts, const QString &dir,
                                   bool overwrite)
{
    const QDir root(dir);
    QStringList existing;
    for (const Artifact &a : artifacts) {
        if (!isSafeRelativePath(a.relativePath))
            return Error{u"deploy.path"_s,
                         tr("“%1” is not a relative path inside the folder.").arg(a.relativePath)};
        // A link or device planted in the folder is refused even with overwriting allowed:
        // writing through it would change a file outside the folder.
        if (Status safe = checkPathBelow(dir, a.relativePath); !safe)
            return safe.error();
        if (QFileInfo(root.filePath(a.relativePath)).exists())
            existing.append(a.relativePath);
    }
    // Check everything first: a refusal leaves the folder untouched.
    if (!overwrite && !existing.isEmpty())
        return Error{u"deploy.exists"_s,
                     tr("The folder “%1” already holds %2; nothing was written. Choose another "
                        "folder or allow overwriting.")
                         .arg(dir, existing.join(u", "_s))};
    if (!QDir().mkpath(dir))
        return Error{u"deploy.write"_s, tr("Could not create the folder “%1”.").arg(dir)};
    QStringList written;
    for (const Artifact &a : artifacts) {
        const QString path = root.filePath(a.relativePath);
        if (Status folders = makeFoldersBelow(dir, QFileInfo(a.relativePath).path()); !folders)
            return folders.error();
        // secrets/ holds credentials (the TSIG key): readable by the owner only.
        const int mode = isPrivateArtifact(a.relativePath) ? 0600 : a.executable ? 0755 : 0644;
        if (Status saved = writeFileAtomically(path, a.content, mode, true); !saved)
            return saved.error();
        written.append(path);
    }
    return written;
}

} // namespace sts::deploy

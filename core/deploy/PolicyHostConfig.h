#pragma once

#include "deploy/Artifacts.h"
#include "mtasts/PolicyGenerator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sts::deploy {

// One customer served by the consultant's policy host: its live version, or while it retires the
// mode none version that tells senders to drop the cached policy (RFC 8461 §8.3).
struct HostedPolicy
{
    qint64 engagementId = 0;
    QString customer;
    QString domain; // A-label
    mtasts::PolicyVersion version;
    bool retiring = false;
};

// Where the folder and its companions live on the policy host; every path the files name is
// absolute, so nginx, certbot and the hooks find each other wherever they are started from.
struct PolicyHostOptions
{
    QString installDir; // where the synced folder is on the host (policies/, hooks/, certbot/)
    QString webroot;    // ACME http-01 challenges; empty: installDir/acme
    QString certbotConfigDir = QStringLiteral("/etc/letsencrypt");
    QString tlsDir; // the hooks install key + chain in tlsDir/mta-sts.<domain>; empty: nginx's
    QString contactEmail; // certbot's account address; empty: postmaster@<domain>
    QStringList httpsListen{QStringLiteral("443"), QStringLiteral("[::]:443")};
    QStringList httpListen{QStringLiteral("80"), QStringLiteral("[::]:80")};
};

// A file of the policy host and the customer it belongs to (empty: shared by all).
struct PolicyHostFile
{
    Artifact artifact;
    QString domain;
};

// The folder's paths, relative to it.
QString policyHostNginxPath();                 // nginx/mta-sts-hosting.conf
QString policyHostReloadPath();                // reload.sh
QString policyFilePath(const QString &domain); // policies/<domain>/.well-known/mta-sts.txt

// Everything the consultant's host needs for `sites` (pure, sorted by domain): ONE nginx
// configuration with the server blocks of every mta-sts.<domain> (include it inside http { }),
// the policy files, per domain a certbot webroot script and a deploy hook that installs the
// certificate and reloads nginx, certbot/obtain-all.sh running every script, and reload.sh.
QList<PolicyHostFile> composePolicyHost(const QList<HostedPolicy> &sites,
                                        const PolicyHostOptions &options);

} // namespace sts::deploy

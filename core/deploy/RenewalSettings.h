#pragma once

#include "deploy/Artifacts.h"
#include "deploy/CertificateChallenge.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sts::deploy {

// What the renewal artifacts (certbot scripts, deploy hooks, units, alert script, MTA snippets)
// are generated from; filled from the engagement by buildEngagementArtifacts(), or by hand in
// tests.
struct RenewalSettings
{
    QString domain;         // A-label, no final dot
    QStringList mxHosts;    // the customer's own MX hosts (provider hosts get no certificates here)
    bool policyHost = true; // mta-sts.<domain> runs on the customer's nginx (not a Pages host)
    Mta mta = Mta::Postfix;
    AlertAddresses alerts; // resolved: no level empty here
    QString webroot;
    QString certbotConfigDir;
    QString scriptDir; // where the customer installs hooks/, alert/, tlsa/ (referenced by absolute
                       // path)
    QString tlsDir;    // empty: /etc/nginx/tls, /etc/postfix/tls or /etc/exim4/tls
    bool daneActive = false;
    // Per MX host: SPKI SHA-256 digests (hex) published as TLSA 3 1 1, current first, then a staged
    // next key. With DANE active, the deploy hook installs only certificates with one of these
    // keys.
    QMap<QString, QStringList> acceptedSpkiDigests;
    ChallengeSettings challenges; // webroot/standalone/dns-rfc2136 for the policy host, MX hosts

    QString policyHostName() const { return QStringLiteral("mta-sts.") + domain; }
    // The folder a deploy hook copies key and chain into, and the server configuration points at.
    QString nginxTlsDir() const;
    QString mtaTlsDir(const QString &host) const;
    QString hookPath(const QString &host) const;     // scriptDir/hooks/deploy-<host>.sh
    QString acceptedPath(const QString &host) const; // scriptDir/tlsa/<host>.accepted
    QString alertScriptPath() const;                 // scriptDir/alert/expiry-alert.sh
    // certbotConfigDir/rfc2136-<domain>.ini: the dns-rfc2136 credentials (TSIG secret), 0600.
    QString rfc2136CredentialsPath() const;
    // The challenge certbot uses for `host` (the policy host's or the MX hosts').
    Challenge challengeFor(const QString &host) const;
    // The certificate hosts validated over DNS (dns-rfc2136), in certificateHosts() order.
    QStringList dnsChallengeHosts() const;
    // The hosts with a certificate of their own, each renewed and watched on that host:
    // mta-sts.<domain> (with policyHost), then the MX hosts.
    QStringList certificateHosts() const;
    // The full chain the deploy hook of `host` installs (the file the server actually uses).
    QString installedChain(const QString &host) const;
    QString installedKey(const QString &host) const; // its private key, next to the chain
    // Where the expiry alert keeps the last level of each certificate.
    QString alertStateDir() const { return QStringLiteral("/var/lib/stsdesk/") + domain; }
};

} // namespace sts::deploy

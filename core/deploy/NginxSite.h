#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sts::deploy {

struct NginxSiteOptions
{
    QString domain;          // the customer's mail domain (A-label); the site is mta-sts.<domain>
    QString certificatePath; // full chain: leaf + intermediates
    QString keyPath;
    QString policyRoot;  // directory holding .well-known/mta-sts.txt
    QString acmeWebroot; // directory certbot --webroot writes challenges into
    QStringList httpsListen{QStringLiteral("443"), QStringLiteral("[::]:443")};
    QStringList httpListen{QStringLiteral("80"), QStringLiteral("[::]:80")};
};

// The nginx server blocks for the MTA-STS policy host (to drop into sites-available or an
// http { } block): HTTPS serves only /.well-known/mta-sts.txt as text/plain and answers 404 to
// everything else, never a redirect (RFC 8461 §3.3: senders do not follow them); plain HTTP serves
// only ACME http-01 challenges.
QByteArray nginxServerBlocks(const NginxSiteOptions &options);

// The path nginx serves the policy from, relative to policyRoot.
inline QString policyRelativePath()
{
    return QStringLiteral(".well-known/mta-sts.txt");
}

} // namespace sts::deploy

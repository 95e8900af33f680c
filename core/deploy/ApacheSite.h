#pragma once

#include <QByteArray>
#include <QString>

namespace sts::deploy {

struct ApacheSiteOptions
{
    QString domain;          // the customer's mail domain (A-label); the site is mta-sts.<domain>
    QString certificatePath; // full chain, e.g. certbot's live/mta-sts.<domain>/fullchain.pem
    QString keyPath;
    QString policyRoot;  // directory holding .well-known/mta-sts.txt
    QString acmeWebroot; // directory certbot --webroot writes challenges into
    int httpsPort = 443;
    int httpPort = 80;
};

// The Apache virtual hosts for the policy host on a server the customer runs (sites-available):
// HTTPS serves only GET/HEAD of /.well-known/mta-sts.txt as text/plain (405 for other methods),
// 404 for every other path, never a redirect (RFC 8461 §3.3); plain HTTP serves ACME http-01
// challenges and sends everything else to HTTPS. Needs mod_ssl, mod_alias, mod_mime and
// mod_allowmethods (the Listen lines stay in ports.conf).
QByteArray apacheSiteConfig(const ApacheSiteOptions &options);

// certbot for that site: the certificate through the webroot the :80 host serves, reloading
// Apache after each renewal (certbot's own timer renews; Apache reads the files in place).
QByteArray apacheCertbotScript(const ApacheSiteOptions &options, const QString &configDir,
                               const QString &email);

} // namespace sts::deploy

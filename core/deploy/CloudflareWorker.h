#pragma once

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// A Cloudflare Worker serving the policy of mta-sts.<domain> (RFC 8461 §3.2) from a custom
// domain: an ES module whose fetch handler answers GET and HEAD of /.well-known/mta-sts.txt on
// that host with the policy as text/plain, 404 to any other path or host, and 405 (with Allow)
// to any other method. The policy is inside the script: a new version means a new deployment.
QByteArray cloudflareWorkerScript(const QString &domain, const QByteArray &policyFile);

// wrangler's configuration for it: the script as `main`, mta-sts.<domain> as custom domain, no
// workers.dev route (the policy must only be served under its own name).
QByteArray wranglerConfig(const QString &domain);

// The Worker's name: "mta-sts-" and the domain with dashes, at most 63 characters.
QString cloudflareWorkerName(const QString &domain);

} // namespace sts::deploy

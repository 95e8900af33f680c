#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// Scripts running `certbot certonly` once; certbot stores the options (webroot, hook, reuse_key)
// in its renewal configuration, so `certbot renew` from the timer repeats them. Extra arguments
// are passed through to certbot (--dry-run, or --server for a test CA).

// mta-sts.<domain> over http-01 with nginx's webroot; creates a one-day self-signed placeholder
// first when nginx has no certificate yet (it cannot load the HTTPS server block without one).
QByteArray certbotPolicyHostScript(const RenewalSettings &settings);

// One MX host (standalone http-01 on the MX host's port 80); with DANE active `--reuse-key`, so
// renewals keep the key whose digest is published in TLSA.
QByteArray certbotMxScript(const RenewalSettings &settings, const QString &host);

} // namespace sts::deploy

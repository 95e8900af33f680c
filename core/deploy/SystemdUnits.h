#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>

namespace sts::deploy {

// One word of a unit file's Exec line: systemd wants no shell quoting there, but spaces need
// C-style quotes and '%' must be doubled.
QByteArray unitWord(const QString &word);

// stsdesk-renewal.service of one host: `certbot renew` for the lineages in the configured config
// dir, then the expiry-alert script for that host's certificate (which also runs when renewal
// failed: that is when it matters).
QByteArray renewalService(const RenewalSettings &settings, const QString &host);
// stsdesk-renewal.timer: twice a day with a random delay (Let's Encrypt asks clients to spread
// their load), catching up after downtime.
QByteArray renewalTimer();

inline const char *renewalUnitName()
{
    return "stsdesk-renewal";
}

} // namespace sts::deploy

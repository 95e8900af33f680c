#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>

namespace sts::deploy {

// stsdesk-renewal.service: `certbot renew` for the lineages in the configured config dir, then
// the expiry-alert script (which also runs when renewal failed: that is when it matters).
QByteArray renewalService(const RenewalSettings &settings);
// stsdesk-renewal.timer: twice a day with a random delay (Let's Encrypt asks clients to spread
// their load), catching up after downtime.
QByteArray renewalTimer();

inline const char *renewalUnitName()
{
    return "stsdesk-renewal";
}

} // namespace sts::deploy

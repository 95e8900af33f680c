#pragma once

#include "dns/Discovery.h"
#include "services/PublicationCheck.h"
#include "util/Result.h"

namespace sts::ui {

// How the GUI looks at the world, from the Settings dialog: the DNS resolver and trust anchor a
// discovery uses, and for a verification also the CA bundle and the policy host override. The
// CLI takes the same values as options. Errors: settings.resolver, settings.policy-host.
Result<dns::DiscoveryOptions> discoveryOptionsFromSettings();
Result<services::PublicationTargets> publicationTargetsFromSettings();

} // namespace sts::ui

#pragma once

#include "deploy/CertificateChallenge.h"
#include "util/Result.h"

namespace sts::services {

// Trimmed; the algorithm in lower case; the zone without its final dot.
deploy::Rfc2136Settings normalisedRfc2136(deploy::Rfc2136Settings settings);

// With a dns-rfc2136 challenge chosen: an IP address (certbot's plugin refuses host names), a
// port, a TSIG key name and algorithm, an optional zone, a propagation time of 0-3600 s. The
// first problem, coded as DeliverySettings::kRfc2136ServerError, kTsigKeyError or
// kRfc2136Error. Nothing is checked while no certificate uses dns-01.
Status validateChallenges(const deploy::ChallengeSettings &settings);

} // namespace sts::services

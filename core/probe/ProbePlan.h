#pragma once

#include "dns/DiscoveryReport.h"
#include "probe/StarttlsProbe.h"

#include <QList>
#include <QStringList>

namespace sts::tls {

// What a pre-flight probes, derived from a discovery report: every MX host at each of the IPv4
// and IPv6 addresses discovery found (never resolved again by the system resolver, so the probe
// sees what the snapshot shows), with the host's TLSA records when its TLSA RRset is DNSSEC
// secure (RFC 7672 §2.2), plus the MTA-STS policy host over HTTPS. The GUI's pre-flight page and
// `stsdesk-cli probe DOMAIN` both use it, so they probe the same endpoints.
struct ProbePlan
{
    QList<ProbeTarget> targets;
    QStringList skippedHosts; // MX hosts without any address: nothing to connect to
    int addressCount = 0;

    static ProbePlan fromDiscovery(const dns::DiscoveryReport &report, bool includePolicyHost);
};

} // namespace sts::tls

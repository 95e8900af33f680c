#pragma once

#include "dns/DiscoveryReport.h"
#include "dns/ResolverConfig.h"
#include "util/CancelToken.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace sts::dns {

class DnssecValidator;

struct DiscoveryOptions
{
    ResolverConfig resolver;            // default: the system resolver
    QString trustAnchorFile;            // default: DnssecValidator::defaultTrustAnchorFile()
    std::shared_ptr<const Clock> clock; // signature times and the report time; null = system
    // Lookups in flight at once; 1 = one after another (benchmark baseline). 20 MX hosts need
    // 60: with a 5 ms round trip, 8 at a time took 1.8x a single host's discovery, 32 took 1.1x.
    int parallelLookups = 32;
    // One validator for many discoveries (a monitor run over every customer): the root's and the
    // TLDs' keys and every validated zone cut are learned once, not once per domain. It must have
    // been made with the trust anchor and clock above. Null: each discovery makes its own.
    std::shared_ptr<DnssecValidator> validator;
};

// Called from worker threads (use a queued connection or an atomic to reach the GUI).
using DiscoveryProgress = std::function<void(int done, int total, const QString &what)>;

// MX discovery of one mail domain with DNSSEC verdicts, MTA-STS / TLS-RPT records, TLSA and
// DANE applicability. Synchronous and blocking: run it as a task (util/Task.h). Its lookups run
// on a thread pool of their own (kept between runs), so it is safe to call from any pool's thread.
// Cancelling stops it after the lookups in flight, within one resolver timeout.
//
// Errors: dns.resolver-unavailable (the resolver could not deliver the trust anchor zone's
// validated keys: no answer, SERVFAIL, no keys, keys not matching the anchor; see
// ResolverProblem), dns.trust-anchor, dns.resolver-config, dns.resolver-syntax, dns.cancelled,
// dns.domain (not a usable domain name).
Result<DiscoveryReport> discover(const QString &domain, const DiscoveryOptions &options,
                                 const CancelToken &cancel = {},
                                 const DiscoveryProgress &progress = {});

// The findings of a finished report that depend only on its data (used by discover(); public
// so stored reports can be re-evaluated after an upgrade).
void analyzeReport(DiscoveryReport &report);

// Findings read from a snapshot stored before findings kept their arguments carry only their
// sentence, in the language of that run. When analysing the stored data again gives the same
// findings (code, host, severity), these take their place and can be shown in any language;
// otherwise (the analysis changed since) the stored sentences stay.
void rephraseStoredFindings(DiscoveryReport &report);

} // namespace sts::dns

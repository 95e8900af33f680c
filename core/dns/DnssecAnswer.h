#pragma once

// Internal to core/dns: how the validator judges one answer once it knows the validated keys of
// the zone the answer belongs to. Nothing here talks to the network, so what a server sends can
// be checked (and fuzzed) without one.

#include "dns/DnssecProofs.h"

namespace sts::dns::detail {

// A positive answer (`data`, an RRset of `dataType`: the type asked or a CNAME) needs a valid
// signature by `zone` and, when it was synthesized from a wildcard, proof that the name itself
// does not exist; a negative one (empty `data`) needs a proof of denial. `name` is the name as
// asked, for the detail of a bogus verdict.
DnssecVerdict answerVerdict(const ldns_pkt *answer, const QString &name, const ldns_rdf *qname,
                            ldns_rr_type type, ldns_rr_type dataType, const ldns_rr_list *data,
                            const ldns_rdf *zone, const ldns_rr_list *keys, time_t now);

// The verdict of data (or its absence) that a proof in `zone` accounts for.
DnssecVerdict fromDenial(const Denial &denial, const QString &zone);

// RFC 4035 §5.2: whether some DS of the set has an algorithm and a digest we implement; a set
// without one makes the delegated zone insecure.
bool hasSupportedDs(const ldns_rr_list *ds);

// The DNSKEYs of `keys` that a record of `trust` (DS or DNSKEY) stands for; the list points
// into `keys`.
RrViewPtr keysMatching(const ldns_rr_list *keys, const ldns_rr_list *trust);

} // namespace sts::dns::detail

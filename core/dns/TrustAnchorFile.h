#pragma once

// Internal to core/dns. Reads DS and DNSKEY RRs of one owner from a file: ldns-keygen's .key/.ds,
// both concatenated, dns-root-data's root.key, or unbound's trust-anchor-file. (ldns'
// own ldns_read_anchor_file returns one RR and gives up on mixed files.)

#include "dns/LdnsPtr.h"
#include "util/Result.h"

namespace sts::dns::detail {

// Never empty on success. Error code dns.trust-anchor.
Result<RrListPtr> loadTrustAnchors(const QString &path);

} // namespace sts::dns::detail

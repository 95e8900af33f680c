#pragma once

#include "dns/DnsUpdate.h"
#include "records/RecordSet.h"

namespace sts::services {

// The RFC 2136 update that publishes `set` in `zone` (absolute), the same replacement the
// nsupdate script makes: each RRset of the set replaces only the RRset of its own type at its
// name, so whatever else lives there (an AAAA of the web host we do not manage, other TXT
// names) stays. One addition at the policy host: a CNAME cannot share its name with data
// (RFC 1034 §3.6.2, and RFC 2136 §3.4.2.2 silently drops the add), so publishing a CNAME there
// clears A and AAAA, and publishing addresses clears a CNAME.
// Records not in `zone` are left out and listed in `outside` (another zone's, e.g. an MX host
// at a provider).
dns::UpdateRequest zoneUpdate(const records::RecordSet &set, const QString &zone,
                              QList<records::DnsRecordSpec> *outside = nullptr);

// `zone` as an absolute, lower-case name; empty gives `fallback` (the set's domain).
QString absoluteZone(const QString &zone, const QString &fallback);

} // namespace sts::services

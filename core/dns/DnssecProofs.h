#pragma once

// Internal to core/dns: the building blocks of the top-down DNSSEC walk (see
// shared/labs/ldns-dnssec.md). Every function works on one packet and takes its keys as a
// read-only list; nothing here talks to the network.

#include "dns/DnsRecord.h"
#include "dns/DnssecVerdict.h"
#include "dns/LdnsPtr.h"

#include <ctime>

namespace sts::dns::detail {

QString dnameText(const ldns_rdf *dname); // normalized (normalizeName)

// RRSIGs in `section` over (owner, covered) whose signer is `signer`; deep copies, never null.
RrListPtr signaturesFor(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                        ldns_pkt_section section, const ldns_rdf *signer);

// The RRset (owner, type) from `section`; deep copies, never null (possibly empty).
RrListPtr rrsetFrom(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type type,
                    ldns_pkt_section section);

BogusReason reasonFromStatus(ldns_status status);

// ldns_verify_time with "no signature at all" reported as such.
ldns_status verifyRRset(const ldns_rr_list *rrset, const ldns_rr_list *sigs,
                        const ldns_rr_list *keys, time_t now);

enum class DenialKind { NoData, NxDomain, InsecureCut, Failed };
struct Denial
{
    DenialKind kind = DenialKind::Failed;
    DnssecVerdict failure; // when Failed
};

// Proves a negative answer for (name, type) from zone `zone` with its keys. For type DS it also
// tells whether `name` is a provably unsigned delegation (NS without SOA and no DS).
Denial proveDenial(const ldns_pkt *pkt, const ldns_rdf *name, ldns_rr_type type,
                   const ldns_rdf *zone, const ldns_rr_list *keys, time_t now);

// True when the RRSIG says the answer was synthesized from a wildcard.
bool isWildcardExpansion(const ldns_rr_list *sigs, const ldns_rdf *owner);

// Whether a verified NSEC/NSEC3 in the authority section accounts for a wildcard answer.
bool wildcardProven(const ldns_pkt *pkt, const ldns_rdf *qname, const ldns_rdf *zone,
                    const ldns_rr_list *keys, time_t now);

QList<DnsRecord> decodeRecords(const ldns_rr_list *rrset);

} // namespace sts::dns::detail

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
// The name in canonical wire form (RFC 4034 §6.2: lower case): a cheap key for caches.
QByteArray dnameKey(const ldns_rdf *dname);

// RRSIGs in `section` over (owner, covered) whose signer is `signer`, as the packet holds them
// (valid while it lives); never null.
RrViewPtr signaturesFor(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                        ldns_pkt_section section, const ldns_rdf *signer);

// The RRset (owner, type) from `section`; deep copies, never null (possibly empty).
RrListPtr rrsetFrom(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type type,
                    ldns_pkt_section section);

BogusReason reasonFromStatus(ldns_status status);

// ldns_verify_time (through the key cache of verifyRrsigs) with "no signature at all" reported
// as such.
ldns_status verifyRRset(const ldns_rr_list *rrset, const ldns_rr_list *sigs,
                        const ldns_rr_list *keys, time_t now);

enum class DenialKind { NoData, NxDomain, InsecureCut, Failed };
struct Denial
{
    DenialKind kind = DenialKind::Failed;
    DnssecVerdict failure; // when Failed
};

// Proves a negative answer for (name, type) from zone `zone` with its keys. InsecureCut: for
// type DS `name` is a provably unsigned delegation (NS without SOA and no DS); with NSEC3 also
// a name in an opt-out span (RFC 5155 §9.2), for any type.
Denial proveDenial(const ldns_pkt *pkt, const ldns_rdf *name, ldns_rr_type type,
                   const ldns_rdf *zone, const ldns_rr_list *keys, time_t now);

// The RRSIG label count when it says the answer was synthesized from a wildcard, else -1.
int wildcardLabels(const ldns_rr_list *sigs, const ldns_rdf *owner);

// Whether verified NSEC/NSEC3 records in the authority section show that the name itself does
// not exist (RFC 4035 §5.3.4, RFC 5155 §8.8): NoData = proven, InsecureCut = opt-out span.
Denial wildcardProof(const ldns_pkt *pkt, const ldns_rdf *qname, int wildcardLabels,
                     const ldns_rdf *zone, const ldns_rr_list *keys, time_t now);

// The signer named by the first RRSIG over (owner, covered) in `section`, if any.
RdfPtr signerOf(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                ldns_pkt_section section);
// The signer of the first NSEC/NSEC3 signature in the authority section, if any.
RdfPtr signerOfDenial(const ldns_pkt *pkt);
// Whether the authority section holds an NSEC owned by `qname` (or an NSEC3 owned by its hash
// in `zone`) whose bitmap shows no zone cut: NS only together with SOA. Signatures unchecked.
bool deniesAsNonCut(const ldns_pkt *pkt, const ldns_rdf *qname, const ldns_rdf *zone);
// The authority section denies with NSEC3 alone (no NSEC), which proveDenial() then checks.
bool hasNsec3Proof(const ldns_pkt *pkt);
// The records of one type in a section, as the packet holds them (valid while it lives); null
// when there are none, like ldns_pkt_rr_list_by_type().
RrViewPtr recordsOfType(const ldns_pkt *pkt, ldns_rr_type type, ldns_pkt_section section);

QList<DnsRecord> decodeRecords(const ldns_rr_list *rrset);

} // namespace sts::dns::detail

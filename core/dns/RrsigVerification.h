#pragma once

// Internal to core/dns: RRSIG verification with the same verdicts as ldns_verify_time, but with
// each DNSKEY's public key parsed once per process. ldns turns the key's wire form into an
// OpenSSL key for every signature it checks, and with OpenSSL 3 that conversion and the legacy
// key's export to the provider cost about as much as the ECDSA verification itself. Signatures
// that verified are remembered too (by a SHA-256 of key, signature and signed data), so the same
// RRSIG over the same RRset is checked once per process, not once per lookup.

#include "dns/LdnsPtr.h" // Qt before ldns.h, whose common.h may define bool and false

#include <ctime>

namespace sts::dns::detail {

// Whether one RRSIG of `sigs` over `rrset`, made by one of `keys`, verifies and is valid at
// `now`. The status is the one ldns_verify_time(rrset, sigs, keys, now, nullptr) returns
// (LDNS_STATUS_OK, or the most descriptive failure over all signatures), with one difference:
// keys that are no zone keys (flags bit 7 clear, or protocol other than 3) are never used.
// Signatures by an algorithm without a cached key form (not RSA or ECDSA) are left to ldns.
// At most 16 signature checks are spent on one RRset (KeyTrap, CVE-2023-50387): past them the
// status is LDNS_STATUS_CRYPTO_BOGUS, even if a later signature would have verified.
ldns_status verifyRrsigs(const ldns_rr_list *rrset, const ldns_rr_list *sigs,
                         const ldns_rr_list *keys, time_t now);

// Drops the parsed keys and the verified signatures, so that the next lookups pay what a fresh
// process pays: the benchmarks time a daily run (a new process) after their own set-up
// validated the same records. Results never depend on it.
void forgetVerifications();

} // namespace sts::dns::detail

#pragma once

// Internal to core/dns: RFC 5155 §8 proofs over NSEC3 records whose signatures were already
// verified. Nothing here checks signatures or talks to the network.

#include "dns/LdnsPtr.h"

#include <vector>

namespace sts::dns::detail {

enum class Nsec3Outcome {
    NoData,   // the name exists (or a wildcard matches it) without the type
    NxDomain, // the name does not exist and no wildcard could have produced it
    Insecure, // an unsigned delegation proves it, or an opt-out span covers the name
    Failed,   // the records do not prove the denial
};

struct Nsec3Verdict
{
    Nsec3Outcome outcome = Nsec3Outcome::Failed;
    const char *why = ""; // for the technical detail when Failed / Insecure
};

// The NSEC3 records of one negative answer from `zone`, checked against RFC 5155 §8.
class Nsec3Proof
{
public:
    // `nsec3s` must outlive this object. Records of another zone, an unknown hash algorithm or
    // with too many iterations (RFC 9276 §3.2) are ignored.
    Nsec3Proof(const ldns_rr_list *nsec3s, const ldns_rdf *zone);

    bool usable() const { return !m_records.empty(); }

    // §8.4 (NXDOMAIN), §8.5-8.7 (NODATA, also for DS: §8.6 with opt-out delegations).
    Nsec3Verdict proveNxDomain(const ldns_rdf *qname) const;
    Nsec3Verdict proveNoData(const ldns_rdf *qname, ldns_rr_type type) const;
    // §8.8: an answer synthesized from the wildcard at `wildcardLabels` labels (the RRSIG's
    // label count) needs the next closer name covered.
    Nsec3Verdict proveWildcardAnswer(const ldns_rdf *qname, int wildcardLabels) const;

private:
    const ldns_rr *matching(const ldns_rdf *name) const;
    const ldns_rr *covering(const ldns_rdf *name) const;
    struct Encloser
    {
        const ldns_rr *match = nullptr;      // NSEC3 matching the closest encloser
        const ldns_rr *nextCloser = nullptr; // NSEC3 covering the next closer name
        RdfPtr name;                         // the closest encloser
    };
    // §8.3; `why` is set when there is no proof.
    Nsec3Verdict closestEncloser(const ldns_rdf *qname, Encloser *out) const;

    const ldns_rdf *m_zone;
    std::vector<const ldns_rr *> m_records;
};

} // namespace sts::dns::detail

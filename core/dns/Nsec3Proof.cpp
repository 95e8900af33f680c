#include "Nsec3Proof.h"

namespace sts::dns::detail {

namespace {

// RFC 9276 §3.2: validators may treat higher counts as insecure; we simply do not use them.
constexpr uint16_t kMaxIterations = 150;

bool has(const ldns_rr *nsec3, ldns_rr_type type)
{
    const ldns_rdf *bitmap = ldns_nsec3_bitmap(nsec3);
    return bitmap && ldns_nsec_bitmap_covers_type(bitmap, type);
}

// NS without SOA: the parent side of a delegation.
bool isDelegation(const ldns_rr *nsec3)
{
    return has(nsec3, LDNS_RR_TYPE_NS) && !has(nsec3, LDNS_RR_TYPE_SOA);
}

RdfPtr hashed(const ldns_rr *nsec3, const ldns_rdf *name, const ldns_rdf *zone)
{
    RdfPtr label(ldns_nsec3_hash_name_frm_nsec3(nsec3, name));
    if (!label || ldns_dname_cat(label.get(), zone) != LDNS_STATUS_OK)
        return {};
    return label;
}

RdfPtr nextOwner(const ldns_rr *nsec3, const ldns_rdf *zone)
{
    const ldns_rdf *next = ldns_nsec3_next_owner(nsec3);
    if (!next)
        return {};
    const QString text = takeLdnsString(ldns_rdf2str(next));
    RdfPtr out(ldns_dname_new_frm_str(text.toLatin1().constData()));
    if (!out || ldns_dname_cat(out.get(), zone) != LDNS_STATUS_OK)
        return {};
    return out;
}

RdfPtr parentOf(const ldns_rdf *name)
{
    return RdfPtr(ldns_dname_left_chop(name));
}

RdfPtr wildcardUnder(const ldns_rdf *name)
{
    RdfPtr star(ldns_dname_new_frm_str("*"));
    if (!star || ldns_dname_cat(star.get(), name) != LDNS_STATUS_OK)
        return {};
    return star;
}

// The ancestor of `qname` (or qname itself) with `labels` labels.
RdfPtr suffixWithLabels(const ldns_rdf *qname, int labels)
{
    const int total = ldns_dname_label_count(qname);
    if (labels > total || labels < 0)
        return {};
    return RdfPtr(ldns_dname_clone_from(qname, static_cast<uint16_t>(total - labels)));
}

} // namespace

Nsec3Proof::Nsec3Proof(const ldns_rr_list *nsec3s, const ldns_rdf *zone) : m_zone(zone)
{
    const uint8_t zoneLabels = ldns_dname_label_count(zone);
    for (size_t i = 0; nsec3s && i < ldns_rr_list_rr_count(nsec3s); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(nsec3s, i);
        const ldns_rdf *owner = ldns_rr_owner(rr);
        // The owner is one hash label directly below the zone apex (§8.2).
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_NSEC3 || ldns_rr_rd_count(rr) < 5 ||
            ldns_dname_label_count(owner) != zoneLabels + 1 ||
            !ldns_dname_is_subdomain(owner, zone))
            continue;
        if (ldns_nsec3_algorithm(rr) != 1 || ldns_nsec3_iterations(rr) > kMaxIterations)
            continue; // §8.1: unknown hash algorithms are ignored
        m_records.push_back(rr);
    }
}

const ldns_rr *Nsec3Proof::matching(const ldns_rdf *name) const
{
    for (const ldns_rr *rr : m_records) {
        RdfPtr h = hashed(rr, name, m_zone);
        if (h && ldns_dname_compare(ldns_rr_owner(rr), h.get()) == 0)
            return rr;
    }
    return nullptr;
}

const ldns_rr *Nsec3Proof::covering(const ldns_rdf *name) const
{
    for (const ldns_rr *rr : m_records) {
        RdfPtr h = hashed(rr, name, m_zone);
        RdfPtr next = nextOwner(rr, m_zone);
        if (!h || !next)
            continue;
        const ldns_rdf *owner = ldns_rr_owner(rr);
        const int afterOwner = ldns_dname_compare(h.get(), owner);
        const int beforeNext = ldns_dname_compare(h.get(), next.get());
        const int span = ldns_dname_compare(owner, next.get());
        // Strictly between owner and next; the last record of the chain wraps around, and
        // a chain of one record covers every other hash.
        const bool covers = span < 0   ? afterOwner > 0 && beforeNext < 0
                            : span > 0 ? afterOwner > 0 || beforeNext < 0
                                       : afterOwner != 0;
        if (covers)
            return rr;
    }
    return nullptr;
}

Nsec3Verdict Nsec3Proof::closestEncloser(const ldns_rdf *qname, Encloser *out) const
{
    RdfPtr candidate(ldns_rdf_clone(qname));
    RdfPtr nextCloser;
    for (;;) {
        if (const ldns_rr *match = matching(candidate.get())) {
            if (!nextCloser)
                return {Nsec3Outcome::Failed, "the name itself has an NSEC3 record"};
            if (isDelegation(match))
                return has(match, LDNS_RR_TYPE_DS)
                           ? Nsec3Verdict{Nsec3Outcome::Failed,
                                          "closest encloser is a signed delegation"}
                           : Nsec3Verdict{Nsec3Outcome::Insecure,
                                          "closest encloser is an unsigned delegation"};
            if (has(match, LDNS_RR_TYPE_DNAME))
                return {Nsec3Outcome::Failed, "closest encloser has a DNAME"};
            out->match = match;
            out->name = std::move(candidate);
            break;
        }
        if (ldns_dname_compare(candidate.get(), m_zone) == 0 ||
            ldns_dname_label_count(candidate.get()) == 0)
            return {Nsec3Outcome::Failed, "no closest encloser"};
        nextCloser = std::move(candidate);
        candidate = parentOf(nextCloser.get());
        if (!candidate)
            return {Nsec3Outcome::Failed, "no closest encloser"};
    }
    out->nextCloser = covering(nextCloser.get());
    if (!out->nextCloser)
        return {Nsec3Outcome::Failed, "next closer name not covered"};
    return {Nsec3Outcome::NoData, ""}; // "proven"; callers decide the outcome
}

Nsec3Verdict Nsec3Proof::proveNxDomain(const ldns_rdf *qname) const
{
    Encloser ce;
    const Nsec3Verdict proof = closestEncloser(qname, &ce);
    if (proof.outcome != Nsec3Outcome::NoData)
        return proof;
    RdfPtr wildcard = wildcardUnder(ce.name.get());
    if (!wildcard || !covering(wildcard.get()))
        return {Nsec3Outcome::Failed, "wildcard at the closest encloser not denied"};
    // §9.2: an opt-out span may hide an unsigned delegation at that name.
    if (ldns_nsec3_optout(ce.nextCloser))
        return {Nsec3Outcome::Insecure, "next closer name in an opt-out span"};
    return {Nsec3Outcome::NxDomain, ""};
}

Nsec3Verdict Nsec3Proof::proveNoData(const ldns_rdf *qname, ldns_rr_type type) const
{
    const bool ds = type == LDNS_RR_TYPE_DS;
    const bool root = ldns_dname_label_count(qname) == 0;
    if (const ldns_rr *match = matching(qname)) { // §8.5, §8.6 with a matching record
        if (has(match, type) || has(match, LDNS_RR_TYPE_CNAME))
            return {Nsec3Outcome::Failed, "NSEC3 bitmap lists the type"};
        if (ds && !root && has(match, LDNS_RR_TYPE_SOA))
            return {Nsec3Outcome::Failed, "child apex NSEC3 used to deny a DS"};
        if (isDelegation(match))
            return ds || !has(match, LDNS_RR_TYPE_DS)
                       ? Nsec3Verdict{Nsec3Outcome::Insecure, "unsigned delegation"}
                       : Nsec3Verdict{Nsec3Outcome::Failed, "answer from the parent side"};
        return {Nsec3Outcome::NoData, ""};
    }
    Encloser ce;
    const Nsec3Verdict proof = closestEncloser(qname, &ce);
    if (proof.outcome != Nsec3Outcome::NoData)
        return proof;
    RdfPtr wildcard = wildcardUnder(ce.name.get());
    if (const ldns_rr *match = wildcard ? matching(wildcard.get()) : nullptr) { // §8.7
        if (has(match, type) || has(match, LDNS_RR_TYPE_CNAME))
            return {Nsec3Outcome::Failed, "wildcard NSEC3 bitmap lists the type"};
        if (isDelegation(match) || (ds && has(match, LDNS_RR_TYPE_SOA)))
            return {Nsec3Outcome::Failed, "wildcard NSEC3 is a zone cut"};
        if (ldns_nsec3_optout(ce.nextCloser))
            return {Nsec3Outcome::Insecure, "wildcard match in an opt-out span"};
        return {Nsec3Outcome::NoData, ""};
    }
    // §8.6: no DS at a name inside an opt-out span is an unsigned delegation (or none at all).
    if (ldns_nsec3_optout(ce.nextCloser))
        return {Nsec3Outcome::Insecure, "next closer name in an opt-out span"};
    return {Nsec3Outcome::Failed, "no matching NSEC3, no wildcard, no opt-out"};
}

Nsec3Verdict Nsec3Proof::proveWildcardAnswer(const ldns_rdf *qname, int wildcardLabels) const
{
    RdfPtr nextCloser = suffixWithLabels(qname, wildcardLabels + 1);
    const ldns_rr *cover = nextCloser ? covering(nextCloser.get()) : nullptr;
    if (!cover)
        return {Nsec3Outcome::Failed, "next closer name of the wildcard answer not covered"};
    if (ldns_nsec3_optout(cover))
        return {Nsec3Outcome::Insecure, "wildcard answer in an opt-out span"};
    return {Nsec3Outcome::NoData, ""};
}

} // namespace sts::dns::detail

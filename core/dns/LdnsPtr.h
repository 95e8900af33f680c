#pragma once

// Internal to core/dns: owning wrappers for ldns objects. Not for use outside this folder, so
// that ldns.h stays out of the public headers.

#include <QString>
#include <ldns/ldns.h>
#include <memory>

namespace sts::dns::detail {

struct PktFree
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
struct RrFree
{
    void operator()(ldns_rr *rr) const { ldns_rr_free(rr); }
};
struct RrListDeepFree
{
    void operator()(ldns_rr_list *l) const { ldns_rr_list_deep_free(l); }
};
// For lists holding pointers into another list (ldns_verify's good_keys, filtered views).
struct RrListShallowFree
{
    void operator()(ldns_rr_list *l) const { ldns_rr_list_free(l); }
};
struct RdfFree
{
    void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); }
};
struct ResolverFree
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
};

using PktPtr = std::unique_ptr<ldns_pkt, PktFree>;
using RrPtr = std::unique_ptr<ldns_rr, RrFree>;
using RrListPtr = std::unique_ptr<ldns_rr_list, RrListDeepFree>;
using RrViewPtr = std::unique_ptr<ldns_rr_list, RrListShallowFree>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfFree>;
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverFree>;

// ldns_*2str results are malloc'ed.
inline QString takeLdnsString(char *s)
{
    QString out = s ? QString::fromUtf8(s) : QString();
    free(s);
    return out;
}

} // namespace sts::dns::detail

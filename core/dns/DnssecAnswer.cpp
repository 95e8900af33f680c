#include "dns/DnssecAnswer.h"

#include "util/LdnsError.h"

using namespace Qt::StringLiterals;

namespace sts::dns::detail {

DnssecVerdict fromDenial(const Denial &denial, const QString &zone)
{
    switch (denial.kind) {
    case DenialKind::Failed:
        return denial.failure;
    case DenialKind::InsecureCut:
        return DnssecVerdict::insecure(zone, u"NSEC3 opt-out span or unsigned delegation"_s);
    case DenialKind::NoData:
    case DenialKind::NxDomain:
        break;
    }
    return DnssecVerdict::secure(zone);
}

DnssecVerdict answerVerdict(const ldns_pkt *answer, const QString &name, const ldns_rdf *qname,
                            ldns_rr_type type, ldns_rr_type dataType, const ldns_rr_list *data,
                            const ldns_rdf *zone, const ldns_rr_list *keys, time_t now)
{
    const QString zoneText = dnameText(zone);
    if (ldns_rr_list_rr_count(data) == 0)
        return fromDenial(proveDenial(answer, qname, type, zone, keys, now), zoneText);
    RrViewPtr sigs = signaturesFor(answer, qname, dataType, LDNS_SECTION_ANSWER, zone);
    const ldns_status status = verifyRRset(data, sigs.get(), keys, now);
    if (status != LDNS_STATUS_OK)
        return DnssecVerdict::bogus(reasonFromStatus(status), zoneText,
                                    u"%1 %2: %3"_s.arg(name,
                                                       rrTypeName(static_cast<quint16>(dataType)),
                                                       ldnsStatusText(status)));
    if (const int labels = wildcardLabels(sigs.get(), qname); labels >= 0)
        return fromDenial(wildcardProof(answer, qname, labels, zone, keys, now), zoneText);
    return DnssecVerdict::secure(zoneText);
}

bool hasSupportedDs(const ldns_rr_list *ds)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(ds); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(ds, i);
        if (ldns_rr_rd_count(rr) < 4)
            continue;
        const int algorithm = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1));
        const int digest = ldns_rdf2native_int8(ldns_rr_rdf(rr, 2));
        if (ldns_key_algo_supported(algorithm) && (digest == 1 || digest == 2 || digest == 4))
            return true;
    }
    return false;
}

RrViewPtr keysMatching(const ldns_rr_list *keys, const ldns_rr_list *trust)
{
    RrViewPtr matching(ldns_rr_list_new());
    for (size_t k = 0; k < ldns_rr_list_rr_count(keys); ++k) {
        ldns_rr *key = ldns_rr_list_rr(keys, k);
        for (size_t t = 0; t < ldns_rr_list_rr_count(trust); ++t) {
            if (ldns_rr_compare_ds(ldns_rr_list_rr(trust, t), key)) {
                ldns_rr_list_push_rr(matching.get(), key);
                break;
            }
        }
    }
    return matching;
}

} // namespace sts::dns::detail

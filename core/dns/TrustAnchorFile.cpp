#include "TrustAnchorFile.h"

#include "util/LdnsError.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sts::dns::detail {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::dns::detail", text);
}

Result<RrListPtr> loadTrustAnchors(const QString &path)
{
    const QByteArray local = path.toLocal8Bit();
    FILE *fp = std::fopen(local.constData(), "r");
    if (!fp)
        return Error{u"dns.trust-anchor"_s, tr("Cannot read the trust anchor “%1”.").arg(path)};
    RrListPtr anchors(ldns_rr_list_new());
    uint32_t ttl = 3600;
    ldns_rdf *origin = nullptr;
    ldns_rdf *previous = nullptr;
    int line = 0;
    QString problem;
    while (!std::feof(fp)) {
        ldns_rr *rr = nullptr;
        const ldns_status status = ldns_rr_new_frm_fp_l(&rr, fp, &ttl, &origin, &previous, &line);
        if (status == LDNS_STATUS_OK) {
            const ldns_rr_type type = ldns_rr_get_type(rr);
            if (type == LDNS_RR_TYPE_DS || type == LDNS_RR_TYPE_DNSKEY)
                ldns_rr_list_push_rr(anchors.get(), rr);
            else
                ldns_rr_free(rr);
        } else if (status != LDNS_STATUS_SYNTAX_EMPTY && status != LDNS_STATUS_SYNTAX_TTL &&
                   status != LDNS_STATUS_SYNTAX_ORIGIN) {
            problem = tr("line %1: %2").arg(line).arg(ldnsStatusText(status));
            break;
        }
    }
    std::fclose(fp);
    ldns_rdf_deep_free(origin);
    ldns_rdf_deep_free(previous);
    if (!problem.isEmpty())
        return Error{u"dns.trust-anchor"_s,
                     tr("The trust anchor “%1” is not valid (%2).").arg(path, problem)};
    const size_t count = ldns_rr_list_rr_count(anchors.get());
    if (count == 0)
        return Error{u"dns.trust-anchor"_s,
                     tr("The trust anchor “%1” holds no DS or DNSKEY record.").arg(path)};
    const ldns_rdf *owner = ldns_rr_owner(ldns_rr_list_rr(anchors.get(), 0));
    for (size_t i = 1; i < count; ++i)
        if (ldns_dname_compare(ldns_rr_owner(ldns_rr_list_rr(anchors.get(), i)), owner) != 0)
            return Error{u"dns.trust-anchor"_s,
                         tr("The trust anchor “%1” mixes records of several zones.").arg(path)};
    return anchors;
}

} // namespace sts::dns::detail

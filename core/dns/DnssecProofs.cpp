#include "DnssecProofs.h"

#include "util/LdnsError.h"

using namespace Qt::StringLiterals;

namespace sts::dns::detail {

QString dnameText(const ldns_rdf *dname)
{
    return normalizeName(takeLdnsString(ldns_rdf2str(dname)));
}

RrListPtr signaturesFor(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                        ldns_pkt_section section, const ldns_rdf *signer)
{
    RrListPtr out(ldns_rr_list_new());
    RrListPtr all(ldns_pkt_get_section_clone(pkt, section));
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all.get()); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(all.get(), i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_RRSIG ||
            ldns_dname_compare(ldns_rr_owner(rr), owner) != 0)
            continue;
        const ldns_rdf *typeCovered = ldns_rr_rrsig_typecovered(rr);
        const ldns_rdf *signame = ldns_rr_rrsig_signame(rr);
        if (!typeCovered || !signame || ldns_rdf2rr_type(typeCovered) != covered ||
            ldns_dname_compare(signame, signer) != 0)
            continue;
        ldns_rr_list_push_rr(out.get(), ldns_rr_clone(rr));
    }
    return out;
}

RrListPtr rrsetFrom(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type type,
                    ldns_pkt_section section)
{
    RrListPtr out(ldns_pkt_rr_list_by_name_and_type(pkt, owner, type, section));
    if (!out)
        out.reset(ldns_rr_list_new());
    return out;
}

BogusReason reasonFromStatus(ldns_status status)
{
    switch (status) {
    case LDNS_STATUS_CRYPTO_SIG_EXPIRED:
        return BogusReason::SignatureExpired;
    case LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED:
        return BogusReason::SignatureNotYetValid;
    case LDNS_STATUS_CRYPTO_NO_RRSIG:
        return BogusReason::MissingSignature;
    case LDNS_STATUS_CRYPTO_NO_DNSKEY:
        return BogusReason::NoDnskey;
    default:
        return BogusReason::BadSignature;
    }
}

ldns_status verifyRRset(const ldns_rr_list *rrset, const ldns_rr_list *sigs,
                        const ldns_rr_list *keys, time_t now)
{
    if (!sigs || ldns_rr_list_rr_count(sigs) == 0)
        return LDNS_STATUS_CRYPTO_NO_RRSIG;
    return ldns_verify_time(rrset, sigs, keys, now, nullptr);
}

namespace {

DnssecVerdict bogusAt(BogusReason reason, const ldns_rdf *zone, const QString &what,
                      ldns_status status)
{
    return DnssecVerdict::bogus(reason, dnameText(zone),
                                u"%1: %2"_s.arg(what, ldnsStatusText(status)));
}

// Verifies every NSEC/NSEC3 of `list` as its own RRset; returns OK or the first failure.
ldns_status verifyEach(const ldns_pkt *pkt, const ldns_rr_list *list, ldns_rr_type type,
                       const ldns_rdf *zone, const ldns_rr_list *keys, time_t now,
                       QString *failedOwner)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list, i);
        RrListPtr single(ldns_rr_list_new());
        ldns_rr_list_push_rr(single.get(), ldns_rr_clone(rr));
        RrListPtr sigs = signaturesFor(pkt, ldns_rr_owner(rr), type, LDNS_SECTION_AUTHORITY, zone);
        const ldns_status status = verifyRRset(single.get(), sigs.get(), keys, now);
        if (status != LDNS_STATUS_OK) {
            *failedOwner = dnameText(ldns_rr_owner(rr));
            return status;
        }
    }
    return LDNS_STATUS_OK;
}

bool isInsecureCutBitmap(const ldns_rr *record)
{
    const ldns_rdf *bitmap = ldns_nsec_get_bitmap(record);
    return bitmap && ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_NS) &&
           !ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_SOA) &&
           !ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_DS);
}

} // namespace

Denial proveDenial(const ldns_pkt *pkt, const ldns_rdf *name, ldns_rr_type type,
                   const ldns_rdf *zone, const ldns_rr_list *keys, time_t now)
{
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt);
    const DenialKind positive =
        rcode == LDNS_RCODE_NXDOMAIN ? DenialKind::NxDomain : DenialKind::NoData;
    RrListPtr nsecs(ldns_pkt_rr_list_by_type(pkt, LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY));
    RrListPtr nsec3s(ldns_pkt_rr_list_by_type(pkt, LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY));
    const QString what = u"%1 %2"_s.arg(dnameText(name), rrTypeName(type));
    if (!nsecs && !nsec3s)
        return {DenialKind::Failed,
                DnssecVerdict::bogus(BogusReason::UnsignedDenial, dnameText(zone),
                                     u"%1: negative answer without NSEC/NSEC3"_s.arg(what))};
    const ldns_rr_type proofType = nsecs ? LDNS_RR_TYPE_NSEC : LDNS_RR_TYPE_NSEC3;
    const ldns_rr_list *proofs = nsecs ? nsecs.get() : nsec3s.get();
    QString failedOwner;
    const ldns_status verified = verifyEach(pkt, proofs, proofType, zone, keys, now, &failedOwner);
    if (verified != LDNS_STATUS_OK)
        return {DenialKind::Failed,
                bogusAt(reasonFromStatus(verified), zone,
                        u"%1 %2"_s.arg(failedOwner, rrTypeName(proofType)), verified)};

    RrPtr question(ldns_rr_new());
    ldns_rr_set_owner(question.get(), ldns_rdf_clone(name));
    ldns_rr_set_type(question.get(), type);
    ldns_rr_set_class(question.get(), LDNS_RR_CLASS_IN);
    RrListPtr allSigs(ldns_pkt_rr_list_by_type(pkt, LDNS_RR_TYPE_RRSIG, LDNS_SECTION_AUTHORITY));
    if (!allSigs)
        allSigs.reset(ldns_rr_list_new());

    if (nsecs) {
        const ldns_status status =
            ldns_dnssec_verify_denial(question.get(), nsecs.get(), allSigs.get());
        if (status != LDNS_STATUS_OK) {
            // ldns takes an empty non-terminal for a missing name and demands a wildcard proof.
            bool emptyNonTerminal = false;
            for (size_t i = 0;
                 rcode == LDNS_RCODE_NOERROR && i < ldns_rr_list_rr_count(nsecs.get()); ++i) {
                const ldns_rr *nsec = ldns_rr_list_rr(nsecs.get(), i);
                const ldns_rdf *next = ldns_rr_rdf(nsec, 0);
                if (ldns_nsec_covers_name(nsec, name) &&
                    ldns_dname_compare(ldns_rr_owner(nsec), name) != 0 && next &&
                    ldns_dname_is_subdomain(next, name))
                    emptyNonTerminal = true;
            }
            if (!emptyNonTerminal)
                return {DenialKind::Failed,
                        bogusAt(BogusReason::InvalidDenial, zone, what, status)};
        }
        if (type == LDNS_RR_TYPE_DS) {
            for (size_t i = 0; i < ldns_rr_list_rr_count(nsecs.get()); ++i) {
                const ldns_rr *nsec = ldns_rr_list_rr(nsecs.get(), i);
                if (ldns_dname_compare(ldns_rr_owner(nsec), name) == 0 && isInsecureCutBitmap(nsec))
                    return {DenialKind::InsecureCut, {}};
            }
        }
        return {positive, {}};
    }

    ldns_rr *match = nullptr;
    const ldns_status status =
        ldns_dnssec_verify_denial_nsec3_match(question.get(), nsec3s.get(), allSigs.get(), rcode,
                                              type, rcode == LDNS_RCODE_NOERROR, &match);
    if (status != LDNS_STATUS_OK)
        return {DenialKind::Failed, bogusAt(BogusReason::InvalidDenial, zone, what, status)};
    if (type == LDNS_RR_TYPE_DS && match) {
        RdfPtr hashed(ldns_nsec3_hash_name_frm_nsec3(match, name));
        bool exact = false;
        if (hashed && ldns_dname_cat(hashed.get(), zone) == LDNS_STATUS_OK)
            exact = ldns_dname_compare(ldns_rr_owner(match), hashed.get()) == 0;
        if ((exact && isInsecureCutBitmap(match)) || (!exact && ldns_nsec3_optout(match)))
            return {DenialKind::InsecureCut, {}};
    }
    return {positive, {}};
}

bool isWildcardExpansion(const ldns_rr_list *sigs, const ldns_rdf *owner)
{
    if (!sigs || ldns_rr_list_rr_count(sigs) == 0)
        return false;
    const ldns_rdf *labels = ldns_rr_rrsig_labels(ldns_rr_list_rr(sigs, 0));
    return labels && ldns_rdf2native_int8(labels) < ldns_dname_label_count(owner);
}

bool wildcardProven(const ldns_pkt *pkt, const ldns_rdf *qname, const ldns_rdf *zone,
                    const ldns_rr_list *keys, time_t now)
{
    RrListPtr nsecs(ldns_pkt_rr_list_by_type(pkt, LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY));
    RrListPtr nsec3s(ldns_pkt_rr_list_by_type(pkt, LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY));
    QString failed;
    if (nsecs) {
        if (verifyEach(pkt, nsecs.get(), LDNS_RR_TYPE_NSEC, zone, keys, now, &failed) !=
            LDNS_STATUS_OK)
            return false;
        for (size_t i = 0; i < ldns_rr_list_rr_count(nsecs.get()); ++i)
            if (ldns_nsec_covers_name(ldns_rr_list_rr(nsecs.get(), i), qname))
                return true;
        return false;
    }
    // NSEC3: a verified record must be present; the next-closer hash proof is not done here.
    return nsec3s && verifyEach(pkt, nsec3s.get(), LDNS_RR_TYPE_NSEC3, zone, keys, now, &failed) ==
                         LDNS_STATUS_OK;
}

QList<DnsRecord> decodeRecords(const ldns_rr_list *rrset)
{
    QList<DnsRecord> out;
    for (size_t i = 0; rrset && i < ldns_rr_list_rr_count(rrset); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(rrset, i);
        DnsRecord r;
        r.owner = dnameText(ldns_rr_owner(rr));
        r.type = static_cast<quint16>(ldns_rr_get_type(rr));
        r.ttl = ldns_rr_ttl(rr);
        QStringList parts;
        for (size_t f = 0; f < ldns_rr_rd_count(rr); ++f)
            parts.append(takeLdnsString(ldns_rdf2str(ldns_rr_rdf(rr, f))));
        r.rdata = parts.join(QLatin1Char(' '));
        const size_t fields = ldns_rr_rd_count(rr);
        switch (r.type) {
        case RrType::MX:
            if (fields == 2) {
                r.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
                r.target = dnameText(ldns_rr_rdf(rr, 1));
            }
            break;
        case RrType::CNAME:
            if (fields == 1)
                r.target = dnameText(ldns_rr_rdf(rr, 0));
            break;
        case RrType::A:
        case RrType::AAAA:
            r.address = r.rdata;
            break;
        case RrType::TXT:
            for (size_t f = 0; f < fields; ++f) {
                const ldns_rdf *s = ldns_rr_rdf(rr, f);
                // A character-string rdf is its length octet followed by the octets.
                if (ldns_rdf_size(s) >= 1)
                    r.txt.append(reinterpret_cast<const char *>(ldns_rdf_data(s)) + 1,
                                 static_cast<qsizetype>(ldns_rdf_size(s) - 1));
            }
            break;
        case RrType::TLSA:
            if (fields == 4) {
                r.tlsaUsage = ldns_rdf2native_int8(ldns_rr_rdf(rr, 0));
                r.tlsaSelector = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1));
                r.tlsaMatching = ldns_rdf2native_int8(ldns_rr_rdf(rr, 2));
                const ldns_rdf *data = ldns_rr_rdf(rr, 3);
                r.tlsaData = QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(data)),
                                        static_cast<qsizetype>(ldns_rdf_size(data)));
            }
            break;
        default:
            break;
        }
        out.append(r);
    }
    return out;
}

} // namespace sts::dns::detail

#include "DnssecProofs.h"

#include "dns/Nsec3Proof.h"
#include "dns/RrsigVerification.h"
#include "util/LdnsError.h"

using namespace Qt::StringLiterals;

namespace sts::dns::detail {

QString dnameText(const ldns_rdf *dname)
{
    return normalizeName(takeLdnsString(ldns_rdf2str(dname)));
}

QByteArray dnameKey(const ldns_rdf *dname)
{
    QByteArray key(reinterpret_cast<const char *>(ldns_rdf_data(dname)),
                   qsizetype(ldns_rdf_size(dname)));
    // Length octets are below 64, so lowering every byte only touches the letters.
    for (char &c : key)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return key;
}

namespace {

// The records of one section as the packet holds them, not a copy: the validator looks through
// sections many times per answer, and copying them was a tenth of its work.
const ldns_rr_list *sectionOf(const ldns_pkt *pkt, ldns_pkt_section section)
{
    switch (section) {
    case LDNS_SECTION_ANSWER:
        return ldns_pkt_answer(pkt);
    case LDNS_SECTION_AUTHORITY:
        return ldns_pkt_authority(pkt);
    case LDNS_SECTION_ADDITIONAL:
        return ldns_pkt_additional(pkt);
    case LDNS_SECTION_QUESTION:
        return ldns_pkt_question(pkt);
    default:
        return nullptr; // the validator asks for single sections only
    }
}

} // namespace

RrViewPtr signaturesFor(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                        ldns_pkt_section section, const ldns_rdf *signer)
{
    RrViewPtr out(ldns_rr_list_new());
    const ldns_rr_list *all = sectionOf(pkt, section);
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(all, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_RRSIG ||
            ldns_dname_compare(ldns_rr_owner(rr), owner) != 0)
            continue;
        const ldns_rdf *typeCovered = ldns_rr_rrsig_typecovered(rr);
        const ldns_rdf *signame = ldns_rr_rrsig_signame(rr);
        if (!typeCovered || !signame || ldns_rdf2rr_type(typeCovered) != covered ||
            ldns_dname_compare(signame, signer) != 0)
            continue;
        ldns_rr_list_push_rr(out.get(), const_cast<ldns_rr *>(rr)); // a view: never changed
    }
    return out;
}

RrViewPtr recordsOfType(const ldns_pkt *pkt, ldns_rr_type type, ldns_pkt_section section)
{
    RrViewPtr out;
    const ldns_rr_list *all = sectionOf(pkt, section);
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all); ++i) {
        ldns_rr *rr = ldns_rr_list_rr(all, i);
        if (ldns_rr_get_type(rr) != type)
            continue;
        if (!out)
            out.reset(ldns_rr_list_new());
        ldns_rr_list_push_rr(out.get(), rr);
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
    return verifyRrsigs(rrset, sigs, keys, now);
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
        RrViewPtr single(ldns_rr_list_new());
        ldns_rr_list_push_rr(single.get(), const_cast<ldns_rr *>(rr));
        RrViewPtr sigs = signaturesFor(pkt, ldns_rr_owner(rr), type, LDNS_SECTION_AUTHORITY, zone);
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
    RrViewPtr nsecs = recordsOfType(pkt, LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY);
    RrViewPtr nsec3s = recordsOfType(pkt, LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY);
    // Named only when a proof fails: most answers prove, and naming costs a text conversion.
    const auto what = [&] { return u"%1 %2"_s.arg(dnameText(name), rrTypeName(type)); };
    if (!nsecs && !nsec3s)
        return {DenialKind::Failed,
                DnssecVerdict::bogus(BogusReason::UnsignedDenial, dnameText(zone),
                                     u"%1: negative answer without NSEC/NSEC3"_s.arg(what()))};
    const ldns_rr_type proofType = nsecs ? LDNS_RR_TYPE_NSEC : LDNS_RR_TYPE_NSEC3;
    const ldns_rr_list *proofs = nsecs ? nsecs.get() : nsec3s.get();
    QString failedOwner;
    const ldns_status verified = verifyEach(pkt, proofs, proofType, zone, keys, now, &failedOwner);
    if (verified != LDNS_STATUS_OK)
        return {DenialKind::Failed,
                bogusAt(reasonFromStatus(verified), zone,
                        u"%1 %2"_s.arg(failedOwner, rrTypeName(proofType)), verified)};

    if (nsecs) {
        RrPtr question(ldns_rr_new());
        ldns_rr_set_owner(question.get(), ldns_rdf_clone(name));
        ldns_rr_set_type(question.get(), type);
        ldns_rr_set_class(question.get(), LDNS_RR_CLASS_IN);
        RrViewPtr allSigs = recordsOfType(pkt, LDNS_RR_TYPE_RRSIG, LDNS_SECTION_AUTHORITY);
        if (!allSigs)
            allSigs.reset(ldns_rr_list_new());
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
                        bogusAt(BogusReason::InvalidDenial, zone, what(), status)};
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

    const Nsec3Proof proof(nsec3s.get(), zone);
    const Nsec3Verdict nsec3 = !proof.usable()
                                   ? Nsec3Verdict{Nsec3Outcome::Failed, "no usable NSEC3"}
                               : rcode == LDNS_RCODE_NXDOMAIN ? proof.proveNxDomain(name)
                                                              : proof.proveNoData(name, type);
    switch (nsec3.outcome) {
    case Nsec3Outcome::NoData:
        return {DenialKind::NoData, {}};
    case Nsec3Outcome::NxDomain:
        return {DenialKind::NxDomain, {}};
    case Nsec3Outcome::Insecure:
        return {DenialKind::InsecureCut, {}};
    case Nsec3Outcome::Failed:
        break;
    }
    return {DenialKind::Failed,
            DnssecVerdict::bogus(BogusReason::InvalidDenial, dnameText(zone),
                                 u"%1: NSEC3 %2"_s.arg(what(), QString::fromLatin1(nsec3.why)))};
}

int wildcardLabels(const ldns_rr_list *sigs, const ldns_rdf *owner)
{
    if (!sigs || ldns_rr_list_rr_count(sigs) == 0)
        return -1;
    const ldns_rdf *labels = ldns_rr_rrsig_labels(ldns_rr_list_rr(sigs, 0));
    if (!labels || ldns_rdf2native_int8(labels) >= ldns_dname_label_count(owner))
        return -1;
    return ldns_rdf2native_int8(labels);
}

Denial wildcardProof(const ldns_pkt *pkt, const ldns_rdf *qname, int wildcardLabels,
                     const ldns_rdf *zone, const ldns_rr_list *keys, time_t now)
{
    RrViewPtr nsecs = recordsOfType(pkt, LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY);
    RrViewPtr nsec3s = recordsOfType(pkt, LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY);
    const auto what = [&] { return u"%1: wildcard answer"_s.arg(dnameText(qname)); };
    auto failed = [&](BogusReason reason, const QString &detail) {
        return Denial{DenialKind::Failed, DnssecVerdict::bogus(reason, dnameText(zone), detail)};
    };
    if (!nsecs && !nsec3s)
        return failed(BogusReason::InvalidDenial, what() + u" without NSEC/NSEC3"_s);
    const ldns_rr_type proofType = nsecs ? LDNS_RR_TYPE_NSEC : LDNS_RR_TYPE_NSEC3;
    QString failedOwner;
    const ldns_status verified = verifyEach(pkt, nsecs ? nsecs.get() : nsec3s.get(), proofType,
                                            zone, keys, now, &failedOwner);
    if (verified != LDNS_STATUS_OK)
        return failed(
            reasonFromStatus(verified),
            u"%1 %2: %3"_s.arg(failedOwner, rrTypeName(proofType), ldnsStatusText(verified)));
    if (nsecs) {
        // RFC 4035 §5.3.4: an NSEC must show that the name itself does not exist.
        for (size_t i = 0; i < ldns_rr_list_rr_count(nsecs.get()); ++i)
            if (ldns_nsec_covers_name(ldns_rr_list_rr(nsecs.get(), i), qname) &&
                ldns_dname_compare(ldns_rr_owner(ldns_rr_list_rr(nsecs.get(), i)), qname) != 0)
                return {DenialKind::NoData, {}};
        return failed(BogusReason::InvalidDenial, what() + u": no NSEC covers the name"_s);
    }
    const Nsec3Verdict v =
        Nsec3Proof(nsec3s.get(), zone).proveWildcardAnswer(qname, wildcardLabels);
    if (v.outcome == Nsec3Outcome::Insecure)
        return {DenialKind::InsecureCut, {}};
    if (v.outcome == Nsec3Outcome::Failed)
        return failed(BogusReason::InvalidDenial,
                      u"%1: NSEC3 %2"_s.arg(what(), QString::fromLatin1(v.why)));
    return {DenialKind::NoData, {}};
}

RdfPtr signerOf(const ldns_pkt *pkt, const ldns_rdf *owner, ldns_rr_type covered,
                ldns_pkt_section section)
{
    const ldns_rr_list *all = sectionOf(pkt, section);
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(all, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_RRSIG ||
            (owner && ldns_dname_compare(ldns_rr_owner(rr), owner) != 0))
            continue;
        const ldns_rdf *typeCovered = ldns_rr_rrsig_typecovered(rr);
        const ldns_rdf *signame = ldns_rr_rrsig_signame(rr);
        if (typeCovered && signame && ldns_rdf2rr_type(typeCovered) == covered)
            return RdfPtr(ldns_rdf_clone(signame));
    }
    return {};
}

RdfPtr signerOfDenial(const ldns_pkt *pkt)
{
    if (RdfPtr signer = signerOf(pkt, nullptr, LDNS_RR_TYPE_NSEC, LDNS_SECTION_AUTHORITY))
        return signer;
    return signerOf(pkt, nullptr, LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY);
}

bool hasNsec3Proof(const ldns_pkt *pkt)
{
    bool nsec3 = false;
    const ldns_rr_list *all = ldns_pkt_authority(pkt);
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all); ++i) {
        const ldns_rr_type type = ldns_rr_get_type(ldns_rr_list_rr(all, i));
        if (type == LDNS_RR_TYPE_NSEC)
            return false;
        nsec3 = nsec3 || type == LDNS_RR_TYPE_NSEC3;
    }
    return nsec3;
}

bool deniesAsNonCut(const ldns_pkt *pkt, const ldns_rdf *qname, const ldns_rdf *zone)
{
    const ldns_rr_list *all = ldns_pkt_authority(pkt);
    for (size_t i = 0; all && i < ldns_rr_list_rr_count(all); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(all, i);
        const ldns_rr_type type = ldns_rr_get_type(rr);
        bool matches = false;
        if (type == LDNS_RR_TYPE_NSEC) {
            matches = ldns_dname_compare(ldns_rr_owner(rr), qname) == 0;
        } else if (type == LDNS_RR_TYPE_NSEC3) {
            RdfPtr hashed(ldns_nsec3_hash_name_frm_nsec3(rr, qname));
            matches = hashed && ldns_dname_cat(hashed.get(), zone) == LDNS_STATUS_OK &&
                      ldns_dname_compare(ldns_rr_owner(rr), hashed.get()) == 0;
        }
        if (!matches)
            continue;
        const ldns_rdf *bitmap = ldns_nsec_get_bitmap(rr);
        return bitmap && (!ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_NS) ||
                          ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_SOA));
    }
    return false;
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

// libFuzzer target: what a DNS server answers, as the DNSSEC validator judges it once it holds
// the zone's keys (core/dns: DnssecAnswer, DnssecProofs, Nsec3Proof, RrsigVerification). It must
// never crash, hang or leak, and must reach a verdict (secure, insecure or bogus) for any packet.
//
// Input: a control byte, then the packet in wire format (ldns_wire2pkt, as the resolver reads
// it). The question names (qname, type). Control bits:
//   0-2  the zone the answer is judged in: qname with that many labels taken off (at most all)
//   3    sign every NSEC/NSEC3 of the authority section with the fuzz key (FuzzKey.h)
//   4    sign the answer's RRset with the fuzz key
//   5    ... as an answer synthesized from the wildcard one label above qname
// The keys are the fuzz key (as a key of the zone) and every DNSKEY of the answer section, so
// that fuzzed key material goes through the key parsing of RrsigVerification too.
#include "FuzzKey.h"
#include "dns/DnssecAnswer.h"
#include "dns/Nsec3Proof.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace sts::dns;
using namespace sts::dns::detail;

namespace {

ldns_key *fuzzKey(const ldns_rdf *zone)
{
    static ldns_key *const key = fuzzkey::loadKey(zone);
    if (!key)
        std::abort();
    ldns_rdf_deep_free(ldns_key_pubkey_owner(key));
    ldns_key_set_pubkey_owner(key, ldns_rdf_clone(zone));
    return key;
}

// RRSIGs by `key` over `rrset`, pushed into `section`; with `owner`, the RRSIGs are put there
// (a wildcard answer is signed at the wildcard and served at the name asked).
void sign(ldns_pkt *pkt, ldns_pkt_section section, const ldns_rr_list *rrset, ldns_key *key,
          const ldns_rdf *owner = nullptr)
{
    if (ldns_rr_list_rr_count(rrset) == 0)
        return;
    std::unique_ptr<ldns_key_list, void (*)(ldns_key_list *)> keys(
        ldns_key_list_new(), [](ldns_key_list *l) {
            ldns_key_list_set_key_count(l, 0); // the key is not the list's to free
            ldns_key_list_free(l);
        });
    ldns_key_list_push_key(keys.get(), key);
    RrListPtr copy(ldns_rr_list_clone(rrset));
    RrListPtr sigs(ldns_sign_public(copy.get(), keys.get()));
    for (size_t i = 0; sigs && i < ldns_rr_list_rr_count(sigs.get()); ++i) {
        ldns_rr *sig = ldns_rr_clone(ldns_rr_list_rr(sigs.get(), i));
        if (owner) {
            ldns_rdf_deep_free(ldns_rr_owner(sig));
            ldns_rr_set_owner(sig, ldns_rdf_clone(owner));
        }
        ldns_pkt_push_rr(pkt, section, sig);
    }
}

void signProofs(ldns_pkt *pkt, ldns_key *key)
{
    for (const ldns_rr_type type : {LDNS_RR_TYPE_NSEC, LDNS_RR_TYPE_NSEC3}) {
        RrListPtr proofs(ldns_pkt_rr_list_by_type(pkt, type, LDNS_SECTION_AUTHORITY));
        for (size_t i = 0; proofs && i < ldns_rr_list_rr_count(proofs.get()); ++i) {
            RrListPtr one(ldns_rr_list_new());
            ldns_rr_list_push_rr(one.get(), ldns_rr_clone(ldns_rr_list_rr(proofs.get(), i)));
            sign(pkt, LDNS_SECTION_AUTHORITY, one.get(), key);
        }
    }
}

void signAnswer(ldns_pkt *pkt, const ldns_rdf *qname, ldns_rr_type type, bool wildcard,
                ldns_key *key)
{
    RrListPtr data = rrsetFrom(pkt, qname, type, LDNS_SECTION_ANSWER);
    if (!wildcard || ldns_dname_label_count(qname) < 1)
        return sign(pkt, LDNS_SECTION_ANSWER, data.get(), key);
    RdfPtr star(ldns_dname_new_frm_str("*"));
    RdfPtr parent(ldns_dname_left_chop(qname));
    if (!star || !parent || ldns_dname_cat(star.get(), parent.get()) != LDNS_STATUS_OK)
        return;
    for (size_t i = 0; i < ldns_rr_list_rr_count(data.get()); ++i) {
        ldns_rr *rr = ldns_rr_list_rr(data.get(), i);
        ldns_rdf_deep_free(ldns_rr_owner(rr));
        ldns_rr_set_owner(rr, ldns_rdf_clone(star.get()));
    }
    sign(pkt, LDNS_SECTION_ANSWER, data.get(), key, qname);
}

void checkVerdict(const DnssecVerdict &verdict)
{
    if (verdict.security == Security::Indeterminate ||
        (verdict.security == Security::Bogus) != (verdict.reason != BogusReason::None))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t control = data[0];
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, data + 1, size - 1) != LDNS_STATUS_OK)
        return 0;
    PktPtr pkt(raw);
    if (ldns_rr_list_rr_count(ldns_pkt_question(pkt.get())) < 1)
        return 0;
    const ldns_rr *question = ldns_rr_list_rr(ldns_pkt_question(pkt.get()), 0);
    RdfPtr qname(ldns_rdf_clone(ldns_rr_owner(question)));
    const ldns_rr_type type = ldns_rr_get_type(question);
    if (!qname || ldns_rdf_get_type(qname.get()) != LDNS_RDF_TYPE_DNAME)
        return 0;
    const int labels = ldns_dname_label_count(qname.get());
    RdfPtr zone(ldns_dname_clone_from(qname.get(), uint16_t(std::min(control & 7, labels))));
    if (!zone)
        return 0;

    ldns_key *key = fuzzKey(zone.get());
    if (control & 0x08)
        signProofs(pkt.get(), key);
    if (control & 0x10)
        signAnswer(pkt.get(), qname.get(), type, (control & 0x20) != 0, key);
    RrListPtr keys(ldns_pkt_rr_list_by_type(pkt.get(), LDNS_RR_TYPE_DNSKEY, LDNS_SECTION_ANSWER));
    if (!keys)
        keys.reset(ldns_rr_list_new());
    ldns_rr_list_push_rr(keys.get(), ldns_key2rr(key));

    // As the validator reads an answer: the RRset asked for, else a CNAME at the name.
    ldns_rr_type dataType = type;
    RrListPtr rrset = rrsetFrom(pkt.get(), qname.get(), type, LDNS_SECTION_ANSWER);
    if (ldns_rr_list_rr_count(rrset.get()) == 0 && type != LDNS_RR_TYPE_CNAME) {
        RrListPtr alias =
            rrsetFrom(pkt.get(), qname.get(), LDNS_RR_TYPE_CNAME, LDNS_SECTION_ANSWER);
        if (ldns_rr_list_rr_count(alias.get()) > 0) {
            rrset = std::move(alias);
            dataType = LDNS_RR_TYPE_CNAME;
        }
    }
    const QList<DnsRecord> records = decodeRecords(rrset.get());
    if (records.size() != qsizetype(ldns_rr_list_rr_count(rrset.get())))
        std::abort();
    const QString name = dnameText(qname.get());
    checkVerdict(answerVerdict(pkt.get(), name, qname.get(), type, dataType, rrset.get(),
                               zone.get(), keys.get(), fuzzkey::kNow));

    // The shortcut through a signer known from earlier in the run.
    const RdfPtr signer = ldns_rr_list_rr_count(rrset.get()) > 0
                              ? signerOf(pkt.get(), qname.get(), dataType, LDNS_SECTION_ANSWER)
                              : signerOfDenial(pkt.get());
    (void)deniesAsNonCut(pkt.get(), qname.get(), signer ? signer.get() : zone.get());

    // A DS answer: which delegations are signed with what we implement, which keys they name.
    RrListPtr ds = rrsetFrom(pkt.get(), qname.get(), LDNS_RR_TYPE_DS, LDNS_SECTION_ANSWER);
    (void)hasSupportedDs(ds.get());
    (void)keysMatching(keys.get(), ds.get());

    // The NSEC3 proofs on their own, signed or not (a signed zone can publish anything).
    RrListPtr nsec3s(
        ldns_pkt_rr_list_by_type(pkt.get(), LDNS_RR_TYPE_NSEC3, LDNS_SECTION_AUTHORITY));
    const Nsec3Proof proof(nsec3s.get(), zone.get());
    if (proof.usable()) {
        (void)proof.proveNxDomain(qname.get());
        (void)proof.proveNoData(qname.get(), type);
        (void)proof.proveWildcardAnswer(qname.get(), std::max(labels - 1, 0));
    }
    return 0;
}

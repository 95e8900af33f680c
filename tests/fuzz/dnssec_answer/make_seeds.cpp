// Writes the seeds of fuzz_dnssec_answer: signs fuzz.test.zone with the fuzz key three ways
// (NSEC, NSEC3, NSEC3 with opt-out) and answers each question of queries.txt from it the way an
// authoritative server would (the RRset and its RRSIGs; a CNAME; an answer synthesized from a
// wildcard; or NXDOMAIN/NODATA with the SOA and, to keep this simple, every NSEC/NSEC3 of the
// zone as proof). Each answer is written twice: as served, and with the control bits that make
// the fuzz target sign what the fuzzer changed.
// Usage: dnssec_answer_seeds SOURCE_FOLDER OUTPUT_FOLDER
#include "FuzzKey.h"

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Query
{
    std::string name;
    std::string type;
};

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "dnssec_answer_seeds: %s\n", what.c_str());
    std::exit(1);
}

std::vector<Query> readQueries(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        fail("cannot read " + path);
    std::vector<Query> out;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        Query q;
        if (line.empty() || line[0] == '#' || !(fields >> q.name >> q.type))
            continue;
        out.push_back(q);
    }
    return out;
}

bool isOwner(const ldns_rr *rr, const ldns_rdf *name)
{
    return ldns_dname_compare(ldns_rr_owner(rr), name) == 0;
}

ldns_rr_type covered(const ldns_rr *sig)
{
    const ldns_rdf *type = ldns_rr_rrsig_typecovered(sig);
    return type ? ldns_rdf2rr_type(type) : LDNS_RR_TYPE_FIRST;
}

// The RRset (owner, type) of `zone` with its RRSIGs, served at `servedAs`.
void pushRrset(ldns_pkt *pkt, ldns_pkt_section section, const ldns_rr_list *zone,
               const ldns_rdf *owner, ldns_rr_type type, const ldns_rdf *servedAs)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(zone); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(zone, i);
        const bool data = ldns_rr_get_type(rr) == type;
        const bool sig = ldns_rr_get_type(rr) == LDNS_RR_TYPE_RRSIG && covered(rr) == type;
        if (!isOwner(rr, owner) || !(data || sig))
            continue;
        ldns_rr *copy = ldns_rr_clone(rr);
        ldns_rdf_deep_free(ldns_rr_owner(copy));
        ldns_rr_set_owner(copy, ldns_rdf_clone(servedAs));
        ldns_pkt_push_rr(pkt, section, copy);
    }
}

bool hasRrset(const ldns_rr_list *zone, const ldns_rdf *owner, ldns_rr_type type)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(zone); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(zone, i);
        if (isOwner(rr, owner) && ldns_rr_get_type(rr) == type)
            return true;
    }
    return false;
}

// The name or an empty non-terminal above some name of the zone.
bool nameExists(const ldns_rr_list *zone, const ldns_rdf *name)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(zone); ++i) {
        const ldns_rdf *owner = ldns_rr_owner(ldns_rr_list_rr(zone, i));
        if (ldns_dname_compare(owner, name) == 0 || ldns_dname_is_subdomain(owner, name))
            return true;
    }
    return false;
}

ldns_rdf *wildcardOver(const ldns_rdf *name)
{
    ldns_rdf *star = ldns_dname_new_frm_str("*");
    ldns_rdf *parent = ldns_dname_left_chop(name);
    if (!parent || ldns_dname_cat(star, parent) != LDNS_STATUS_OK)
        fail("cannot make a wildcard name");
    ldns_rdf_deep_free(parent);
    return star;
}

ldns_pkt *answer(const ldns_rr_list *zone, const ldns_rdf *origin, const ldns_rdf *qname,
                 ldns_rr_type type)
{
    ldns_pkt *pkt = ldns_pkt_new();
    ldns_pkt_set_qr(pkt, true);
    ldns_pkt_set_aa(pkt, true);
    ldns_pkt_set_id(pkt, 4711);
    ldns_rr *question = ldns_rr_new();
    ldns_rr_set_owner(question, ldns_rdf_clone(qname));
    ldns_rr_set_type(question, type);
    ldns_rr_set_class(question, LDNS_RR_CLASS_IN);
    ldns_rr_set_question(question, true);
    ldns_pkt_push_rr(pkt, LDNS_SECTION_QUESTION, question);

    bool positive = true;
    bool synthesized = false;
    if (hasRrset(zone, qname, type)) {
        pushRrset(pkt, LDNS_SECTION_ANSWER, zone, qname, type, qname);
    } else if (hasRrset(zone, qname, LDNS_RR_TYPE_CNAME)) {
        pushRrset(pkt, LDNS_SECTION_ANSWER, zone, qname, LDNS_RR_TYPE_CNAME, qname);
    } else {
        positive = false;
        ldns_rdf *star = nameExists(zone, qname) ? nullptr : wildcardOver(qname);
        if (star && nameExists(zone, star)) {
            synthesized = true;
            if (hasRrset(zone, star, type)) {
                pushRrset(pkt, LDNS_SECTION_ANSWER, zone, star, type, qname);
                positive = true;
            }
        }
        if (star)
            ldns_rdf_deep_free(star);
        ldns_pkt_set_rcode(pkt, nameExists(zone, qname) || synthesized ? LDNS_RCODE_NOERROR
                                                                       : LDNS_RCODE_NXDOMAIN);
    }
    if (!positive)
        pushRrset(pkt, LDNS_SECTION_AUTHORITY, zone, origin, LDNS_RR_TYPE_SOA, origin);
    if (!positive || synthesized) {
        for (const ldns_rr_type proof : {LDNS_RR_TYPE_NSEC, LDNS_RR_TYPE_NSEC3}) {
            for (size_t i = 0; i < ldns_rr_list_rr_count(zone); ++i) {
                const ldns_rr *rr = ldns_rr_list_rr(zone, i);
                if (ldns_rr_get_type(rr) == proof)
                    pushRrset(pkt, LDNS_SECTION_AUTHORITY, zone, ldns_rr_owner(rr), proof,
                              ldns_rr_owner(rr));
            }
        }
    }
    return pkt;
}

void write(const std::string &path, uint8_t control, const ldns_pkt *pkt)
{
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, pkt, &size) != LDNS_STATUS_OK)
        fail("cannot encode " + path);
    std::ofstream out(path, std::ios::binary);
    out.put(char(control));
    out.write(reinterpret_cast<const char *>(wire), std::streamsize(size));
    std::free(wire);
    if (!out)
        fail("cannot write " + path);
}

std::string fileName(const std::string &text)
{
    std::string out;
    for (const char c : text)
        out += (c == '.' || c == ' ' || c == '@') ? '-' : c;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        fail("usage: dnssec_answer_seeds SOURCE_FOLDER OUTPUT_FOLDER");
    const std::string source = argv[1];
    const std::string output = argv[2];
    ldns_rdf *origin = ldns_dname_new_frm_str("fuzz.test.");
    ldns_key_list *keys = ldns_key_list_new();
    ldns_key *key = fuzzkey::loadKey(origin);
    if (!key)
        fail("cannot load the fuzz key");
    ldns_key_list_push_key(keys, key);

    FILE *file = std::fopen((source + "/fuzz.test.zone").c_str(), "r");
    if (!file)
        fail("cannot read fuzz.test.zone");
    ldns_zone *zone = nullptr;
    int line = 0;
    const ldns_status read =
        ldns_zone_new_frm_fp_l(&zone, file, origin, 300, LDNS_RR_CLASS_IN, &line);
    std::fclose(file);
    if (read != LDNS_STATUS_OK)
        fail("fuzz.test.zone line " + std::to_string(line) + ": " + ldns_get_errorstr_by_id(read));
    ldns_zone_push_rr(zone, ldns_key2rr(key));

    uint8_t salt[] = {0xab, 0xcd};
    struct Variant
    {
        const char *name;
        ldns_zone *zone;
    } variants[] = {
        {"nsec", ldns_zone_sign(zone, keys)},
        {"nsec3", ldns_zone_sign_nsec3(zone, keys, 1, 0, 2, sizeof salt, salt)},
        {"nsec3-optout",
         ldns_zone_sign_nsec3(zone, keys, 1, LDNS_NSEC3_VARS_OPTOUT_MASK, 0, 0, nullptr)},
    };
    const std::vector<Query> queries = readQueries(source + "/queries.txt");
    int written = 0;
    for (const Variant &variant : variants) {
        if (!variant.zone)
            fail(std::string("cannot sign the zone: ") + variant.name);
        ldns_rr_list *all = ldns_rr_list_clone(ldns_zone_rrs(variant.zone));
        ldns_rr_list_push_rr(all, ldns_rr_clone(ldns_zone_soa(variant.zone)));
        for (const Query &query : queries) {
            ldns_rdf *qname = query.name == "@"
                                  ? ldns_rdf_clone(origin)
                                  : ldns_dname_new_frm_str((query.name + ".fuzz.test.").c_str());
            const ldns_rr_type type = ldns_get_rr_type_by_name(query.type.c_str());
            if (!qname || type == 0)
                fail("bad query " + query.name + " " + query.type);
            ldns_pkt *pkt = answer(all, origin, qname, type);
            const auto chop =
                uint8_t(ldns_dname_label_count(qname) - ldns_dname_label_count(origin));
            const std::string base =
                output + "/" + variant.name + "-" + fileName(query.name + " " + query.type);
            write(base + ".bin", chop, pkt);
            write(base + "-resigned.bin", uint8_t(chop | 0x18), pkt);
            written += 2;
            ldns_pkt_free(pkt);
            ldns_rdf_deep_free(qname);
        }
        ldns_rr_list_deep_free(all);
        ldns_zone_deep_free(variant.zone);
    }
    ldns_zone_deep_free(zone);
    ldns_key_list_free(keys);
    ldns_rdf_deep_free(origin);
    std::printf("%d seeds written to %s\n", written, output.c_str());
    return 0;
}

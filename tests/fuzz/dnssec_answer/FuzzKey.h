#pragma once

// The zone key of the DNSSEC fuzz target: it signs the seeds (make_seeds.cpp) and, when the
// control byte asks for it, whatever the fuzzer made (fuzz_dnssec_answer.cpp), so that mutated
// proofs reach the code behind the signature check. A throw-away test key (ldns-keygen -a
// RSASHA256 -b 1024); nothing trusts it. RSA signatures are deterministic, so a reproducer
// replays exactly.

#include <cstdio>
#include <ctime>
#include <ldns/ldns.h>

// ldns' common.h defines bool, false and true as macros when its build had no stdbool.h; the
// C++ headers included after this one must not see them (core/ includes Qt first instead).
#undef bool
#undef false
#undef true

namespace fuzzkey {

constexpr time_t kNow = 1'700'000'000; // 2023-11-14: the validation time of every run
constexpr uint32_t kInception = uint32_t(kNow - 30 * 86400);
constexpr uint32_t kExpiration = uint32_t(kNow + 30 * 86400);

inline constexpr char kPrivateKey[] =
    "Private-key-format: v1.2\n"
    "Algorithm: 8 (RSASHA256)\n"
    "Modulus: 2/HCwfQgMDOujQzSXwC9VPsJpJksPQPgp6HV1onJ60p1E82QLxeSxhycUlAeFjs2cvi0QAErybVpKZFVFo++"
    "ZqvUhH7831IRwytrUTZrgod5/BbAudntClWG9GQUiUaLnNt72LL+RTUrsYymfVND68yY0b+jWHgF25UgV/S05Yk=\n"
    "PublicExponent: AQAB\n"
    "PrivateExponent: "
    "l5r/uh2Cinc1XDh4Uc/6sbcQoIqMecpQcnwVH/p+WldKeEn7ltpS64gRIJPlCUHreDiCVpP4EOOhB2wM"
    "EK8od+nMd4a8F645Fl2FyegyEOJ63w5wsRewSj91Frru4h2EhKiXl6t03+dfo20eXcHkRl6pl97pDVkOGPXcPRmRR9k=\n"
    "Prime1: "
    "8hJfOJHZDpJ5z/++le/KAQlszXezkh586IdZAkUYrQ+yh87y37c+jLWedPg20CQNOXTUvHVevwAvoJH4vlIJgw==\n"
    "Prime2: "
    "6Jl15eOR7iAiemruEb5eoeohXLaME14+ojFFcqqE60cQafqre8a3y4UNtF+0GUbJ60MkcL1cH57IMDvjqYDDAw==\n"
    "Exponent1: "
    "jm9k/AJFd5+UcWEIIW1ArS+Ah72hOZ8a3C+XnhBOHraX0/VfT2ehNGZBYI4UopAz/9TQwDtHjpdrbs21UTcwRQ==\n"
    "Exponent2: "
    "NXMuWImW+zV/NspjssggTuzShc+dGMZLdlIEN3lf2gEWkIP97A+aJLaKk6x6YmSV+e4P7ahWBx4hupPImSbxqQ==\n"
    "Coefficient: "
    "iz6hjq293Wn+yQ/ZDYseZUlA2zuBx6vwcOUuv/aup7BooAR0nBEjsDdylSQpnBMNd91XyeEhXS+Hf6R6Cw5ssA==\n";

// The key as a zone key (flags 256) of `zone` with the validity period above; null on failure.
inline ldns_key *loadKey(const ldns_rdf *zone)
{
    FILE *text = fmemopen(const_cast<char *>(kPrivateKey), sizeof kPrivateKey - 1, "r");
    if (!text)
        return nullptr;
    ldns_key *key = nullptr;
    const ldns_status status = ldns_key_new_frm_fp(&key, text);
    std::fclose(text);
    if (status != LDNS_STATUS_OK)
        return nullptr;
    ldns_key_set_pubkey_owner(key, ldns_rdf_clone(zone));
    ldns_key_set_flags(key, LDNS_KEY_ZONE_KEY);
    ldns_key_set_inception(key, kInception);
    ldns_key_set_expiration(key, kExpiration);
    ldns_rr *dnskey = ldns_key2rr(key);
    ldns_key_set_keytag(key, ldns_calc_keytag(dnskey));
    ldns_rr_free(dnskey);
    return key;
}

} // namespace fuzzkey

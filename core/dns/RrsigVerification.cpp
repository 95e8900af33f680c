#include "RrsigVerification.h"

#include "dns/LdnsPtr.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <cstring>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace sts::dns::detail {

namespace {

using SharedKey = std::shared_ptr<EVP_PKEY>;

struct BufferFree
{
    void operator()(ldns_buffer *b) const { ldns_buffer_free(b); }
};
using BufferPtr = std::unique_ptr<ldns_buffer, BufferFree>;

bool isEcdsa(uint8_t algorithm)
{
    return algorithm == LDNS_ECDSAP256SHA256 || algorithm == LDNS_ECDSAP384SHA384;
}

// The digest of each algorithm whose keys are cached; null for those left to ldns.
const EVP_MD *digestOf(uint8_t algorithm)
{
    switch (algorithm) {
    case LDNS_RSASHA1:
    case LDNS_RSASHA1_NSEC3:
        return EVP_sha1();
    case LDNS_RSASHA256:
    case LDNS_ECDSAP256SHA256:
        return EVP_sha256();
    case LDNS_RSASHA512:
        return EVP_sha512();
    case LDNS_ECDSAP384SHA384:
        return EVP_sha384();
    default:
        return nullptr;
    }
}

EVP_PKEY *keyFromParams(const char *type, OSSL_PARAM *params)
{
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *key = nullptr;
    if (context && EVP_PKEY_fromdata_init(context) == 1)
        EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(context);
    return key;
}

// RFC 6605 §4: the two coordinates, without the uncompressed-point prefix. OpenSSL checks
// that the point is on the curve.
EVP_PKEY *ecdsaKey(const uint8_t *data, size_t size, uint8_t algorithm)
{
    const bool p256 = algorithm == LDNS_ECDSAP256SHA256;
    if (size != (p256 ? 64u : 96u))
        return nullptr;
    unsigned char point[97];
    point[0] = 0x04;
    std::memcpy(point + 1, data, size);
    char p256Name[] = "P-256";
    char p384Name[] = "P-384";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, p256 ? p256Name : p384Name, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point, size + 1),
        OSSL_PARAM_construct_end()};
    return keyFromParams("EC", params);
}

// RFC 3110 §2: exponent length (one byte, or zero and two bytes), exponent, modulus.
EVP_PKEY *rsaKey(const uint8_t *data, size_t size)
{
    if (size < 1)
        return nullptr;
    size_t exponentSize = data[0];
    size_t offset = 1;
    if (exponentSize == 0) {
        if (size < 3)
            return nullptr;
        exponentSize = (size_t(data[1]) << 8) | data[2];
        offset = 3;
    }
    if (exponentSize == 0 || size <= offset + exponentSize)
        return nullptr;
    BIGNUM *e = BN_bin2bn(data + offset, int(exponentSize), nullptr);
    BIGNUM *n = BN_bin2bn(data + offset + exponentSize, int(size - offset - exponentSize), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    if (e && n && builder && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n) == 1 &&
        OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e) == 1)
        params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY *key = params ? keyFromParams("RSA", params) : nullptr;
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(n);
    BN_free(e);
    return key;
}

// Public keys only, so one cache serves every run and thread; bounded, as a long session may
// meet many zones.
class KeyCache
{
public:
    // OpenSSL frees its providers at exit; initialised first, it does so after this cache is
    // gone (exit handlers run in reverse order of registration).
    KeyCache() { OPENSSL_init_crypto(0, nullptr); }

    SharedKey key(uint8_t algorithm, const ldns_rdf *publicKey)
    {
        const auto *data = ldns_rdf_data(publicKey);
        const size_t size = ldns_rdf_size(publicKey);
        QByteArray id(1, char(algorithm));
        id.append(reinterpret_cast<const char *>(data), qsizetype(size));
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_keys.constFind(id);
            if (it != m_keys.constEnd())
                return *it;
        }
        EVP_PKEY *raw = isEcdsa(algorithm) ? ecdsaKey(data, size, algorithm) : rsaKey(data, size);
        if (!raw)
            return {};
        SharedKey key(raw, EVP_PKEY_free);
        QMutexLocker lock(&m_mutex);
        if (m_keys.size() >= maxKeys)
            m_keys.clear();
        m_keys.insert(id, key);
        return key;
    }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_keys.clear();
    }

private:
    static constexpr qsizetype maxKeys = 512;
    QMutex m_mutex;
    QHash<QByteArray, SharedKey> m_keys;
};

Q_GLOBAL_STATIC(KeyCache, keyCache)

// Signatures that verified: a monitor run over many customers validates the same RRsets again
// and again (the root's and the TLDs' keys, a shared MX host's addresses, one zone's NSEC3
// records in every denial), and each check is an RSA or ECDSA verification. Keyed by the SHA-256
// of everything the verification reads (algorithm, public key, signature, signed data, which
// holds the RRSIG's validity period), so a hit is the same check; failures are never kept.
class VerifiedCache
{
public:
    static QByteArray id(uint8_t algorithm, const ldns_rdf *publicKey, const uint8_t *signature,
                         size_t signatureSize, ldns_buffer *signedData)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const char header[] = {char(algorithm)};
        hash.addData(QByteArrayView(header, 1));
        const auto add = [&hash](const uint8_t *data, size_t size) {
            const quint32 length = quint32(size); // lengths keep the parts apart
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
        };
        add(ldns_rdf_data(publicKey), ldns_rdf_size(publicKey));
        add(signature, signatureSize);
        add(ldns_buffer_begin(signedData), ldns_buffer_position(signedData));
        return hash.result();
    }

    bool contains(const QByteArray &id)
    {
        QMutexLocker lock(&m_mutex);
        return m_verified.contains(id);
    }

    void insert(const QByteArray &id)
    {
        QMutexLocker lock(&m_mutex);
        if (m_verified.size() >= maxEntries)
            m_verified.clear();
        m_verified.insert(id);
    }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_verified.clear();
    }

private:
    static constexpr qsizetype maxEntries = 8192; // 32-byte ids: well under a megabyte
    QMutex m_mutex;
    QSet<QByteArray> m_verified;
};

Q_GLOBAL_STATIC(VerifiedCache, verifiedCache)

// A signature and the data it signs, in the form the verification takes.
struct Prepared
{
    BufferPtr signedData{ldns_buffer_new(1024)}; // grows as needed
    BufferPtr signature{ldns_buffer_new(256)};
};

// RFC 4034 §3.1.8.1 and §6, as ldns_verify_rrsig_keylist prepares it: the RRSIG RDATA without
// the signature, then the RRset in canonical form and order, with the signature's original TTL
// and, for a wildcard answer, the wildcard owner.
ldns_status prepare(const ldns_rr_list *rrset, const ldns_rr *sig, Prepared &out)
{
    ldns_buffer_clear(out.signedData.get());
    ldns_buffer_clear(out.signature.get());
    if (ldns_rr_rd_count(sig) < 9)
        return LDNS_STATUS_MISSING_RDATA_FIELDS_RRSIG;
    if (ldns_rdf2rr_type(ldns_rr_rrsig_typecovered(sig)) !=
        ldns_rr_get_type(ldns_rr_list_rr(rrset, 0)))
        return LDNS_STATUS_CRYPTO_TYPE_COVERED_ERR;
    const ldns_rdf *raw = ldns_rr_rrsig_sig(sig);
    if (isEcdsa(ldns_rdf2native_int8(ldns_rr_rrsig_algorithm(sig)))) {
        // DNSSEC carries r|s; OpenSSL takes DER.
        if (ldns_convert_ecdsa_rrsig_rdf2asn1(out.signature.get(), raw) != LDNS_STATUS_OK)
            return LDNS_STATUS_MEM_ERR;
    } else {
        if (ldns_rdf2buffer_wire(out.signature.get(), raw) != LDNS_STATUS_OK)
            return LDNS_STATUS_MEM_ERR;
    }

    RrListPtr canonical(ldns_rr_list_clone(rrset));
    const uint32_t originalTtl = ldns_rdf2native_int32(ldns_rr_rrsig_origttl(sig));
    const uint8_t labels = ldns_rdf2native_int8(ldns_rr_rrsig_labels(sig));
    for (size_t i = 0; i < ldns_rr_list_rr_count(canonical.get()); ++i) {
        ldns_rr *rr = ldns_rr_list_rr(canonical.get(), i);
        const uint8_t ownerLabels = ldns_dname_label_count(ldns_rr_owner(rr));
        if (labels < ownerLabels) {
            RdfPtr closest(ldns_dname_clone_from(ldns_rr_owner(rr), ownerLabels - labels));
            ldns_rdf *wildcard = ldns_dname_new_frm_str("*");
            if (!closest || !wildcard ||
                ldns_dname_cat(wildcard, closest.get()) != LDNS_STATUS_OK) {
                ldns_rdf_deep_free(wildcard);
                return LDNS_STATUS_MEM_ERR;
            }
            ldns_rdf_deep_free(ldns_rr_owner(rr));
            ldns_rr_set_owner(rr, wildcard);
        }
        ldns_rr_set_ttl(rr, originalTtl);
        ldns_rr2canonical(rr);
    }
    ldns_rr_list_sort(canonical.get());
    if (ldns_rrsig2buffer_wire(out.signedData.get(), sig) != LDNS_STATUS_OK ||
        ldns_rr_list2buffer_wire(out.signedData.get(), canonical.get()) != LDNS_STATUS_OK)
        return LDNS_STATUS_MEM_ERR;
    return LDNS_STATUS_OK;
}

// ldns_verify_test_sig_key with the cached key.
ldns_status tryKey(const Prepared &prepared, const ldns_rr *sig, const ldns_rr *key)
{
    if (ldns_calc_keytag(key) != ldns_rdf2native_int16(ldns_rr_rrsig_keytag(sig)))
        return LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY;
    if (!ldns_rr_rdf(key, 3) || !ldns_rr_rdf(key, 2))
        return LDNS_STATUS_MISSING_RDATA_FIELDS_KEY;
    const uint8_t algorithm = ldns_rdf2native_int8(ldns_rr_rrsig_algorithm(sig));
    if (algorithm != ldns_rdf2native_int8(ldns_rr_rdf(key, 2)))
        return LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY;
    const SharedKey publicKey = keyCache()->key(algorithm, ldns_rr_rdf(key, 3));
    if (!publicKey)
        return LDNS_STATUS_CRYPTO_BOGUS;
    const QByteArray id = VerifiedCache::id(
        algorithm, ldns_rr_rdf(key, 3), ldns_buffer_begin(prepared.signature.get()),
        ldns_buffer_position(prepared.signature.get()), prepared.signedData.get());
    if (verifiedCache()->contains(id))
        return LDNS_STATUS_OK;
    const ldns_status status = ldns_verify_rrsig_evp_raw(
        ldns_buffer_begin(prepared.signature.get()), ldns_buffer_position(prepared.signature.get()),
        prepared.signedData.get(), publicKey.get(), digestOf(algorithm));
    if (status == LDNS_STATUS_OK)
        verifiedCache()->insert(id);
    return status;
}

// Serial number arithmetic on the 32-bit times, as ldns does.
ldns_status checkTimes(const ldns_rr *sig, time_t now)
{
    const uint32_t inception = ldns_rdf2native_int32(ldns_rr_rrsig_inception(sig));
    const uint32_t expiration = ldns_rdf2native_int32(ldns_rr_rrsig_expiration(sig));
    const auto current = static_cast<uint32_t>(now);
    if (int32_t(expiration - inception) < 0)
        return LDNS_STATUS_CRYPTO_EXPIRATION_BEFORE_INCEPTION;
    if (int32_t(current - inception) < 0)
        return LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED;
    if (int32_t(expiration - current) < 0)
        return LDNS_STATUS_CRYPTO_SIG_EXPIRED;
    return LDNS_STATUS_OK;
}

// KeyTrap (CVE-2023-50387): a zone may publish many DNSKEYs under one key tag and many RRSIGs,
// so that trying every pair costs one answer millions of signature checks. Validators patched for
// it cap the checks spent on one RRset; so does this. 16 covers every honest case (a KSK rollover
// with two algorithms has four signatures and four keys, at most one key per tag); beyond it the
// RRset is bogus, even when a later pair would have verified.
constexpr int maxSignatureChecks = 16;

// What is left of the RRset's checks.
struct CheckBudget
{
    int left = maxSignatureChecks;
    bool exhausted = false; // a check was refused: the RRset is bogus whatever came before
    bool take(int count)
    {
        exhausted = count > left;
        if (!exhausted)
            left -= count;
        return !exhausted;
    }
};

// ldns_verify_rrsig_keylist_time: any key that verifies, then the validity period.
ldns_status verifyOne(const ldns_rr_list *rrset, const ldns_rr *sig, const ldns_rr_list *keys,
                      time_t now, CheckBudget &budget)
{
    thread_local Prepared prepared;
    ldns_status result = prepare(rrset, sig, prepared);
    if (result != LDNS_STATUS_OK)
        return result;
    result = LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY;
    const uint16_t tag = ldns_rdf2native_int16(ldns_rr_rrsig_keytag(sig));
    for (size_t i = 0; i < ldns_rr_list_rr_count(keys); ++i) {
        const ldns_rr *key = ldns_rr_list_rr(keys, i);
        // The tag is cheap to compare; only a check that reaches the crypto is counted.
        if (ldns_calc_keytag(key) == tag && !budget.take(1))
            return LDNS_STATUS_CRYPTO_BOGUS;
        const ldns_status status = tryKey(prepared, sig, key);
        if (status == LDNS_STATUS_OK)
            return checkTimes(sig, now); // the other keys cannot change the verdict
        if (result == LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY)
            result = status;
    }
    return result;
}

// The keys of `keys` that carry `sig`'s key tag: the only ones ldns would verify it with.
RrViewPtr keysTaggedFor(const ldns_rr *sig, const ldns_rr_list *keys)
{
    RrViewPtr out(ldns_rr_list_new());
    const uint16_t tag = ldns_rdf2native_int16(ldns_rr_rrsig_keytag(sig));
    for (size_t i = 0; i < ldns_rr_list_rr_count(keys); ++i)
        if (ldns_calc_keytag(ldns_rr_list_rr(keys, i)) == tag)
            ldns_rr_list_push_rr(out.get(), ldns_rr_list_rr(keys, i));
    return out;
}

// Algorithms without a cached key form (Ed25519, Ed448, unknown ones) go to ldns one signature at
// a time with the keys of its tag, so that the check budget holds for them too.
ldns_status verifyOneWithLdns(const ldns_rr_list *rrset, ldns_rr *sig, const ldns_rr_list *keys,
                              time_t now, CheckBudget &budget)
{
    const RrViewPtr tagged = keysTaggedFor(sig, keys);
    const auto count = ldns_rr_list_rr_count(tagged.get());
    if (count == 0)
        return LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY;
    if (!budget.take(int(count)))
        return LDNS_STATUS_CRYPTO_BOGUS;
    RrViewPtr one(ldns_rr_list_new());
    ldns_rr_list_push_rr(one.get(), sig);
    return ldns_verify_time(rrset, one.get(), tagged.get(), now, nullptr);
}

// RFC 4035 §5.3.1: only a zone key (flags bit 7) of protocol 3 may have made a signature. ldns
// tries every key it is given; unbound, like this, refuses the others.
RrViewPtr zoneKeysOf(const ldns_rr_list *keys)
{
    RrViewPtr out(ldns_rr_list_new());
    for (size_t i = 0; i < ldns_rr_list_rr_count(keys); ++i) {
        ldns_rr *key = ldns_rr_list_rr(keys, i);
        if (ldns_rr_get_type(key) == LDNS_RR_TYPE_DNSKEY && ldns_rr_rd_count(key) >= 4 &&
            (ldns_rdf2native_int16(ldns_rr_rdf(key, 0)) & LDNS_KEY_ZONE_KEY) &&
            ldns_rdf2native_int8(ldns_rr_rdf(key, 1)) == LDNS_DNSSEC_KEYPROTO)
            ldns_rr_list_push_rr(out.get(), key);
    }
    return out;
}

} // namespace

ldns_status verifyRrsigs(const ldns_rr_list *rrset, const ldns_rr_list *sigs,
                         const ldns_rr_list *allKeys, time_t now)
{
    if (!rrset || !sigs || !allKeys || ldns_rr_list_rr_count(rrset) < 1)
        return LDNS_STATUS_ERR;
    if (ldns_rr_list_rr_count(sigs) < 1)
        return LDNS_STATUS_CRYPTO_NO_RRSIG;
    const RrViewPtr zoneKeys = zoneKeysOf(allKeys);
    const ldns_rr_list *keys = zoneKeys.get();
    if (ldns_rr_list_rr_count(keys) < 1)
        return LDNS_STATUS_CRYPTO_NO_TRUSTED_DNSKEY;
    // The most descriptive failure over all signatures, as ldns_verify_time reports it.
    CheckBudget budget;
    ldns_status result = LDNS_STATUS_ERR;
    for (size_t i = 0; i < ldns_rr_list_rr_count(sigs); ++i) {
        ldns_rr *sig = ldns_rr_list_rr(sigs, i);
        const bool cached = ldns_rr_rd_count(sig) >= 9 &&
                            digestOf(ldns_rdf2native_int8(ldns_rr_rrsig_algorithm(sig)));
        const ldns_status status = cached ? verifyOne(rrset, sig, keys, now, budget)
                                          : verifyOneWithLdns(rrset, sig, keys, now, budget);
        if (status == LDNS_STATUS_OK)
            return status;
        if (budget.exhausted)
            return LDNS_STATUS_CRYPTO_BOGUS;
        if (result == LDNS_STATUS_ERR ||
            (status != LDNS_STATUS_ERR && result == LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY))
            result = status;
    }
    return result;
}

void forgetVerifications()
{
    keyCache()->clear();
    verifiedCache()->clear();
}

} // namespace sts::dns::detail

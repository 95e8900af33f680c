// verifyRrsigs must reach the verdict ldns_verify_time reaches, on every path: each test signs
// RRsets in-process with ldns, changes what a broken zone or an attacker would change, and asks
// both. The expected status is written down as well, so that a shared mistake fails too.
#include "dns/RrsigVerification.h"

#include <QTest>
#include <initializer_list>

using namespace sts::dns::detail;

namespace {

constexpr uint32_t inception = 1'700'000'000;
constexpr uint32_t expiration = inception + 30 * 86400;
constexpr time_t during = inception + 86400;

struct KeyListFree
{
    void operator()(ldns_key_list *l) const { ldns_key_list_free(l); } // frees its keys too
};

RrPtr record(const char *text)
{
    ldns_rr *rr = nullptr;
    if (ldns_rr_new_frm_str(&rr, text, 3600, nullptr, nullptr) != LDNS_STATUS_OK)
        qFatal("bad test record %s", text);
    return RrPtr(rr);
}

RrListPtr rrset(std::initializer_list<const char *> texts)
{
    RrListPtr list(ldns_rr_list_new());
    for (const char *text : texts)
        ldns_rr_list_push_rr(list.get(), record(text).release());
    return list;
}

RrListPtr copyOf(const ldns_rr_list *list)
{
    return RrListPtr(ldns_rr_list_clone(list));
}

// A zone key that signs with a fixed validity period.
class Signer
{
public:
    Signer(ldns_signing_algorithm algorithm, uint16_t bits, const char *zone = "example.",
           uint32_t from = inception, uint32_t until = expiration, uint16_t flags = 256)
        : m_keys(ldns_key_list_new())
    {
        ldns_key *key = ldns_key_new_frm_algorithm(algorithm, bits);
        if (!key)
            qFatal("ldns cannot make a key of algorithm %d", int(algorithm));
        ldns_key_set_pubkey_owner(key, ldns_dname_new_frm_str(zone));
        ldns_key_set_flags(key, flags);
        ldns_key_set_inception(key, from);
        ldns_key_set_expiration(key, until);
        m_dnskey.reset(ldns_key2rr(key));
        ldns_key_set_keytag(key, ldns_calc_keytag(m_dnskey.get())); // ldns_sign_public copies it
        // ldns_sign_public signs with zone keys only; a key published without the flag signs as
        // one, under the tag of what is published.
        ldns_key_set_flags(key, flags | LDNS_KEY_ZONE_KEY);
        ldns_key_list_push_key(m_keys.get(), key);
    }

    RrListPtr sign(const ldns_rr_list *data) const
    {
        RrListPtr copy = copyOf(data);
        return RrListPtr(ldns_sign_public(copy.get(), m_keys.get()));
    }

    RrListPtr keys() const
    {
        RrListPtr list(ldns_rr_list_new());
        ldns_rr_list_push_rr(list.get(), ldns_rr_clone(m_dnskey.get()));
        return list;
    }

private:
    std::unique_ptr<ldns_key_list, KeyListFree> m_keys;
    RrPtr m_dnskey;
};

QString statusText(ldns_status status)
{
    return QString::fromUtf8(ldns_get_errorstr_by_id(status));
}

const RrListPtr &addresses()
{
    static const RrListPtr set =
        rrset({"www.example. 3600 IN A 192.0.2.1", "www.example. 3600 IN A 192.0.2.2"});
    return set;
}

} // namespace

class TestRrsigVerification : public QObject
{
    Q_OBJECT

    // Both verifiers, then the status both should have given.
    void expect(const ldns_rr_list *data, const ldns_rr_list *sigs, const ldns_rr_list *keys,
                time_t now, ldns_status expected, const char *what)
    {
        const ldns_status ours = verifyRrsigs(data, sigs, keys, now);
        const ldns_status theirs = ldns_verify_time(data, sigs, keys, now, nullptr);
        QVERIFY2(ours == theirs,
                 qPrintable(QStringLiteral("%1: ours %2, ldns %3")
                                .arg(QLatin1String(what), statusText(ours), statusText(theirs))));
        QVERIFY2(ours == expected,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1String(what), statusText(ours), statusText(expected))));
    }

private Q_SLOTS:
    void everyCachedAlgorithmVerifies_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::newRow("ECDSAP256SHA256") << int(LDNS_SIGN_ECDSAP256SHA256) << 256;
        QTest::newRow("ECDSAP384SHA384") << int(LDNS_SIGN_ECDSAP384SHA384) << 384;
        QTest::newRow("RSASHA256") << int(LDNS_SIGN_RSASHA256) << 2048;
        QTest::newRow("RSASHA512, 4096 bits") << int(LDNS_SIGN_RSASHA512) << 4096;
        QTest::newRow("RSASHA1-NSEC3-SHA1") << int(LDNS_SIGN_RSASHA1_NSEC3) << 2048;
        QTest::newRow("ED25519 (left to ldns)") << int(LDNS_SIGN_ED25519) << 256;
    }

    void everyCachedAlgorithmVerifies()
    {
        QFETCH(int, algorithm);
        QFETCH(int, bits);
        const Signer signer(static_cast<ldns_signing_algorithm>(algorithm), uint16_t(bits));
        const RrListPtr sigs = signer.sign(addresses().get());
        QCOMPARE(ldns_rr_list_rr_count(sigs.get()), size_t(1));
        // Twice: the second time the key comes from the cache.
        for (int i = 0; i < 2; ++i)
            expect(addresses().get(), sigs.get(), signer.keys().get(), during, LDNS_STATUS_OK,
                   "signed");
        RrListPtr changed =
            rrset({"www.example. 3600 IN A 192.0.2.1", "www.example. 3600 IN A 192.0.2.3"});
        expect(changed.get(), sigs.get(), signer.keys().get(), during, LDNS_STATUS_CRYPTO_BOGUS,
               "changed data");
    }

    void canonicalFormIsWhatIsSigned()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr sigs = signer.sign(addresses().get());
        // Another order, another case, a TTL counted down by a cache: the same RRset.
        RrListPtr seen =
            rrset({"WWW.Example. 1234 IN A 192.0.2.2", "www.example. 1234 IN A 192.0.2.1"});
        expect(seen.get(), sigs.get(), signer.keys().get(), during, LDNS_STATUS_OK, "reordered");
        // Larger than the buffers start with.
        RrListPtr texts(ldns_rr_list_new());
        for (int i = 0; i < 12; ++i) {
            const QByteArray text =
                "example. 3600 IN TXT \"" + QByteArray(200, char('a' + i)) + '"';
            ldns_rr_list_push_rr(texts.get(), record(text.constData()).release());
        }
        expect(texts.get(), signer.sign(texts.get()).get(), signer.keys().get(), during,
               LDNS_STATUS_OK, "2.4 kB of TXT");
        RrListPtr fewer = rrset({"www.example. 3600 IN A 192.0.2.1"});
        expect(fewer.get(), sigs.get(), signer.keys().get(), during, LDNS_STATUS_CRYPTO_BOGUS,
               "one record left out");
    }

    void wildcardAnswersUseTheWildcardOwner()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        RrListPtr wildcard = rrset({"*.example. 3600 IN A 192.0.2.9"});
        const RrListPtr sigs = signer.sign(wildcard.get());
        RrListPtr expanded = rrset({"foo.example. 3600 IN A 192.0.2.9"});
        RrListPtr sigsAtName = copyOf(sigs.get());
        ldns_rr *sig = ldns_rr_list_rr(sigsAtName.get(), 0);
        ldns_rdf_deep_free(ldns_rr_owner(sig));
        ldns_rr_set_owner(sig, ldns_dname_new_frm_str("foo.example."));
        expect(expanded.get(), sigsAtName.get(), signer.keys().get(), during, LDNS_STATUS_OK,
               "wildcard expansion");
        RrListPtr deeper = rrset({"a.b.example. 3600 IN A 192.0.2.9"});
        expect(deeper.get(), sigsAtName.get(), signer.keys().get(), during, LDNS_STATUS_OK,
               "two labels deep");
    }

    void validityPeriod()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr sigs = signer.sign(addresses().get());
        const RrListPtr keys = signer.keys();
        expect(addresses().get(), sigs.get(), keys.get(), expiration + 1,
               LDNS_STATUS_CRYPTO_SIG_EXPIRED, "expired");
        expect(addresses().get(), sigs.get(), keys.get(), inception - 1,
               LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED, "not yet valid");
        expect(addresses().get(), sigs.get(), keys.get(), expiration, LDNS_STATUS_OK,
               "last second");

        const Signer reversed(LDNS_SIGN_ECDSAP256SHA256, 256, "example.", expiration, inception);
        expect(addresses().get(), reversed.sign(addresses().get()).get(), reversed.keys().get(),
               during, LDNS_STATUS_CRYPTO_EXPIRATION_BEFORE_INCEPTION,
               "expires before its inception");

        // The signature is checked before the time: a forged, expired one is a bad signature.
        RrListPtr changed = rrset({"www.example. 3600 IN A 198.51.100.1"});
        expect(changed.get(), sigs.get(), keys.get(), expiration + 1, LDNS_STATUS_CRYPTO_BOGUS,
               "changed and expired");
    }

    // Verified signatures are remembered for the process: a remembered one still expires, and
    // any change to the data, the signature or the key is checked again and fails.
    void rememberedSignaturesAreStillChecked()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr sigs = signer.sign(addresses().get());
        const RrListPtr keys = signer.keys();
        expect(addresses().get(), sigs.get(), keys.get(), during, LDNS_STATUS_OK, "first check");
        expect(addresses().get(), sigs.get(), keys.get(), during, LDNS_STATUS_OK, "remembered");
        expect(addresses().get(), sigs.get(), keys.get(), expiration + 1,
               LDNS_STATUS_CRYPTO_SIG_EXPIRED, "remembered, then expired");

        const RrListPtr changed =
            rrset({"www.example. 3600 IN A 192.0.2.1", "www.example. 3600 IN A 192.0.2.3"});
        expect(changed.get(), sigs.get(), keys.get(), during, LDNS_STATUS_CRYPTO_BOGUS,
               "other data under a remembered signature");

        // The same signature bytes with another validity period sign something else.
        RrListPtr moved = copyOf(sigs.get());
        ldns_rr *sig = ldns_rr_list_rr(moved.get(), 0);
        ldns_rdf_deep_free(
            ldns_rr_set_rdf(sig, ldns_native2rdf_int32(LDNS_RDF_TYPE_TIME, expiration + 86400), 4));
        expect(addresses().get(), moved.get(), keys.get(), during, LDNS_STATUS_CRYPTO_BOGUS,
               "a remembered signature with a longer validity period");

        const Signer other(LDNS_SIGN_ECDSAP256SHA256, 256);
        RrListPtr otherKeys = other.keys();
        // Same tag is unlikely; a key that made no signature here must not inherit the result.
        expect(addresses().get(), sigs.get(), otherKeys.get(), during,
               LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY, "another key");
    }

    void keysThatCannotHaveSigned()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const Signer other(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr sigs = signer.sign(addresses().get());
        expect(addresses().get(), sigs.get(), other.keys().get(), during,
               LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY, "another key");
        RrListPtr none(ldns_rr_list_new());
        expect(addresses().get(), sigs.get(), none.get(), during,
               LDNS_STATUS_CRYPTO_NO_TRUSTED_DNSKEY, "no keys");
        RrListPtr both = other.keys();
        ldns_rr_list_push_rr(both.get(), ldns_rr_list_pop_rr(signer.keys().get()));
        expect(addresses().get(), sigs.get(), both.get(), during, LDNS_STATUS_OK,
               "the signing key second");
    }

    // RFC 4035 §5.3.1: a key without the zone key flag must not be used, although its signature
    // is good; ldns would accept it, unbound refuses it, and so do we.
    void onlyZoneKeysSign()
    {
        const Signer nonZone(LDNS_SIGN_ECDSAP256SHA256, 256, "example.", inception, expiration, 0);
        const RrListPtr sigs = nonZone.sign(addresses().get());
        const RrListPtr keys = nonZone.keys();
        QCOMPARE(ldns_verify_time(addresses().get(), sigs.get(), keys.get(), during, nullptr),
                 LDNS_STATUS_OK);
        QCOMPARE(verifyRrsigs(addresses().get(), sigs.get(), keys.get(), during),
                 LDNS_STATUS_CRYPTO_NO_TRUSTED_DNSKEY);

        const Signer zone(LDNS_SIGN_ECDSAP256SHA256, 256);
        RrListPtr both = nonZone.keys();
        ldns_rr_list_push_rr(both.get(), ldns_rr_list_pop_rr(zone.keys().get()));
        QCOMPARE(verifyRrsigs(addresses().get(), sigs.get(), both.get(), during),
                 LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY);
        expect(addresses().get(), zone.sign(addresses().get()).get(), both.get(), during,
               LDNS_STATUS_OK, "zone key beside a non-zone key");
    }

    void signatureOverAnotherType()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr sigs = signer.sign(addresses().get());
        RrListPtr v6 = rrset({"www.example. 3600 IN AAAA 2001:db8::1"});
        expect(v6.get(), sigs.get(), signer.keys().get(), during,
               LDNS_STATUS_CRYPTO_TYPE_COVERED_ERR, "A signature on AAAA");
    }

    void oneGoodSignatureIsEnough()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const Signer other(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr good = signer.sign(addresses().get());

        RrListPtr forged = copyOf(good.get());
        ldns_rdf *signature = ldns_rr_rrsig_sig(ldns_rr_list_rr(forged.get(), 0));
        ldns_rdf_data(signature)[5] ^= 0x40;
        expect(addresses().get(), forged.get(), signer.keys().get(), during,
               LDNS_STATUS_CRYPTO_BOGUS, "forged signature");

        RrListPtr forgedThenGood = copyOf(forged.get());
        ldns_rr_list_push_rr(forgedThenGood.get(), ldns_rr_clone(ldns_rr_list_rr(good.get(), 0)));
        expect(addresses().get(), forgedThenGood.get(), signer.keys().get(), during, LDNS_STATUS_OK,
               "forged, then good");

        RrListPtr strangerThenForged = other.sign(addresses().get());
        ldns_rr_list_push_rr(strangerThenForged.get(),
                             ldns_rr_clone(ldns_rr_list_rr(forged.get(), 0)));
        expect(addresses().get(), strangerThenForged.get(), signer.keys().get(), during,
               LDNS_STATUS_CRYPTO_BOGUS, "unknown key's, then forged");
    }

    void keyThatIsNoPoint()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        RrListPtr sigs = signer.sign(addresses().get());
        RrListPtr keys = signer.keys();
        ldns_rr *key = ldns_rr_list_rr(keys.get(), 0);
        ldns_rdf_data(ldns_rr_rdf(key, 3))[63] ^= 0x01; // y no longer fits x: off the curve
        // The signature names the damaged key, so that the key itself is tried.
        ldns_rr *sig = ldns_rr_list_rr(sigs.get(), 0);
        ldns_rdf_deep_free(ldns_rr_set_rdf(
            sig, ldns_native2rdf_int16(LDNS_RDF_TYPE_INT16, ldns_calc_keytag(key)), 6));
        expect(addresses().get(), sigs.get(), keys.get(), during, LDNS_STATUS_CRYPTO_BOGUS,
               "key off the curve");
    }

    // KeyTrap (CVE-2023-50387): forged signatures under the key's tag each cost a check. Past
    // the budget the RRset is bogus even though a good signature follows, where ldns alone
    // would go on checking; within it, the good signature still counts.
    void signatureChecksPerRrsetAreCapped_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::newRow("ECDSAP256SHA256 (cached key)") << int(LDNS_SIGN_ECDSAP256SHA256) << 256;
        QTest::newRow("ED25519 (left to ldns)") << int(LDNS_SIGN_ED25519) << 256;
    }

    void signatureChecksPerRrsetAreCapped()
    {
        QFETCH(int, algorithm);
        QFETCH(int, bits);
        const Signer signer(static_cast<ldns_signing_algorithm>(algorithm), uint16_t(bits));
        const RrListPtr good = signer.sign(addresses().get());
        const RrListPtr keys = signer.keys();
        RrPtr forged(ldns_rr_clone(ldns_rr_list_rr(good.get(), 0)));
        ldns_rdf_data(ldns_rr_rrsig_sig(forged.get()))[5] ^= 0x40;

        const auto forgedThenGood = [&](int forgeries) {
            RrListPtr sigs(ldns_rr_list_new());
            for (int i = 0; i < forgeries; ++i)
                ldns_rr_list_push_rr(sigs.get(), ldns_rr_clone(forged.get()));
            ldns_rr_list_push_rr(sigs.get(), ldns_rr_clone(ldns_rr_list_rr(good.get(), 0)));
            return sigs;
        };
        const RrListPtr within = forgedThenGood(15); // the 16th check is the good one
        QCOMPARE(statusText(verifyRrsigs(addresses().get(), within.get(), keys.get(), during)),
                 statusText(LDNS_STATUS_OK));
        const RrListPtr beyond = forgedThenGood(16);
        QCOMPARE(statusText(verifyRrsigs(addresses().get(), beyond.get(), keys.get(), during)),
                 statusText(LDNS_STATUS_CRYPTO_BOGUS));
        // What ldns alone says: the cap, not the signatures, makes the difference.
        QCOMPARE(statusText(ldns_verify_time(addresses().get(), beyond.get(), keys.get(), during,
                                             nullptr)),
                 statusText(LDNS_STATUS_OK));
    }

    // Keys sharing the signature's tag each cost a check too (KeyTrap's other half). Tags are
    // forged here by publishing the same key many times, which keeps the tag.
    void keysUnderOneTagAreCapped()
    {
        const Signer signer(LDNS_SIGN_ECDSAP256SHA256, 256);
        const RrListPtr good = signer.sign(addresses().get());
        RrPtr forged(ldns_rr_clone(ldns_rr_list_rr(good.get(), 0)));
        ldns_rdf_data(ldns_rr_rrsig_sig(forged.get()))[5] ^= 0x40;
        RrListPtr sigs(ldns_rr_list_new());
        ldns_rr_list_push_rr(sigs.get(), forged.release());
        ldns_rr_list_push_rr(sigs.get(), ldns_rr_clone(ldns_rr_list_rr(good.get(), 0)));
        RrListPtr keys(ldns_rr_list_new());
        for (int i = 0; i < 16; ++i) // the forged signature alone spends all 16 checks
            ldns_rr_list_push_rr(keys.get(),
                                 ldns_rr_clone(ldns_rr_list_rr(signer.keys().get(), 0)));
        QCOMPARE(statusText(verifyRrsigs(addresses().get(), sigs.get(), keys.get(), during)),
                 statusText(LDNS_STATUS_CRYPTO_BOGUS));
        ldns_rr_free(ldns_rr_list_pop_rr(keys.get()));
        ldns_rr_free(ldns_rr_list_pop_rr(keys.get())); // 14: forged 14 checks, then good
        QCOMPARE(statusText(verifyRrsigs(addresses().get(), sigs.get(), keys.get(), during)),
                 statusText(LDNS_STATUS_OK));
    }
};

QTEST_GUILESS_MAIN(TestRrsigVerification)
#include "test_rrsig_verification.moc"

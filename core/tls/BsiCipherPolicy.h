#pragma once

#include <QString>

namespace sts::tls {

// How BSI TR-02102-2 ("Kryptographische Verfahren: Verwendung von Transport Layer Security",
// version 2025-01, the newest known here) rates a negotiated protocol and cipher suite. The
// runbook's BSI TR-03108 checklist and the pre-flight take the rating from here, so they cannot
// disagree.
enum class BsiRating {
    Recommended,    // TLS 1.2/1.3 suite listed in TR-02102-2 (tables 1 and 4 of section 3.3)
    Acceptable,     // not listed, but forward secret and without a weak primitive (AES-CBC with
                    // HMAC-SHA1, ChaCha20-Poly1305): tolerable for a transition, worth changing
    NotRecommended, // TLS 1.1 or older, no forward secrecy, 3DES/RC4/NULL/anonymous/export, CCM_8
};

struct BsiCipherRating
{
    BsiRating rating = BsiRating::NotRecommended;
    QString ianaName; // "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" when known, else the name given
    QString reason;   // translated: why this rating
};

// "recommended", "acceptable", "not-recommended" (the stored, untranslated form).
QString toKey(BsiRating rating);
// The inverse of toKey(); anything unknown reads as not recommended.
BsiRating bsiRatingFromKey(const QString &key);
// For people: "recommended", "acceptable", "not recommended" (translated).
QString displayName(BsiRating rating);
// The guideline the ratings follow, for evidence ("BSI TR-02102-2 (2025-01)").
QString bsiGuideline();

// `protocol` as the probe records it ("TLSv1.2", "TLSv1.3", "TLSv1"), `cipher` as OpenSSL names it
// ("ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_128_GCM_SHA256") or its IANA name.
BsiCipherRating rateCipherSuite(const QString &protocol, const QString &cipher);

} // namespace sts::tls

#include "tls/BsiCipherPolicy.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sts::tls {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls", text); // lupdate: helpers in sts::tls
}

struct Suite
{
    const char *openssl;
    const char *iana;
};

// TR-02102-2 (2025-01), table 1 (TLS 1.2, forward secret key exchange; the PSK suites are left
// out: SMTP never negotiates them) and table 4 (TLS 1.3).
constexpr std::array kRecommended{
    Suite{"ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"},
    Suite{"ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"},
    Suite{"ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"},
    Suite{"ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"},
    Suite{"ECDHE-ECDSA-AES128-CCM", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM"},
    Suite{"ECDHE-ECDSA-AES256-CCM", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM"},
    Suite{"ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"},
    Suite{"ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"},
    Suite{"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"},
    Suite{"ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"},
    Suite{"DHE-RSA-AES128-SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"},
    Suite{"DHE-RSA-AES256-SHA256", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"},
    Suite{"DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"},
    Suite{"DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"},
    Suite{"DHE-RSA-AES128-CCM", "TLS_DHE_RSA_WITH_AES_128_CCM"},
    Suite{"DHE-RSA-AES256-CCM", "TLS_DHE_RSA_WITH_AES_256_CCM"},
    Suite{"TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"},
    Suite{"TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"},
    Suite{"TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_SHA256"},
};

// Suites a server may negotiate that are forward secret and use no weak primitive, but are not
// in the guideline's tables: SHA-1 as MAC of the CBC suites, ChaCha20-Poly1305 (not assessed by
// BSI).
constexpr std::array kAcceptable{
    Suite{"ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"},
    Suite{"ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"},
    Suite{"ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"},
    Suite{"ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"},
    Suite{"DHE-RSA-AES128-SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA"},
    Suite{"DHE-RSA-AES256-SHA", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA"},
    Suite{"ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"},
    Suite{"ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"},
    Suite{"DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"},
    Suite{"TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256"},
};

template <std::size_t N> const Suite *lookup(const std::array<Suite, N> &table, const QString &name)
{
    for (const Suite &suite : table)
        if (name == QLatin1String(suite.openssl) || name == QLatin1String(suite.iana))
            return &suite;
    return nullptr;
}

bool isTls13Suite(QLatin1String iana)
{
    return iana.startsWith(QLatin1String("TLS_AES_")) ||
           iana.startsWith(QLatin1String("TLS_CHACHA20"));
}

} // namespace

QString toKey(BsiRating rating)
{
    switch (rating) {
    case BsiRating::Recommended:
        return u"recommended"_s;
    case BsiRating::Acceptable:
        return u"acceptable"_s;
    case BsiRating::NotRecommended:
        break;
    }
    return u"not-recommended"_s;
}

QString displayName(BsiRating rating)
{
    switch (rating) {
    case BsiRating::Recommended:
        return tr("recommended");
    case BsiRating::Acceptable:
        return tr("acceptable");
    case BsiRating::NotRecommended:
        break;
    }
    return tr("not recommended");
}

BsiRating bsiRatingFromKey(const QString &key)
{
    if (key == u"recommended"_s)
        return BsiRating::Recommended;
    return key == u"acceptable"_s ? BsiRating::Acceptable : BsiRating::NotRecommended;
}

QString bsiGuideline()
{
    return u"BSI TR-02102-2 (2025-01)"_s;
}

BsiCipherRating rateCipherSuite(const QString &protocol, const QString &cipher)
{
    const QString name = cipher.trimmed();
    BsiCipherRating out;
    out.ianaName = name;
    const Suite *recommended = lookup(kRecommended, name);
    const Suite *acceptable = recommended ? nullptr : lookup(kAcceptable, name);
    if (const Suite *known = recommended ? recommended : acceptable)
        out.ianaName = QString::fromLatin1(known->iana);
    const bool tls13 = protocol == u"TLSv1.3"_s;
    if (protocol != u"TLSv1.2"_s && !tls13) {
        // TR-02102-2 section 3.2: TLS 1.0 and 1.1 are not recommended, whatever the suite.
        out.reason = tr("%1 is not recommended; only TLS 1.2 and TLS 1.3 are.").arg(protocol);
        return out;
    }
    // A TLS 1.3 suite names no key exchange, a TLS 1.2 suite does: a suite of the other
    // version's form cannot have been negotiated, so it is not rated as good.
    if (const Suite *known = recommended ? recommended : acceptable;
        known && tls13 != isTls13Suite(QLatin1String(known->iana))) {
        out.reason = tr("%1 is not a %2 cipher suite.").arg(name, protocol);
        return out;
    }
    if (recommended) {
        out.rating = BsiRating::Recommended;
        out.reason = tr("Recommended by %1.").arg(bsiGuideline());
    } else if (acceptable) {
        out.rating = BsiRating::Acceptable;
        out.reason =
            tr("Forward secret, but not among the suites %1 recommends.").arg(bsiGuideline());
    } else {
        out.reason = tr("Not among the suites %1 recommends, and without forward secrecy or with "
                        "a weak algorithm.")
                         .arg(bsiGuideline());
    }
    return out;
}

} // namespace sts::tls

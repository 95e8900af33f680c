#pragma once

#include "util/MessageText.h"

#include <QJsonObject>
#include <QString>

namespace sts::dns {

// RFC 4035 §4.3 states, as a validator would give them for one (name, type).
enum class Security { Secure, Insecure, Bogus, Indeterminate };

// Why a chain is bogus: the first failure found walking down from the trust anchor.
enum class BogusReason {
    None,
    SignatureExpired,
    SignatureNotYetValid,
    NoMatchingDnskey, // the parent's DS (or the anchor) matches no DNSKEY of the zone
    NoDnskey,         // a signed delegation whose zone publishes no DNSKEY
    BadSignature,     // a signature that does not verify with the zone's keys
    MissingSignature, // data from a signed zone without an RRSIG by that zone
    UnsignedDenial,   // a negative answer from a signed zone without NSEC/NSEC3
    InvalidDenial,    // NSEC/NSEC3 present but they do not prove the denial
};

struct DnssecVerdict
{
    Security security = Security::Indeterminate;
    BogusReason reason = BogusReason::None;
    QString zone;   // the closest zone of the walk (signer zone, insecure cut, or failing zone)
    QString detail; // technical detail (ldns status, failing RRset) for logs and experts

    bool isSecure() const { return security == Security::Secure; }
    // Translated one-liner: "secure", "bogus: signature expired (zone expired.test.)" ...
    QString describe(TextLanguage language = TextLanguage::Translated) const;

    static DnssecVerdict secure(const QString &zone)
    {
        return {Security::Secure, BogusReason::None, zone, {}};
    }
    static DnssecVerdict insecure(const QString &zone, const QString &detail = {})
    {
        return {Security::Insecure, BogusReason::None, zone, detail};
    }
    static DnssecVerdict bogus(BogusReason reason, const QString &zone, const QString &detail)
    {
        return {Security::Bogus, reason, zone, detail};
    }
    static DnssecVerdict indeterminate(const QString &detail)
    {
        return {Security::Indeterminate, BogusReason::None, {}, detail};
    }

    // Stable names used in JSON and the CLI: "secure", "insecure", "bogus", "indeterminate";
    // reasons "signature-expired", "signature-not-yet-valid", "no-matching-dnskey", ...
    static QString securityName(Security security);
    static Security securityFromName(const QString &name);
    static QString reasonName(BogusReason reason);
    static BogusReason reasonFromName(const QString &name);
    static QString translatedSecurity(Security security,
                                      TextLanguage language = TextLanguage::Translated);
    static QString translatedReason(BogusReason reason,
                                    TextLanguage language = TextLanguage::Translated);

    QJsonObject toJson() const;
    static DnssecVerdict fromJson(const QJsonObject &json);

    bool operator==(const DnssecVerdict &) const = default;
};

// The weaker of two verdicts along one chain (CNAME links, address RRsets of one host):
// bogus beats indeterminate beats insecure beats secure.
DnssecVerdict weakest(const DnssecVerdict &a, const DnssecVerdict &b);

} // namespace sts::dns

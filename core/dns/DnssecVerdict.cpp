#include "DnssecVerdict.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

const std::array<std::pair<Security, const char *>, 4> kSecurityNames{{
    {Security::Secure, "secure"},
    {Security::Insecure, "insecure"},
    {Security::Bogus, "bogus"},
    {Security::Indeterminate, "indeterminate"},
}};

const std::array<std::pair<BogusReason, const char *>, 9> kReasonNames{{
    {BogusReason::None, ""},
    {BogusReason::SignatureExpired, "signature-expired"},
    {BogusReason::SignatureNotYetValid, "signature-not-yet-valid"},
    {BogusReason::NoMatchingDnskey, "no-matching-dnskey"},
    {BogusReason::NoDnskey, "no-dnskey"},
    {BogusReason::BadSignature, "bad-signature"},
    {BogusReason::MissingSignature, "missing-signature"},
    {BogusReason::UnsignedDenial, "unsigned-denial"},
    {BogusReason::InvalidDenial, "invalid-denial"},
}};

QString verdictText(TextLanguage language, const char *source)
{
    return messageText("sts::dns::DnssecVerdict", source, language);
}

int rank(Security s)
{
    switch (s) {
    case Security::Secure:
        return 0;
    case Security::Insecure:
        return 1;
    case Security::Indeterminate:
        return 2;
    case Security::Bogus:
        return 3;
    }
    return 2;
}

} // namespace

QString DnssecVerdict::securityName(Security security)
{
    for (const auto &[value, name] : kSecurityNames)
        if (value == security)
            return QString::fromLatin1(name);
    return u"indeterminate"_s;
}

Security DnssecVerdict::securityFromName(const QString &name)
{
    for (const auto &[value, text] : kSecurityNames)
        if (name == QLatin1String(text))
            return value;
    return Security::Indeterminate;
}

QString DnssecVerdict::reasonName(BogusReason reason)
{
    for (const auto &[value, name] : kReasonNames)
        if (value == reason)
            return QString::fromLatin1(name);
    return {};
}

BogusReason DnssecVerdict::reasonFromName(const QString &name)
{
    for (const auto &[value, text] : kReasonNames)
        if (name == QLatin1String(text))
            return value;
    return BogusReason::None;
}

QString DnssecVerdict::translatedSecurity(Security security, TextLanguage language)
{
    switch (security) {
    case Security::Secure:
        return verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "secure"));
    case Security::Insecure:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "insecure (not signed)"));
    case Security::Bogus:
        return verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "bogus"));
    case Security::Indeterminate:
        return verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "indeterminate"));
    }
    return {};
}

QString DnssecVerdict::translatedReason(BogusReason reason, TextLanguage language)
{
    switch (reason) {
    case BogusReason::None:
        return {};
    case BogusReason::SignatureExpired:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "signature expired"));
    case BogusReason::SignatureNotYetValid:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "signature not yet valid"));
    case BogusReason::NoMatchingDnskey:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict",
                                             "no DNSKEY matches the DS of the parent zone"));
    case BogusReason::NoDnskey:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict",
                                             "signed delegation but the zone has no DNSKEY"));
    case BogusReason::BadSignature:
        return verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "bad signature"));
    case BogusReason::MissingSignature:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "missing signature"));
    case BogusReason::UnsignedDenial:
        return verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict",
                                                       "negative answer without NSEC/NSEC3 proof"));
    case BogusReason::InvalidDenial:
        return verdictText(language,
                           QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict",
                                             "NSEC/NSEC3 records do not prove the denial"));
    }
    return {};
}

QString DnssecVerdict::describe(TextLanguage language) const
{
    QString out = translatedSecurity(security, language);
    if (security == Security::Bogus)
        out = verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", "%1: %2"))
                  .arg(out, translatedReason(reason, language));
    if (!zone.isEmpty())
        out += verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", " (zone %1)"))
                   .arg(zone);
    if (security == Security::Indeterminate && !detail.isEmpty())
        out +=
            verdictText(language, QT_TRANSLATE_NOOP("sts::dns::DnssecVerdict", ": %1")).arg(detail);
    return out;
}

QJsonObject DnssecVerdict::toJson() const
{
    QJsonObject json{{u"security"_s, securityName(security)}};
    if (reason != BogusReason::None)
        json.insert(u"reason"_s, reasonName(reason));
    if (!zone.isEmpty())
        json.insert(u"zone"_s, zone);
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    return json;
}

DnssecVerdict DnssecVerdict::fromJson(const QJsonObject &json)
{
    return {securityFromName(json.value(u"security"_s).toString()),
            reasonFromName(json.value(u"reason"_s).toString()), json.value(u"zone"_s).toString(),
            json.value(u"detail"_s).toString()};
}

DnssecVerdict weakest(const DnssecVerdict &a, const DnssecVerdict &b)
{
    return rank(b.security) > rank(a.security) ? b : a;
}

} // namespace sts::dns

#include "probe/ProbeResult.h"

#include "tls/BsiCipherPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::tls {

QString toKey(AddressProbe::Stage stage)
{
    switch (stage) {
    case AddressProbe::Stage::Resolve:
        return u"resolve"_s;
    case AddressProbe::Stage::Connect:
        return u"connect"_s;
    case AddressProbe::Stage::Banner:
        return u"banner"_s;
    case AddressProbe::Stage::Ehlo:
        return u"ehlo"_s;
    case AddressProbe::Stage::Starttls:
        return u"starttls"_s;
    case AddressProbe::Stage::Handshake:
        return u"handshake"_s;
    case AddressProbe::Stage::Quit:
        return u"quit"_s;
    case AddressProbe::Stage::Done:
        return u"done"_s;
    }
    return {};
}

QString toKey(LegacyProtocolCheck::Outcome outcome)
{
    switch (outcome) {
    case LegacyProtocolCheck::Outcome::Refused:
        return u"refused"_s;
    case LegacyProtocolCheck::Outcome::Accepted:
        return u"accepted"_s;
    case LegacyProtocolCheck::Outcome::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString describeLegacyOutcome(const QString &key)
{
    if (key == u"refused"_s)
        return QCoreApplication::translate("sts::tls::LegacyProtocolCheck", "refused");
    if (key == u"accepted"_s)
        return QCoreApplication::translate("sts::tls::LegacyProtocolCheck", "accepted");
    return QCoreApplication::translate("sts::tls::LegacyProtocolCheck", "not known");
}

QJsonObject LegacyProtocolCheck::toJson() const
{
    QJsonObject json{{u"protocol"_s, protocol}, {u"outcome"_s, toKey(outcome)}};
    if (!cipher.isEmpty())
        json.insert(u"cipher"_s, cipher);
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    return json;
}

QString AddressProbe::verdict() const
{
    if (protocol == Protocol::Smtp && !starttlsOffered && stage >= Stage::Ehlo &&
        errorCode.isEmpty())
        return u"starttls-not-supported"_s;
    if (!tlsEstablished) {
        // A server that offered STARTTLS and then failed the handshake is what senders report
        // as a validation failure; anything earlier is not a TLS outcome at all.
        return stage >= Stage::Handshake ? u"validation-failure"_s : u"error"_s;
    }
    // DANE, when published, is what a DANE sender uses instead of WebPKI (RFC 7672 §2.2).
    if (dane)
        return dane->matched ? u"ok"_s : dane->failureType();
    return verification.ok() ? u"ok"_s : verification.failureType();
}

QJsonObject AddressProbe::toJson() const
{
    QJsonObject json{{u"protocol"_s, protocol == Protocol::Smtp ? u"smtp"_s : u"https"_s},
                     {u"host"_s, host},
                     {u"address"_s, address},
                     {u"port"_s, port},
                     {u"verdict"_s, verdict()},
                     {u"stage"_s, toKey(stage)},
                     {u"elapsedMs"_s, elapsedMs}};
    if (protocol == Protocol::Smtp) {
        json.insert(u"banner"_s, QJsonArray::fromStringList(banner));
        json.insert(u"ehlo"_s, QJsonArray::fromStringList(ehlo));
        json.insert(u"starttlsOffered"_s, starttlsOffered);
    }
    json.insert(u"tlsEstablished"_s, tlsEstablished);
    if (tlsEstablished) {
        json.insert(u"tlsProtocol"_s, tlsProtocol);
        json.insert(u"cipher"_s, cipher);
        const BsiCipherRating bsi = rateCipherSuite(tlsProtocol, cipher);
        json.insert(u"bsi"_s, QJsonObject{{u"guideline"_s, bsiGuideline()},
                                          {u"rating"_s, toKey(bsi.rating)},
                                          {u"suite"_s, bsi.ianaName},
                                          {u"reason"_s, bsi.reason}});
        QJsonArray certificates;
        for (const Certificate &c : chain.certificates())
            certificates.append(
                QJsonObject{{u"subject"_s, c.subject()},
                            {u"issuer"_s, c.issuer()},
                            {u"dnsNames"_s, QJsonArray::fromStringList(c.dnsNames())},
                            {u"notAfter"_s, c.notAfter().toString(Qt::ISODate)},
                            {u"sha256"_s, QString::fromLatin1(c.sha256().toHex())},
                            {u"spkiSha256"_s, QString::fromLatin1(c.spkiSha256().toHex())},
                            // Public data; kept so that stored results can be re-verified
                            // (certificate inventory, coverage) without probing again.
                            {u"der"_s, QString::fromLatin1(c.der().toBase64())}});
        json.insert(u"chain"_s, certificates);
        json.insert(u"pkix"_s, verification.toJson());
    }
    if (dane)
        json.insert(u"dane"_s, dane->toJson());
    if (!legacyProtocols.isEmpty()) {
        QJsonArray legacy;
        for (const LegacyProtocolCheck &check : legacyProtocols)
            legacy.append(check.toJson());
        json.insert(u"legacyProtocols"_s, legacy);
    }
    if (!errorCode.isEmpty()) {
        json.insert(u"errorCode"_s, errorCode);
        json.insert(u"error"_s, error);
    }
    return json;
}

bool ProbeReport::allOk() const
{
    return !cancelled && !addresses.isEmpty() &&
           std::all_of(addresses.cbegin(), addresses.cend(),
                       [](const AddressProbe &a) { return a.ok(); });
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray list;
    for (const AddressProbe &a : addresses)
        list.append(a.toJson());
    return {{u"addresses"_s, list}, {u"allOk"_s, allOk()}, {u"cancelled"_s, cancelled}};
}

} // namespace sts::tls

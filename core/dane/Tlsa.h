#pragma once

#include "tls/Certificate.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sts::dane {

// RFC 6698 / RFC 7218 field values.
enum class Usage : quint8 { PkixTa = 0, PkixEe = 1, DaneTa = 2, DaneEe = 3 };
enum class Selector : quint8 { FullCertificate = 0, Spki = 1 };
enum class MatchingType : quint8 { Exact = 0, Sha256 = 1, Sha512 = 2 };

// One TLSA record's data: "3 1 1 <hex>".
struct TlsaRecord
{
    quint8 usage = 3;
    quint8 selector = 1;
    quint8 matchingType = 1;
    QByteArray data; // raw bytes (digest or DER)

    // The record for `certificate`: e.g. (DaneEe, Spki, Sha256) for the leaf = "3 1 1".
    static TlsaRecord fromCertificate(const tls::Certificate &certificate, Usage usage,
                                      Selector selector, MatchingType matchingType);
    // From a digest computed elsewhere (a staged key's SPKI SHA-256).
    static TlsaRecord fromSpkiSha256(const QByteArray &digest, Usage usage = Usage::DaneEe);
    // "3 1 1 0a1b..." (presentation form; blanks inside the hex are accepted, as in zone files).
    static Result<TlsaRecord> parse(const QString &text);

    // Rejects what must never be published or trusted: unknown usage/selector/matching type,
    // digests of the wrong length, and the SHA-256/SHA-512 of empty input (a classic scripting
    // error, RFC 7671 §5.1 and our spec notes).
    Status validate() const;
    // Usages 0 and 1 are not used with SMTP (RFC 7672 §3.1.3): such records are "unusable".
    bool isUsableForSmtp() const;

    QString toString() const;                                    // "3 1 1 0a1b..."
    QString ownerName(const QString &host, int port = 25) const; // "_25._tcp.mx1.example.com."
    QString zoneLine(const QString &host, int ttl, int port = 25) const;
    QJsonObject toJson() const;
    bool operator==(const TlsaRecord &) const = default;
};

} // namespace sts::dane

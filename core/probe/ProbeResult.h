#pragma once

#include "dane/DaneMatcher.h"
#include "tls/ChainVerifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sts::tls {

// Whether a server agreed to a retired protocol version (TLS 1.0, 1.1) when offered nothing else.
// "unknown" when the check did not get that far (no connection, timeout, cancelled): only an answer
// of the server is evidence either way.
struct LegacyProtocolCheck
{
    enum class Outcome { Refused, Accepted, Unknown };

    QString protocol; // "TLSv1", "TLSv1.1"
    Outcome outcome = Outcome::Unknown;
    QString cipher; // OpenSSL's name, when accepted
    QString detail; // translated: what the server said, or why nothing is known

    QJsonObject toJson() const;
};

QString toKey(LegacyProtocolCheck::Outcome outcome);
// For people: "refused", "accepted", "not known" (translated), from the stored key too.
QString describeLegacyOutcome(const QString &key);

// What one probe of one address found. The verdict uses RFC 8460 result types so that probes
// and received TLS reports can be compared directly; failures that senders never report (the
// host is unreachable, the server talks garbage) have the verdict "error" and an errorCode.
struct AddressProbe
{
    enum class Protocol { Smtp, Https };
    enum class Stage { Resolve, Connect, Banner, Ehlo, Starttls, Handshake, Quit, Done };

    Protocol protocol = Protocol::Smtp;
    QString host;    // the MX (or policy) host name: SNI and the name checked
    QString address; // the IP address probed
    quint16 port = 25;

    Stage stage = Stage::Connect; // the last stage reached
    QStringList banner;           // 220 greeting lines (text after the code)
    QStringList ehlo;             // EHLO reply lines
    bool starttlsOffered = false;
    bool tlsEstablished = false;
    QString tlsProtocol; // "TLSv1.3"
    QString cipher;      // "TLS_AES_256_GCM_SHA384"
    CertificateChain chain;
    ChainVerification verification;
    std::optional<dane::DaneResult> dane; // set when TLSA records were given
    // SMTP with STARTTLS offered: TLS 1.0 and 1.1 offered alone (BSI TR-02102-2, RFC 8996).
    QList<LegacyProtocolCheck> legacyProtocols;
    qint64 elapsedMs = 0;

    QString errorCode; // "timeout", "refused", "protocol", "line-too-long", "response-too-large",
                       // "closed", "tls-handshake", "resolve", "cancelled"; empty when none
    QString error;     // translated detail

    // "ok", an RFC 8460 result type, or "error".
    QString verdict() const;
    bool ok() const { return verdict() == QStringLiteral("ok"); }
    QJsonObject toJson() const;
};

QString toKey(AddressProbe::Stage stage);

struct ProbeReport
{
    QList<AddressProbe> addresses;
    bool cancelled = false;

    bool allOk() const;
    QJsonObject toJson() const;
};

} // namespace sts::tls

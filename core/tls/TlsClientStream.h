#pragma once

#include "tls/Certificate.h"
#include "tls/LegacyTlsVersion.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace sts::tls {

// A TLS client connection driven by bytes: the caller moves what the server sent in with feed()
// and sends what takeOutgoing() returns, on whatever socket it owns. No socket and no blocking, so
// the probe keeps its event-driven session with its step timer and caps, and the policy fetch its
// blocking loop with deadlines and cancellation.
//
// Nothing is verified here: the served chain is handed out as parsed by the handshake, and the
// caller judges it (ChainVerifier: injectable trust store and clock, RFC 6125 names, RFC 8460
// verdicts). Why OpenSSL directly and not QSslSocket:
// - a monitor run makes two handshakes per customer, and QSslSocket spent half of their CPU on
//   its own bookkeeping: a new SSL_CTX per socket, a copy (a full re-parse with OpenSSL 3.0) of
//   every served certificate, the ephemeral key encoded and decoded again. Here the context is
//   shared and each certificate is parsed once, by the handshake itself;
// - OpenSSL 3 refuses TLS 1.0 and 1.1 at its default security level (the MD5/SHA-1 handshake
//   signatures need level 0), and Qt offers no way to lower it for the legacy protocol check.
class TlsClientStream
{
public:
    enum class State { Handshaking, Established, Failed };

    // A sender's client (TLS 1.2 or later, OpenSSL's defaults), or with `only` a handshake that
    // offers exactly that old version and nothing else (the legacy protocol check). SNI is
    // `serverName` unless it is an address literal (RFC 6066 §3).
    explicit TlsClientStream(const QString &serverName,
                             std::optional<LegacyTlsVersion> only = std::nullopt);
    ~TlsClientStream();
    TlsClientStream(const TlsClientStream &) = delete;
    TlsClientStream &operator=(const TlsClientStream &) = delete;

    // Builds the ClientHello (then takeOutgoing()); Failed when this OpenSSL cannot offer the
    // requested version at all: error() says so and unsupportedHere() is true.
    State start();
    // Bytes from the server: the handshake moves on, or, once established, they are decrypted
    // for takePlaintext().
    State feed(const QByteArray &fromServer);
    QByteArray takeOutgoing();
    // Once established: encrypts `plaintext` for takeOutgoing(). False when the connection failed.
    bool write(const QByteArray &plaintext);
    QByteArray takePlaintext();
    // The server ended the connection with a close_notify alert.
    bool peerClosed() const { return m_peerClosed; }

    State state() const { return m_state; }
    bool unsupportedHere() const { return m_unsupportedHere; }
    QString error() const
    {
        return m_error;
    } // OpenSSL's reasons, e.g. "tlsv1 alert protocol version"
    QString protocol() const { return m_protocol; } // "TLSv1.3", once established
    QString cipher() const { return m_cipher; }     // OpenSSL's name, once established
    // The chain as served (leaf first), once established; empty if the server sent none.
    QList<Certificate> peerChain() const;

private:
    State handshake();
    State fail();
    void readPlaintext();

    struct OpenSsl;
    std::unique_ptr<OpenSsl> m_ssl;
    std::optional<LegacyTlsVersion> m_only;
    QString m_serverName;
    State m_state = State::Handshaking;
    bool m_unsupportedHere = false;
    bool m_peerClosed = false;
    QString m_error;
    QString m_protocol;
    QString m_cipher;
    QByteArray m_plaintext;
};

} // namespace sts::tls

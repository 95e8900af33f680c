#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace sts::tls {

// The protocol versions TR-02102-2 and RFC 8996 retire; the probe asks each server whether it still
// accepts them.
enum class LegacyTlsVersion { Tls10, Tls11 };

// "TLSv1" / "TLSv1.1": the names OpenSSL and the probe's tlsProtocol use.
QString toKey(LegacyTlsVersion version);

// A TLS client handshake that offers exactly one old protocol version, driven by bytes: the caller
// moves what the server sent in with feed() and sends what takeOutgoing() returns. No socket and no
// blocking, so the probe keeps its event-driven session, its step timer and its caps.
//
// Why OpenSSL directly and not QSslSocket: OpenSSL 3 refuses TLS 1.0 and 1.1 at its default
// security level (the MD5/SHA-1 handshake signatures need level 0), and Qt offers no way to lower
// it. Nothing is verified or sent through the connection: the only question is whether the server
// agrees.
class LegacyTlsHandshake
{
public:
    enum class State { InProgress, Established, Failed };

    LegacyTlsHandshake(LegacyTlsVersion version, const QString &serverName);
    ~LegacyTlsHandshake();
    LegacyTlsHandshake(const LegacyTlsHandshake &) = delete;
    LegacyTlsHandshake &operator=(const LegacyTlsHandshake &) = delete;

    // Builds the ClientHello (then takeOutgoing()); Failed when this OpenSSL cannot offer the
    // version at all (built without it): error() says so and unsupportedHere() is true.
    State start();
    State feed(const QByteArray &fromServer);
    QByteArray takeOutgoing();

    State state() const { return m_state; }
    bool unsupportedHere() const { return m_unsupportedHere; }
    QString error() const
    {
        return m_error;
    } // OpenSSL's reasons, e.g. "tlsv1 alert protocol version"
    QString protocol() const { return m_protocol; } // once Established
    QString cipher() const { return m_cipher; }     // OpenSSL's name, once Established

private:
    State step();

    struct OpenSsl;
    std::unique_ptr<OpenSsl> m_ssl;
    LegacyTlsVersion m_version;
    QString m_serverName;
    State m_state = State::InProgress;
    bool m_unsupportedHere = false;
    QString m_error;
    QString m_protocol;
    QString m_cipher;
};

} // namespace sts::tls

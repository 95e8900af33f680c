#include "tls/LegacyTlsHandshake.h"

#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <openssl/bio.h>
#include <openssl/ssl.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

QString toKey(LegacyTlsVersion version)
{
    return version == LegacyTlsVersion::Tls10 ? u"TLSv1"_s : u"TLSv1.1"_s;
}

struct LegacyTlsHandshake::OpenSsl
{
    SSL_CTX *ctx = nullptr;
    SSL *ssl = nullptr; // owns both BIOs
    BIO *in = nullptr;  // what the server sent, for OpenSSL to read
    BIO *out = nullptr; // what OpenSSL wants sent

    ~OpenSsl()
    {
        SSL_free(ssl);
        SSL_CTX_free(ctx);
    }
};

LegacyTlsHandshake::LegacyTlsHandshake(LegacyTlsVersion version, const QString &serverName)
    : m_ssl(std::make_unique<OpenSsl>()), m_version(version), m_serverName(serverName)
{}

LegacyTlsHandshake::~LegacyTlsHandshake() = default;

LegacyTlsHandshake::State LegacyTlsHandshake::start()
{
    clearOpenSslErrors();
    const int version = m_version == LegacyTlsVersion::Tls10 ? TLS1_VERSION : TLS1_1_VERSION;
    OpenSsl &o = *m_ssl;
    o.ctx = SSL_CTX_new(TLS_client_method());
    if (o.ctx) {
        // Level 0 and every cipher: the server's answer decides, not our client's policy.
        SSL_CTX_set_security_level(o.ctx, 0);
        SSL_CTX_set_verify(o.ctx, SSL_VERIFY_NONE, nullptr);
    }
    if (!o.ctx || SSL_CTX_set_min_proto_version(o.ctx, version) != 1 ||
        SSL_CTX_set_max_proto_version(o.ctx, version) != 1 ||
        SSL_CTX_set_cipher_list(o.ctx, "ALL:@SECLEVEL=0") != 1 || !(o.ssl = SSL_new(o.ctx))) {
        m_unsupportedHere = true;
        m_error = QCoreApplication::translate("sts::tls::LegacyTlsHandshake",
                                              "This OpenSSL cannot offer %1: %2")
                      .arg(toKey(m_version), drainOpenSslErrors());
        return m_state = State::Failed;
    }
    o.in = BIO_new(BIO_s_mem());
    o.out = BIO_new(BIO_s_mem());
    SSL_set_bio(o.ssl, o.in, o.out);
    SSL_set_connect_state(o.ssl);
    // SNI as a sender sends it; never for an address literal (RFC 6066 §3).
    if (QHostAddress(m_serverName).isNull() && !m_serverName.isEmpty())
        SSL_set_tlsext_host_name(o.ssl, m_serverName.toLatin1().constData());
    return step();
}

LegacyTlsHandshake::State LegacyTlsHandshake::feed(const QByteArray &fromServer)
{
    if (m_state != State::InProgress || fromServer.isEmpty())
        return m_state;
    BIO_write(m_ssl->in, fromServer.constData(), int(fromServer.size()));
    return step();
}

QByteArray LegacyTlsHandshake::takeOutgoing()
{
    QByteArray out;
    if (!m_ssl->out)
        return out;
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(m_ssl->out, buffer, int(sizeof buffer))) > 0)
        out.append(buffer, n);
    return out;
}

LegacyTlsHandshake::State LegacyTlsHandshake::step()
{
    const int result = SSL_do_handshake(m_ssl->ssl);
    if (result == 1) {
        m_protocol = QString::fromLatin1(SSL_get_version(m_ssl->ssl));
        m_cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(m_ssl->ssl)));
        return m_state = State::Established;
    }
    if (SSL_get_error(m_ssl->ssl, result) == SSL_ERROR_WANT_READ)
        return m_state = State::InProgress;
    m_error = drainOpenSslErrors();
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("sts::tls::LegacyTlsHandshake",
                                              "the handshake failed without a reason");
    return m_state = State::Failed;
}

} // namespace sts::tls

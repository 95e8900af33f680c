#include "tls/TlsClientStream.h"

#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <openssl/bio.h>
#include <openssl/ssl.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::TlsClientStream", text);
}

// The caller verifies the served chain itself (ChainVerifier); OpenSSL's own verification, run
// even under SSL_VERIFY_NONE, would only build a path against an empty store and be ignored.
int acceptChain(X509_STORE_CTX *, void *)
{
    return 1;
}

// One context for every sender-like connection of the process: with OpenSSL 3.0 a new context
// fetches every algorithm again, which a monitor run over hundreds of customers paid per
// handshake. SSL_new() on a shared, no longer modified context is thread-safe.
SSL_CTX *senderContext()
{
    static SSL_CTX *const context = [] {
        SSL_CTX *c = SSL_CTX_new(TLS_client_method());
        if (!c)
            return c;
        SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION);
        SSL_CTX_set_verify(c, SSL_VERIFY_NONE, nullptr);
        SSL_CTX_set_cert_verify_callback(c, acceptChain, nullptr);
        // Every connection makes a full handshake: a resumed session shows no certificate.
        SSL_CTX_set_session_cache_mode(c, SSL_SESS_CACHE_OFF);
        SSL_CTX_set_options(c, SSL_OP_NO_TICKET);
        return c;
    }();
    return context;
}

// A context offering exactly one old version at security level 0 with every cipher: the
// server's answer decides, not our client's policy. Rarely used, so made per handshake.
SSL_CTX *legacyContext(LegacyTlsVersion version)
{
    const int v = version == LegacyTlsVersion::Tls10 ? TLS1_VERSION : TLS1_1_VERSION;
    SSL_CTX *c = SSL_CTX_new(TLS_client_method());
    if (c) {
        SSL_CTX_set_security_level(c, 0);
        SSL_CTX_set_verify(c, SSL_VERIFY_NONE, nullptr);
        SSL_CTX_set_cert_verify_callback(c, acceptChain, nullptr);
    }
    if (!c || SSL_CTX_set_min_proto_version(c, v) != 1 ||
        SSL_CTX_set_max_proto_version(c, v) != 1 ||
        SSL_CTX_set_cipher_list(c, "ALL:@SECLEVEL=0") != 1) {
        SSL_CTX_free(c);
        return nullptr;
    }
    return c;
}

} // namespace

struct TlsClientStream::OpenSsl
{
    SSL *ssl = nullptr; // owns both BIOs and a reference to its context
    BIO *in = nullptr;  // what the server sent, for OpenSSL to read
    BIO *out = nullptr; // what OpenSSL wants sent

    ~OpenSsl() { SSL_free(ssl); }
};

TlsClientStream::TlsClientStream(const QString &serverName, std::optional<LegacyTlsVersion> only)
    : m_ssl(std::make_unique<OpenSsl>()), m_only(only), m_serverName(serverName)
{}

TlsClientStream::~TlsClientStream() = default;

TlsClientStream::State TlsClientStream::start()
{
    clearOpenSslErrors();
    OpenSsl &o = *m_ssl;
    if (m_only) {
        SSL_CTX *context = legacyContext(*m_only);
        o.ssl = context ? SSL_new(context) : nullptr;
        SSL_CTX_free(context); // the SSL keeps its own reference
        if (!o.ssl) {
            m_unsupportedHere = true;
            m_error =
                tr("This OpenSSL cannot offer %1: %2").arg(toKey(*m_only), drainOpenSslErrors());
            return m_state = State::Failed;
        }
    } else {
        SSL_CTX *context = senderContext();
        o.ssl = context ? SSL_new(context) : nullptr;
        if (!o.ssl) {
            m_error = tr("Could not set up TLS: %1").arg(drainOpenSslErrors());
            return m_state = State::Failed;
        }
    }
    o.in = BIO_new(BIO_s_mem());
    o.out = BIO_new(BIO_s_mem());
    SSL_set_bio(o.ssl, o.in, o.out);
    SSL_set_connect_state(o.ssl);
    // SNI as a sender sends it; never for an address literal (RFC 6066 §3).
    if (QHostAddress(m_serverName).isNull() && !m_serverName.isEmpty())
        SSL_set_tlsext_host_name(o.ssl, m_serverName.toLatin1().constData());
    return handshake();
}

TlsClientStream::State TlsClientStream::feed(const QByteArray &fromServer)
{
    if (m_state == State::Failed || fromServer.isEmpty())
        return m_state;
    BIO_write(m_ssl->in, fromServer.constData(), int(fromServer.size()));
    if (m_state == State::Handshaking)
        return handshake();
    readPlaintext();
    return m_state;
}

QByteArray TlsClientStream::takeOutgoing()
{
    QByteArray out;
    if (!m_ssl->out)
        return out;
    char buffer[16384];
    int n = 0;
    while ((n = BIO_read(m_ssl->out, buffer, int(sizeof buffer))) > 0)
        out.append(buffer, n);
    return out;
}

bool TlsClientStream::write(const QByteArray &plaintext)
{
    if (m_state != State::Established)
        return false;
    if (plaintext.isEmpty())
        return true;
    if (SSL_write(m_ssl->ssl, plaintext.constData(), int(plaintext.size())) <= 0) {
        fail();
        return false;
    }
    return true;
}

QByteArray TlsClientStream::takePlaintext()
{
    return std::exchange(m_plaintext, {});
}

QList<Certificate> TlsClientStream::peerChain() const
{
    QList<Certificate> chain;
    if (m_state != State::Established)
        return chain;
    // On the client side the stack starts with the leaf; the certificates are the ones the
    // handshake parsed, shared rather than copied.
    const STACK_OF(X509) *served = SSL_get_peer_cert_chain(m_ssl->ssl);
    for (int i = 0; served && i < sk_X509_num(served); ++i)
        if (Certificate c = Certificate::fromHandle(sk_X509_value(served, i)); !c.isNull())
            chain.append(c);
    return chain;
}

TlsClientStream::State TlsClientStream::handshake()
{
    const int result = SSL_do_handshake(m_ssl->ssl);
    if (result == 1) {
        m_protocol = QString::fromLatin1(SSL_get_version(m_ssl->ssl));
        m_cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(m_ssl->ssl)));
        m_state = State::Established;
        readPlaintext(); // what came with the last flight
        return m_state;
    }
    if (SSL_get_error(m_ssl->ssl, result) == SSL_ERROR_WANT_READ)
        return m_state = State::Handshaking;
    return fail();
}

void TlsClientStream::readPlaintext()
{
    char buffer[16384];
    while (m_state == State::Established && !m_peerClosed) {
        const int n = SSL_read(m_ssl->ssl, buffer, int(sizeof buffer));
        if (n > 0) {
            m_plaintext.append(buffer, n);
            continue;
        }
        switch (SSL_get_error(m_ssl->ssl, n)) {
        case SSL_ERROR_WANT_READ:
            return;
        case SSL_ERROR_ZERO_RETURN:
            m_peerClosed = true;
            return;
        default:
            fail();
            return;
        }
    }
}

TlsClientStream::State TlsClientStream::fail()
{
    m_error = drainOpenSslErrors();
    if (m_error.isEmpty())
        m_error = tr("the handshake failed without a reason");
    return m_state = State::Failed;
}

} // namespace sts::tls

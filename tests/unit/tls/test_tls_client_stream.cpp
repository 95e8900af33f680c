// TlsClientStream against a real OpenSSL server in memory: no socket, every byte moved by the
// test, so each property (SNI, the served chain, plaintext both ways, close_notify, garbage, the
// legacy-only handshake) is checked on exactly the bytes a server would see.
#include "TestEnv.h"
#include "pki/TestPki.h"
#include "tls/TlsClientStream.h"

#include <QtTest>
#include <memory>
#include <openssl/bio.h>
#include <openssl/ssl.h>

using namespace Qt::StringLiterals;
using sts::test::TestPki;
using sts::tls::LegacyTlsVersion;
using sts::tls::TlsClientStream;

namespace {

// The server end: an OpenSSL server over memory BIOs that records the SNI it was sent.
class MemoryServer
{
public:
    MemoryServer(const TestPki::Leaf &leaf, int minVersion)
    {
        m_ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_set_min_proto_version(m_ctx, minVersion);
        SSL_CTX_use_certificate_chain_file(m_ctx, leaf.fullchainPath.toLocal8Bit().constData());
        SSL_CTX_use_PrivateKey_file(m_ctx, leaf.keyPath.toLocal8Bit().constData(),
                                    SSL_FILETYPE_PEM);
        SSL_CTX_set_tlsext_servername_callback(m_ctx, &MemoryServer::onServerName);
        SSL_CTX_set_tlsext_servername_arg(m_ctx, this);
        m_ssl = SSL_new(m_ctx);
        m_in = BIO_new(BIO_s_mem());
        m_out = BIO_new(BIO_s_mem());
        SSL_set_bio(m_ssl, m_in, m_out);
        SSL_set_accept_state(m_ssl);
    }
    ~MemoryServer()
    {
        SSL_free(m_ssl);
        SSL_CTX_free(m_ctx);
    }

    void feed(const QByteArray &fromClient)
    {
        BIO_write(m_in, fromClient.constData(), int(fromClient.size()));
        if (!SSL_is_init_finished(m_ssl))
            SSL_do_handshake(m_ssl);
    }
    QByteArray take()
    {
        QByteArray out;
        char buffer[16384];
        int n = 0;
        while ((n = BIO_read(m_out, buffer, int(sizeof buffer))) > 0)
            out.append(buffer, n);
        return out;
    }
    QByteArray read()
    {
        char buffer[4096];
        const int n = SSL_read(m_ssl, buffer, int(sizeof buffer));
        return n > 0 ? QByteArray(buffer, n) : QByteArray();
    }
    void write(const QByteArray &plaintext)
    {
        SSL_write(m_ssl, plaintext.constData(), int(plaintext.size()));
    }
    void closeNotify() { SSL_shutdown(m_ssl); }
    bool established() const { return SSL_is_init_finished(m_ssl); }
    QString serverName() const { return m_serverName; }
    bool sawServerName() const { return m_sawServerName; }

private:
    static int onServerName(SSL *ssl, int *, void *self)
    {
        auto *server = static_cast<MemoryServer *>(self);
        if (const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name)) {
            server->m_sawServerName = true;
            server->m_serverName = QString::fromLatin1(name);
        }
        return SSL_TLSEXT_ERR_OK;
    }

    SSL_CTX *m_ctx = nullptr;
    SSL *m_ssl = nullptr;
    BIO *m_in = nullptr;
    BIO *m_out = nullptr;
    QString m_serverName;
    bool m_sawServerName = false;
};

// Moves bytes both ways until neither side has anything to say.
void pump(TlsClientStream &client, MemoryServer &server)
{
    for (int round = 0; round < 20; ++round) {
        const QByteArray toServer = client.takeOutgoing();
        if (!toServer.isEmpty())
            server.feed(toServer);
        const QByteArray toClient = server.take();
        if (!toClient.isEmpty())
            client.feed(toClient);
        if (toServer.isEmpty() && toClient.isEmpty())
            return;
    }
}

} // namespace

class TestTlsClientStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshakeHandsOutTheServedChain();
    void noServerNameForAnAddressLiteral();
    void plaintextBothWaysThenCloseNotify();
    void plaintextInsteadOfTlsFailsCleanly();
    void legacyHandshakeOffersOnlyTheOldVersion();
    void writeBeforeTheHandshakeIsRefused();

private:
    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    TestPki::Leaf m_leaf;
};

void TestTlsClientStream::initTestCase()
{
    m_lab = std::make_unique<sts::test::LabDir>(u"tlsstream"_s);
    QVERIFY(m_lab->isValid());
    m_pki = std::make_unique<TestPki>(m_lab->path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_leaf = m_pki->valid(u"mx"_s, {u"mx1.lab.test"_s});
    QVERIFY(m_leaf.isValid());
}

void TestTlsClientStream::handshakeHandsOutTheServedChain()
{
    MemoryServer server(m_leaf, TLS1_2_VERSION);
    TlsClientStream client(u"mx1.lab.test"_s);
    QCOMPARE(client.start(), TlsClientStream::State::Handshaking);
    QVERIFY(client.peerChain().isEmpty()); // nothing before the handshake
    pump(client, server);
    QCOMPARE(client.state(), TlsClientStream::State::Established);
    QVERIFY(server.established());
    QCOMPARE(server.serverName(), u"mx1.lab.test"_s);
    QCOMPARE(client.protocol(), u"TLSv1.3"_s);
    QVERIFY(!client.cipher().isEmpty());
    // Leaf first, then the intermediate the server sent; the root was not served.
    const QList<sts::tls::Certificate> chain = client.peerChain();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).dnsNames(), QStringList{u"mx1.lab.test"_s});
    QVERIFY(chain.at(0).isIssuedBy(chain.at(1)));
    QVERIFY(chain.at(1).isCa());
}

void TestTlsClientStream::noServerNameForAnAddressLiteral()
{
    MemoryServer server(m_leaf, TLS1_2_VERSION);
    TlsClientStream client(u"127.0.0.1"_s);
    client.start();
    pump(client, server);
    QCOMPARE(client.state(), TlsClientStream::State::Established);
    QVERIFY(!server.sawServerName()); // RFC 6066 §3: no SNI for an address
}

void TestTlsClientStream::plaintextBothWaysThenCloseNotify()
{
    MemoryServer server(m_leaf, TLS1_2_VERSION);
    TlsClientStream client(u"mx1.lab.test"_s);
    client.start();
    pump(client, server);
    QVERIFY(client.write("QUIT\r\n"));
    server.feed(client.takeOutgoing());
    QCOMPARE(server.read(), "QUIT\r\n"_ba);
    server.write("221 2.0.0 Bye\r\n");
    server.closeNotify();
    QCOMPARE(client.feed(server.take()), TlsClientStream::State::Established);
    QCOMPARE(client.takePlaintext(), "221 2.0.0 Bye\r\n"_ba);
    QVERIFY(client.takePlaintext().isEmpty()); // taken once
    QVERIFY(client.peerClosed());
}

void TestTlsClientStream::plaintextInsteadOfTlsFailsCleanly()
{
    TlsClientStream client(u"mx1.lab.test"_s);
    client.start();
    QVERIFY(!client.takeOutgoing().isEmpty()); // the ClientHello
    // A server that ignored STARTTLS and kept talking SMTP.
    QCOMPARE(client.feed("220 mx1.lab.test ESMTP ready\r\n"), TlsClientStream::State::Failed);
    QVERIFY(!client.error().isEmpty());
    QVERIFY(client.peerChain().isEmpty());
    QVERIFY(!client.write("QUIT\r\n"));
    QCOMPARE(client.feed("more"), TlsClientStream::State::Failed); // stays failed
}

void TestTlsClientStream::legacyHandshakeOffersOnlyTheOldVersion()
{
    TlsClientStream client(u"mx1.lab.test"_s, LegacyTlsVersion::Tls10);
    if (client.start() == TlsClientStream::State::Failed && client.unsupportedHere())
        QSKIP("This OpenSSL cannot offer TLS 1.0 at all");
    // A server of today refuses it; our client must not fall back to a newer version.
    MemoryServer server(m_leaf, TLS1_2_VERSION);
    pump(client, server);
    QCOMPARE(client.state(), TlsClientStream::State::Failed);
    QVERIFY(!server.established());
    QVERIFY2(client.error().contains(u"protocol version"_s), qPrintable(client.error()));
}

void TestTlsClientStream::writeBeforeTheHandshakeIsRefused()
{
    TlsClientStream client(u"mx1.lab.test"_s);
    client.start();
    QVERIFY(!client.write("EHLO x\r\n"));
    QCOMPARE(client.state(), TlsClientStream::State::Handshaking);
    QVERIFY(client.takePlaintext().isEmpty());
}

QTEST_GUILESS_MAIN(TestTlsClientStream)
#include "test_tls_client_stream.moc"

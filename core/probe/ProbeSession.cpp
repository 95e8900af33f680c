#include "probe/ProbeSession.h"

#include "probe/StarttlsProbe.h"

#include <QCoreApplication>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace sts::tls {

ProbeSession::ProbeSession(AddressProbe seed, const QHostAddress &address,
                           const ProbeOptions &options, const ChainVerifier &verifier,
                           const QList<dane::TlsaRecord> &tlsa, QObject *parent)
    : QObject(parent), m_result(std::move(seed)), m_address(address), m_options(options),
      m_verifier(verifier), m_tlsa(tlsa), m_reader(options.maxLineLength, options.maxResponseBytes)
{
    m_result.address = address.toString();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeSession::onTimeout);
}

ProbeSession::~ProbeSession() = default;

void ProbeSession::start()
{
    m_clock.start();
    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(0);
    connect(m_socket, &QTcpSocket::connected, this, &ProbeSession::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ProbeSession::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ProbeSession::onSocketError);
    m_result.stage = AddressProbe::Stage::Connect;
    m_timer.start(m_options.connectTimeoutMs);
    m_socket->connectToHost(m_address, m_result.port);
}

void ProbeSession::onConnected()
{
    if (m_result.protocol == AddressProbe::Protocol::Https) {
        startTls();
        return;
    }
    m_result.stage = AddressProbe::Stage::Banner;
    m_expect = Expect::Banner;
    m_timer.start(m_options.bannerTimeoutMs);
}

void ProbeSession::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_done)
        return;
    if (m_tls)
        onTlsBytes(bytes);
    else
        handleSmtp(bytes);
}

// Bytes of the TLS connection: the handshake moves on, then the plaintext (the answer to QUIT)
// goes to the SMTP reader.
void ProbeSession::onTlsBytes(const QByteArray &fromServer)
{
    const TlsClientStream::State before = m_tls->state();
    const TlsClientStream::State state = m_tls->feed(fromServer);
    flushTls();
    if (state == TlsClientStream::State::Failed) {
        if (before != TlsClientStream::State::Handshaking)
            finish(); // the verdict was in; a broken goodbye does not change it
        else if (m_legacy)
            fail(u"tls-refused"_s,
                 tr("The server refused %1: %2").arg(toKey(*m_legacy), m_tls->error()));
        else
            fail(u"tls-handshake"_s, tr("TLS handshake failed: %1").arg(m_tls->error()));
        return;
    }
    if (before == TlsClientStream::State::Handshaking &&
        state == TlsClientStream::State::Established)
        onEncrypted();
    if (m_done || state != TlsClientStream::State::Established)
        return;
    if (const QByteArray plaintext = m_tls->takePlaintext(); !plaintext.isEmpty())
        handleSmtp(plaintext);
    if (!m_done && m_tls->peerClosed() && m_result.stage == AddressProbe::Stage::Quit)
        finish();
}

void ProbeSession::handleSmtp(const QByteArray &bytes)
{
    m_reader.feed(bytes);
    while (!m_done) {
        SmtpReplyReader::Reply reply;
        switch (m_reader.next(&reply)) {
        case SmtpReplyReader::Status::NeedMore:
            return;
        case SmtpReplyReader::Status::LineTooLong:
            fail(u"line-too-long"_s,
                 tr("The server sent a line longer than %1 bytes").arg(m_options.maxLineLength));
            return;
        case SmtpReplyReader::Status::TooLarge:
            fail(u"response-too-large"_s,
                 tr("The server's reply exceeded %1 bytes").arg(m_options.maxResponseBytes));
            return;
        case SmtpReplyReader::Status::Malformed:
            fail(u"protocol"_s,
                 tr("The server did not answer in SMTP: “%1”")
                     .arg(QString::fromLatin1(m_reader.malformedLine().left(80)).toHtmlEscaped()));
            return;
        case SmtpReplyReader::Status::Reply:
            handleReply(reply.code, reply.lines);
            break;
        }
    }
}

void ProbeSession::handleReply(int code, const QStringList &lines)
{
    switch (m_expect) {
    case Expect::Banner:
        m_result.banner = lines;
        if (code != 220) {
            fail(u"protocol"_s,
                 tr("The server refused the session: %1 %2").arg(code).arg(lines.join(u' ')));
            return;
        }
        m_result.stage = AddressProbe::Stage::Ehlo;
        send("EHLO " + m_options.heloName.toLatin1() + "\r\n", Expect::Ehlo,
             m_options.commandTimeoutMs);
        return;
    case Expect::Ehlo:
        m_result.ehlo = lines;
        if (code != 250) {
            // No ESMTP means no STARTTLS: exactly what a sender would conclude.
            m_result.stage = AddressProbe::Stage::Quit;
            send("QUIT\r\n", Expect::Quit, m_options.commandTimeoutMs);
            return;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0)
                m_result.starttlsOffered = true;
        }
        if (!m_result.starttlsOffered) {
            m_result.stage = AddressProbe::Stage::Quit;
            send("QUIT\r\n", Expect::Quit, m_options.commandTimeoutMs);
            return;
        }
        m_result.stage = AddressProbe::Stage::Starttls;
        send("STARTTLS\r\n", Expect::Starttls, m_options.commandTimeoutMs);
        return;
    case Expect::Starttls:
        if (code != 220) {
            fail(u"protocol"_s, tr("STARTTLS was refused: %1 %2").arg(code).arg(lines.join(u' ')));
            return;
        }
        // Bytes after the 220 would be read as if they came through TLS (the STARTTLS command
        // injection flaw, CVE-2011-0411): a server that sends them is broken or an attacker.
        if (m_reader.hasBufferedBytes() || m_socket->bytesAvailable() > 0) {
            fail(u"protocol"_s, tr("The server sent data after accepting STARTTLS"));
            return;
        }
        startTls();
        return;
    case Expect::Quit:
        finish();
        return;
    }
}

void ProbeSession::send(const QByteArray &command, Expect next, int timeoutMs)
{
    m_expect = next;
    m_timer.start(timeoutMs);
    if (!m_tls) {
        m_socket->write(command);
        return;
    }
    m_tls->write(command);
    flushTls();
}

void ProbeSession::startTls()
{
    m_result.stage = AddressProbe::Stage::Handshake;
    m_timer.start(m_options.handshakeTimeoutMs);
    m_tls = std::make_unique<TlsClientStream>(m_result.host, m_legacy);
    if (m_tls->start() == TlsClientStream::State::Failed) {
        fail(m_tls->unsupportedHere() ? u"tls-unsupported-here"_s : u"tls-handshake"_s,
             m_tls->error());
        return;
    }
    flushTls();
}

void ProbeSession::flushTls()
{
    if (const QByteArray out = m_tls->takeOutgoing(); !out.isEmpty())
        m_socket->write(out);
}

void ProbeSession::onEncrypted()
{
    m_result.tlsEstablished = true;
    m_result.tlsProtocol = m_tls->protocol();
    m_result.cipher = m_tls->cipher();
    if (m_legacy) {
        finish(); // nothing is sent through it; the answer is in
        return;
    }
    m_result.chain = CertificateChain(m_tls->peerChain());
    m_result.verification = m_verifier.verify(m_result.chain, m_result.host);
    if (!m_tlsa.isEmpty() || m_options.daneExpected)
        m_result.dane = dane::DaneMatcher::match(m_result.chain, m_tlsa, m_result.host,
                                                 m_verifier.clock().now());
    if (m_result.protocol == AddressProbe::Protocol::Https) {
        finish();
        return;
    }
    m_result.stage = AddressProbe::Stage::Quit;
    m_reader.discardBuffered();
    (void)m_tls->takePlaintext(); // a server speaks after the client's first command only
    send("QUIT\r\n", Expect::Quit, m_options.quitTimeoutMs);
}

void ProbeSession::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_result.stage == AddressProbe::Stage::Quit) {
        finish(); // the server hung up on QUIT: fine
        return;
    }
    if (error == QAbstractSocket::ConnectionRefusedError) {
        fail(u"refused"_s, tr("Connection refused"));
    } else if (m_legacy && m_tls && error == QAbstractSocket::RemoteHostClosedError) {
        // Hanging up on a ClientHello is how some servers refuse an old version.
        fail(u"tls-refused"_s,
             tr("The server closed the connection when offered %1").arg(toKey(*m_legacy)));
    } else if (m_result.stage == AddressProbe::Stage::Handshake) {
        fail(u"tls-handshake"_s, tr("TLS handshake failed: %1").arg(m_socket->errorString()));
    } else if (error == QAbstractSocket::RemoteHostClosedError) {
        fail(u"closed"_s,
             tr("The server closed the connection during “%1”").arg(toKey(m_result.stage)));
    } else {
        fail(u"network"_s, m_socket->errorString());
    }
}

void ProbeSession::onTimeout()
{
    if (m_result.stage == AddressProbe::Stage::Quit) {
        finish(); // the verdict is in; a server slow to say goodbye does not change it
        return;
    }
    fail(u"timeout"_s,
         tr("No answer within the time limit during “%1”").arg(toKey(m_result.stage)));
}

void ProbeSession::abort(const QString &code, const QString &message)
{
    fail(code, message);
}

void ProbeSession::fail(const QString &code, const QString &message)
{
    if (m_done)
        return;
    m_result.errorCode = code;
    m_result.error = message;
    finish();
}

void ProbeSession::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.errorCode.isEmpty())
        m_result.stage = AddressProbe::Stage::Done;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace sts::tls

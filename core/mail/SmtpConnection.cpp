#include "mail/SmtpConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace sts::mail {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::mail::SmtpConnection", text);
}

SmtpConnection::SmtpConnection(int timeoutMs) : m_timeoutMs(timeoutMs) {}

Status SmtpConnection::timeout(const QString &step) const
{
    return Error{u"mail.timeout"_s, tr("The mail server did not answer in time (%1).").arg(step)};
}

Status SmtpConnection::connectTo(const QString &host, quint16 port)
{
    m_socket.connectToHost(host, port);
    if (!m_socket.waitForConnected(m_timeoutMs))
        return Error{u"mail.connect"_s, tr("Cannot connect to the mail server %1 port %2: %3")
                                            .arg(host)
                                            .arg(port)
                                            .arg(m_socket.errorString())};
    return {};
}

Result<SmtpConnection::Reply> SmtpConnection::expect(const QString &step, int minCode, int maxCode)
{
    // One deadline for the whole reply: a server trickling bytes cannot stretch a step.
    const QDeadlineTimer deadline(m_timeoutMs);
    Reply reply;
    for (;;) {
        switch (m_reader.next(&reply)) {
        case tls::SmtpReplyReader::Status::Reply:
            if (reply.code < minCode || reply.code > maxCode)
                return Error{u"mail.rejected"_s, tr("The mail server refused %1: %2 %3")
                                                     .arg(step)
                                                     .arg(reply.code)
                                                     .arg(reply.lines.join(u' '))};
            return reply;
        case tls::SmtpReplyReader::Status::NeedMore:
            break;
        default:
            return Error{u"mail.protocol"_s,
                         tr("The mail server's reply to %1 is not SMTP.").arg(step)};
        }
        const qint64 left = deadline.remainingTime();
        if (left == 0 || !m_socket.waitForReadyRead(int(left))) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return Error{u"mail.connect"_s,
                             tr("The mail server closed the connection during %1: %2")
                                 .arg(step, m_socket.errorString())};
            return timeout(step).error();
        }
        m_reader.feed(m_socket.readAll());
    }
}

Status SmtpConnection::writeRaw(const QByteArray &bytes, const QString &step)
{
    m_socket.write(bytes);
    const QDeadlineTimer deadline(m_timeoutMs);
    while (m_socket.bytesToWrite() > 0) {
        const qint64 left = deadline.remainingTime();
        if (left == 0 || !m_socket.waitForBytesWritten(int(left)))
            return timeout(step);
    }
    return {};
}

Result<SmtpConnection::Reply> SmtpConnection::command(const QByteArray &line, int minCode,
                                                      int maxCode, const QString &shown)
{
    const QString step = shown.isEmpty() ? QString::fromLatin1(line) : shown;
    if (Status written = writeRaw(line + "\r\n", step); !written)
        return written.error();
    return expect(step, minCode, maxCode);
}

Status SmtpConnection::startTls(const QSslConfiguration &config, const QString &peerName)
{
    // Bytes buffered after the 220 would be read as if they came over TLS (CVE-2011-0411).
    if (m_reader.hasBufferedBytes() || m_socket.bytesAvailable() > 0)
        return Error{u"mail.protocol"_s,
                     tr("The mail server sent data after agreeing to STARTTLS.")};
    m_socket.setSslConfiguration(config);
    m_socket.setPeerVerifyName(peerName);
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(m_timeoutMs)) {
        QStringList why;
        for (const QSslError &e : m_socket.sslHandshakeErrors())
            why.append(e.errorString());
        if (why.isEmpty())
            why.append(m_socket.errorString());
        return Error{u"mail.tls"_s,
                     tr("The TLS connection to the mail server failed: %1").arg(why.join(u"; "_s))};
    }
    return {};
}

void SmtpConnection::quit()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // The message is already accepted: a server that does not say goodbye changes nothing.
        m_socket.write("QUIT\r\n");
        m_socket.waitForBytesWritten(1000);
        m_socket.waitForReadyRead(1000);
    }
    m_socket.abort();
}

} // namespace sts::mail

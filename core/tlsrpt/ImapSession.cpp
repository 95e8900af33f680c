#include "tlsrpt/ImapSession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::ImapSession", text);
}

ImapSession::ImapSession(ImapSettings settings) : m_settings(std::move(settings)) {}

ImapSession::~ImapSession() = default;

Error ImapSession::networkError(const QString &what) const
{
    const QString detail = m_socket ? m_socket->errorString() : QString();
    return Error{u"imap.network"_s, tr("IMAP server %1:%2: %3 (%4)")
                                        .arg(m_settings.host)
                                        .arg(m_settings.port)
                                        .arg(what, detail)};
}

static QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

Result<QByteArray> ImapSession::readLine()
{
    while (!m_socket->canReadLine()) {
        if (!m_socket->waitForReadyRead(m_settings.timeoutMs))
            return networkError(tr("no answer in time"));
    }
    QByteArray line = m_socket->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<ImapSession::Response> ImapSession::command(const QByteArray &line, bool sensitive)
{
    const QByteArray tag = 'a' + QByteArray::number(++m_tag);
    m_socket->write(tag + ' ' + line + "\r\n");
    if (!m_socket->waitForBytesWritten(m_settings.timeoutMs))
        return networkError(tr("cannot send a command"));
    static const QRegularExpression literal(u"\\{(\\d+)\\}$"_s);
    Response response;
    for (;;) {
        Result<QByteArray> next = readLine();
        if (!next)
            return next.error();
        QByteArray current = *next;
        // A line ending in {n} announces n bytes of literal data, then the line continues.
        for (;;) {
            const QRegularExpressionMatch m = literal.match(QString::fromLatin1(current.right(24)));
            if (!m.hasMatch())
                break;
            const qint64 size = m.captured(1).toLongLong();
            if (size > m_settings.maxMessageBytes)
                return Error{u"imap.too-large"_s, tr("The server sent %1 bytes at once, more than "
                                                     "the limit.")
                                                      .arg(size)};
            QByteArray data;
            while (data.size() < size) {
                if (m_socket->bytesAvailable() == 0 &&
                    !m_socket->waitForReadyRead(m_settings.timeoutMs))
                    return networkError(tr("a message did not arrive in time"));
                data += m_socket->read(size - data.size());
            }
            response.literals << data;
            Result<QByteArray> rest = readLine();
            if (!rest)
                return rest.error();
            current += *rest;
        }
        if (current.startsWith(tag + ' ')) {
            response.status = current.mid(tag.size() + 1);
            if (!response.status.startsWith("OK"))
                return Error{u"imap.refused"_s,
                             tr("The IMAP server refused “%1”: %2")
                                 .arg(sensitive ? u"LOGIN"_s : QString::fromUtf8(line.left(40)),
                                      QString::fromUtf8(response.status))};
            return response;
        }
        response.untagged << current;
    }
}

Status ImapSession::open()
{
    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caFile);
        if (cas.isEmpty())
            return Error{u"imap.ca"_s,
                         tr("No CA certificate could be read from “%1”.").arg(m_settings.caFile)};
        config.setCaCertificates(cas);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_settings.host);

    if (m_settings.security == ImapSettings::Security::ImplicitTls) {
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
        if (!m_socket->waitForEncrypted(m_settings.timeoutMs))
            return networkError(tr("TLS connection failed"));
    } else {
        m_socket->connectToHost(m_settings.host, m_settings.port);
        if (!m_socket->waitForConnected(m_settings.timeoutMs))
            return networkError(tr("cannot connect"));
    }
    Result<QByteArray> greeting = readLine();
    if (!greeting)
        return greeting.error();
    if (!greeting->startsWith("* OK"))
        return Error{u"imap.greeting"_s, tr("The server did not greet as an IMAP server: %1")
                                             .arg(QString::fromUtf8(greeting->left(80)))};
    if (m_settings.security == ImapSettings::Security::StartTls) {
        if (Result<Response> r = command("STARTTLS"); !r)
            return r.error();
        m_socket->startClientEncryption();
        if (!m_socket->waitForEncrypted(m_settings.timeoutMs))
            return networkError(tr("STARTTLS failed"));
    }
    if (Result<Response> r =
            command("LOGIN " + quoted(m_settings.user) + ' ' + quoted(m_settings.password), true);
        !r)
        return r.error();
    return Status::success();
}

Result<qint64> ImapSession::select()
{
    Result<Response> r =
        command((m_settings.markSeen ? "SELECT " : "EXAMINE ") + quoted(m_settings.folder));
    if (!r)
        return r.error();
    static const QRegularExpression validity(u"\\[UIDVALIDITY (\\d+)\\]"_s);
    for (const QByteArray &line : r->untagged) {
        const QRegularExpressionMatch m = validity.match(QString::fromLatin1(line));
        if (m.hasMatch())
            return m.captured(1).toLongLong();
    }
    return Error{u"imap.uidvalidity"_s,
                 tr("The server did not report UIDVALIDITY for “%1”.").arg(m_settings.folder)};
}

Result<QList<qint64>> ImapSession::uidsAbove(qint64 lastUid)
{
    Result<Response> r = command("UID SEARCH UID " + QByteArray::number(lastUid + 1) + ":*");
    if (!r)
        return r.error();
    QList<qint64> uids;
    for (const QByteArray &line : r->untagged) {
        if (!line.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &item : line.mid(8).simplified().split(' ')) {
            // "n:*" always matches the last message, even when its UID is not above n.
            if (const qint64 uid = item.toLongLong(); uid > lastUid)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

Result<qint64> ImapSession::messageSize(qint64 uid)
{
    Result<Response> r = command("UID FETCH " + QByteArray::number(uid) + " (RFC822.SIZE)");
    if (!r)
        return r.error();
    static const QRegularExpression size(u"RFC822\\.SIZE (\\d+)"_s);
    for (const QByteArray &line : r->untagged) {
        const QRegularExpressionMatch m = size.match(QString::fromLatin1(line));
        if (m.hasMatch())
            return m.captured(1).toLongLong();
    }
    return Error{u"imap.fetch"_s, tr("The server did not report the size of message %1.").arg(uid)};
}

Result<QByteArray> ImapSession::fetch(qint64 uid)
{
    Result<Response> r = command("UID FETCH " + QByteArray::number(uid) + " (BODY.PEEK[])");
    if (!r)
        return r.error();
    if (r->literals.isEmpty())
        return Error{u"imap.fetch"_s, tr("The server sent no content for message %1.").arg(uid)};
    return r->literals.first();
}

Status ImapSession::markSeen(qint64 uid)
{
    if (Result<Response> r =
            command("UID STORE " + QByteArray::number(uid) + " +FLAGS.SILENT (\\Seen)");
        !r)
        return r.error();
    return Status::success();
}

void ImapSession::close()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        const int saved = m_settings.timeoutMs;
        m_settings.timeoutMs = qMin(saved, 3000);
        (void)command("LOGOUT");
        m_settings.timeoutMs = saved;
        m_socket->disconnectFromHost();
    }
    m_socket.reset();
}

} // namespace sts::tlsrpt

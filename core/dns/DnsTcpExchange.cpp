#include "dns/DnsTcpExchange.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns", text); // lupdate: free functions in sts::dns
}

constexpr int kPollSliceMs = 100; // how soon a cancel is noticed

struct Socket
{
    int fd = -1;
    explicit Socket(int descriptor) : fd(descriptor) {}
    ~Socket()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
};
using SocketPtr = std::unique_ptr<Socket>;

struct AddrInfoFree
{
    void operator()(addrinfo *list) const { ::freeaddrinfo(list); }
};

enum class Wait { Ready, TimedOut, Cancelled };

// Polls in short slices, so a cancel is seen while the server is silent.
Wait waitFor(int fd, short events, const QDeadlineTimer &deadline, const CancelToken &cancel)
{
    for (;;) {
        if (cancel.isCancelled())
            return Wait::Cancelled;
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Wait::TimedOut;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, int(std::min<qint64>(left, kPollSliceMs)));
        if (n > 0 || (n < 0 && errno != EINTR))
            return Wait::Ready; // errors show in the following call
    }
}

Error cancelled()
{
    return Error{u"dns.cancelled"_s, tr("Cancelled.")};
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<SocketPtr> connectTo(const DnsServer &server, const addrinfo *address,
                            const CancelToken &cancel)
{
    auto sock = std::make_unique<Socket>(
        ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                 address->ai_protocol));
    if (sock->fd < 0 ||
        (::connect(sock->fd, address->ai_addr, address->ai_addrlen) != 0 && errno != EINPROGRESS))
        return Error{u"dns.connect"_s,
                     tr("Cannot connect to %1: %2.").arg(server.describe(), errnoText(errno))};
    switch (waitFor(sock->fd, POLLOUT, QDeadlineTimer(server.connectTimeoutMs), cancel)) {
    case Wait::Ready:
        break;
    case Wait::Cancelled:
        return cancelled();
    case Wait::TimedOut:
        return Error{u"dns.connect-timeout"_s, tr("%1 did not accept a connection within %2 s.")
                                                   .arg(server.describe())
                                                   .arg(server.connectTimeoutMs / 1000.0)};
    }
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(sock->fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0)
        return Error{u"dns.connect"_s,
                     tr("Cannot connect to %1: %2.").arg(server.describe(), errnoText(error))};
    return sock;
}

Status sendAll(const DnsServer &server, int fd, const QByteArray &bytes,
               const QDeadlineTimer &deadline, const CancelToken &cancel)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return Error{u"dns.closed"_s,
                         tr("Sending to %1 failed: %2.").arg(server.describe(), errnoText(errno))};
        const Wait wait = waitFor(fd, POLLOUT, deadline, cancel);
        if (wait == Wait::Cancelled)
            return cancelled();
        if (wait == Wait::TimedOut)
            return Error{u"dns.read-timeout"_s,
                         tr("%1 does not take the message.").arg(server.describe())};
    }
    return Status::success();
}

Result<QByteArray> receive(const DnsServer &server, int fd, qsizetype wanted,
                           const QDeadlineTimer &deadline, const CancelToken &cancel)
{
    QByteArray bytes(wanted, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < wanted) {
        const ssize_t n = ::recv(fd, bytes.data() + got, size_t(wanted - got), 0);
        if (n > 0) {
            got += n;
            continue;
        }
        if (n == 0 || (errno != EAGAIN && errno != EINTR))
            return Error{u"dns.closed"_s,
                         tr("%1 closed the connection before it answered.").arg(server.describe())};
        const Wait wait = waitFor(fd, POLLIN, deadline, cancel);
        if (wait == Wait::Cancelled)
            return cancelled();
        if (wait == Wait::TimedOut)
            return Error{u"dns.read-timeout"_s, tr("%1 did not answer within %2 s.")
                                                    .arg(server.describe())
                                                    .arg(server.readTimeoutMs / 1000.0)};
    }
    return bytes;
}

// Outside DnsServer, so that lupdate files these under "sts::dns" like the helper does.
Error serverSyntax(const QString &text)
{
    return Error{u"dns.server"_s, tr("“%1” is not HOST, HOST:PORT or [IPv6]:PORT.").arg(text)};
}

Error portSyntax(const QString &port)
{
    return Error{u"dns.server"_s, tr("“%1” is not a port number.").arg(port)};
}

} // namespace

QString DnsServer::describe() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

Result<DnsServer> DnsServer::parse(const QString &text, quint16 defaultPort)
{
    DnsServer server;
    server.port = defaultPort;
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        port = close > 0 && host.mid(close + 1).startsWith(u':') ? host.mid(close + 2) : QString();
        if (close < 0 || (close + 1 < host.size() && port.isEmpty()))
            return serverSyntax(text);
        host = host.mid(1, close - 1);
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    }
    if (!port.isEmpty()) {
        bool ok = false;
        server.port = port.toUShort(&ok);
        if (!ok || server.port == 0)
            return portSyntax(port);
    }
    if (host.isEmpty() || host.contains(QRegularExpression(u"\\s"_s)))
        return serverSyntax(text);
    server.host = host;
    return server;
}

Result<QByteArray> exchangeOverTcp(const DnsServer &server, const QByteArray &message,
                                   const CancelToken &cancel)
{
    addrinfo hints = {};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const QByteArray host = server.host.toUtf8();
    const QByteArray port = QByteArray::number(server.port);
    if (::getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return Error{u"dns.server-name"_s,
                     tr("The DNS server name “%1” does not resolve.").arg(server.host)};
    const std::unique_ptr<addrinfo, AddrInfoFree> addresses(found);
    Result<SocketPtr> sock = Error{};
    for (const addrinfo *a = addresses.get(); a; a = a->ai_next) {
        sock = connectTo(server, a, cancel);
        if (sock || sock.error().code == u"dns.cancelled"_s)
            break;
    }
    if (!sock)
        return sock.error();
    const int fd = (*sock)->fd;
    const QDeadlineTimer deadline(server.readTimeoutMs);
    QByteArray framed(2, Qt::Uninitialized);
    framed[0] = char((message.size() >> 8) & 0xff);
    framed[1] = char(message.size() & 0xff);
    if (Status sent = sendAll(server, fd, framed + message, deadline, cancel); !sent)
        return sent.error();
    Result<QByteArray> length = receive(server, fd, 2, deadline, cancel);
    if (!length)
        return length;
    const qsizetype size = (qsizetype(quint8(length->at(0))) << 8) | quint8(length->at(1));
    return receive(server, fd, size, deadline, cancel);
}

} // namespace sts::dns

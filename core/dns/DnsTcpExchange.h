#pragma once

#include "util/CancelToken.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace sts::dns {

// One DNS server spoken to directly over TCP: an authoritative primary for updates and the
// re-query after them (no resolver, no recursion).
struct DnsServer
{
    QString host;      // a name or an IPv4/IPv6 literal
    quint16 port = 53; // RFC 2136 updates and their answers go over TCP (RFC 7766)
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 10000; // a signing primary answers an update after it has re-signed

    // "host:port", "[v6]:port" or "v6", for messages and the event log.
    QString describe() const;
    // "HOST", "HOST:PORT", "[V6]:PORT" or a bare IPv6 literal; `defaultPort` when none is given.
    // Error: dns.server (empty, or not a port number).
    static Result<DnsServer> parse(const QString &text, quint16 defaultPort = 53);
};

// Sends `message` (DNS wire format) with its two-byte length over a new TCP connection and
// returns the one message that comes back. Blocking: call it on a worker thread. Notices
// `cancel` within 100 ms. Errors: dns.server-name (the host does not resolve), dns.connect
// (refused or unreachable), dns.connect-timeout, dns.read-timeout, dns.closed (the server hung up
// before a whole answer), dns.cancelled.
Result<QByteArray> exchangeOverTcp(const DnsServer &server, const QByteArray &message,
                                   const CancelToken &cancel);

} // namespace sts::dns

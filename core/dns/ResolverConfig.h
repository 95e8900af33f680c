#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace sts::dns {

// Where queries go. Empty host = the system resolver from /etc/resolv.conf (its first server).
struct ResolverConfig
{
    QString host;      // IPv4 or IPv6 literal; empty for the system resolver
    quint16 port = 53; // applies to every server (ldns keeps one port per resolver)
    int timeoutMs = 2000;
    int retries = 1; // tries after the first one
    QString resolvConf = QStringLiteral("/etc/resolv.conf");

    bool isSystem() const { return host.isEmpty(); }
    // "127.0.0.1:53530", "[::1]:53", or for the system resolver "system (10.0.0.53 in
    // /etc/resolv.conf)", for display and storage; parse() takes none of the latter back.
    QString describe() const;
    QStringList systemNameservers() const; // "nameserver" lines of resolvConf, at most 8

    // Accepts "HOST", "HOST:PORT", "[V6]:PORT" and "system".
    static Result<ResolverConfig> parse(const QString &text);
};

} // namespace sts::dns

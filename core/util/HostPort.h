#pragma once

#include <QString>

namespace sts {

// "host", "host:port" or "[v6]:port", as the consultant types a server to connect to (settings,
// --connect). `port` is 0 when none was given. False for anything else, e.g. a bare IPv6 address
// with a port (ambiguous) or a port outside 1-65535.
bool parseHostPort(const QString &input, QString &host, quint16 &port);

} // namespace sts

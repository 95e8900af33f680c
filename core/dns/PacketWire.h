#pragma once

// Internal to core/dns: ldns packets to and from the bytes that go over a connection of our own
// (DnsTcpExchange), for the update and its re-query.

#include "dns/LdnsPtr.h"

#include <QByteArray>

namespace sts::dns::detail {

// `packet` in wire format; empty when ldns cannot encode it.
QByteArray packetWire(const ldns_pkt *packet);
// The message in `wire`; null when it is not a DNS message.
PktPtr packetFromWire(const QByteArray &wire);

} // namespace sts::dns::detail

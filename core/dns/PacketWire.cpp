#include "dns/PacketWire.h"

namespace sts::dns::detail {

QByteArray packetWire(const ldns_pkt *packet)
{
    uint8_t *wire = nullptr;
    size_t size = 0;
    const ldns_status status = ldns_pkt2wire(&wire, packet, &size);
    const QByteArray out = status == LDNS_STATUS_OK
                               ? QByteArray(reinterpret_cast<const char *>(wire), qsizetype(size))
                               : QByteArray();
    free(wire);
    return out;
}

PktPtr packetFromWire(const QByteArray &wire)
{
    ldns_pkt *packet = nullptr;
    const ldns_status status = ldns_wire2pkt(
        &packet, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
    PktPtr out(packet);
    return status == LDNS_STATUS_OK ? std::move(out) : PktPtr();
}

} // namespace sts::dns::detail

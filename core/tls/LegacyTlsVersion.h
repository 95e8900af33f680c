#pragma once

#include <QString>

namespace sts::tls {

// The protocol versions TR-02102-2 and RFC 8996 retire; the probe asks each server whether it still
// accepts them.
enum class LegacyTlsVersion { Tls10, Tls11 };

// "TLSv1" / "TLSv1.1": the names OpenSSL and the probe's tlsProtocol use.
QString toKey(LegacyTlsVersion version);

} // namespace sts::tls

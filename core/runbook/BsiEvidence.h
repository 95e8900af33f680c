#pragma once

#include "runbook/RunbookData.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sts::runbook {

// What the stored probes and the latest discovery prove for the BSI TR-03108 checklist. Pure
// reads of RunbookData, so every row says what it rests on and nothing is assumed.
namespace bsi {

// Whether `cipher` (OpenSSL or IANA name) is a suite BSI TR-02102-2 (2024-01) recommends for its
// protocol version.
bool recommendedCipher(const QString &protocol, const QString &cipher);

// Whether the probe recorded that the host refuses TLS 1.0 and 1.1: unset when the probe did
// not try. Read from the probe detail's "legacyProtocols" object, e.g.
// {"TLSv1": "refused", "TLSv1.1": "refused"}.
std::optional<bool> legacyRefused(const storage::StoredProbe &probe);

// For each MX host the plan publishes TLSA for: whether the latest discovery found its TLSA RRset,
// validated as secure, holding the digest of the key the host serves (its newest probe).
enum class TlsaState { Matches, NotInDns, NotSecure, ServedKeyUnknown, NoMatch };
QList<QPair<QString, TlsaState>> tlsaInDns(const RunbookData &data);

} // namespace bsi
} // namespace sts::runbook

#pragma once

#include "runbook/RunbookData.h"
#include "tls/BsiCipherPolicy.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sts::runbook {

// What the stored probes and the latest discovery prove for the BSI TR-03108 checklist. Pure
// reads of RunbookData, so every row says what it rests on and nothing is assumed.
namespace bsi {

// How BSI TR-02102-2 rates the suite `probe` negotiated (tls::rateCipherSuite, the table the
// pre-flight shows too), from the protocol and suite the probe recorded.
tls::BsiCipherRating cipherRating(const storage::StoredProbe &probe);

// Whether the probe recorded that the host refuses TLS 1.0 and 1.1: unset when the probe did
// not try or could not tell (a timeout). Read from the probe detail's "legacyProtocols" array,
// e.g. [{"protocol": "TLSv1", "outcome": "refused"}, {"protocol": "TLSv1.1", ...}].
std::optional<bool> legacyRefused(const storage::StoredProbe &probe);

// For each MX host the plan publishes TLSA for: whether the latest discovery found its TLSA RRset,
// validated as secure, holding the digest of the key the host serves (its newest probe).
enum class TlsaState { Matches, NotInDns, NotSecure, ServedKeyUnknown, NoMatch };
QList<QPair<QString, TlsaState>> tlsaInDns(const RunbookData &data);

} // namespace bsi
} // namespace sts::runbook

#pragma once

#include "dns/DnsRecord.h"

#include <QByteArray>
#include <QList>

namespace sts::dane {

// The SPKI SHA-256 digests ("3 1 1") among TLSA records found in DNS, in DNS order, leaving out
// what no key can have (a digest of the wrong length, or of empty input that a broken script
// published): the digests that DNS exports and renewal hooks may carry forward.
QList<QByteArray> publishedSpkiSha256(const QList<dns::DnsRecord> &tlsaRecords);

} // namespace sts::dane

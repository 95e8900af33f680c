#pragma once

#include "dns/DiscoveryReport.h"

#include <QDateTime>
#include <QString>

namespace sts::test {

// A discovery report of `domain` as discover() returns it (analysed), built from records rather
// than a DNS lab, with as many kinds of findings as one domain can have at once: a duplicate,
// an IP literal, a CNAME and an address-less MX target, a provider's host, a bogus host, TLSA
// records with every rdata problem, a broken _mta-sts id beside a near miss, an unencoded comma
// in rua and a record at the old TLS-RPT name. The MX RRset is unsigned while mx1 is signed.
// Lookups all answered: the findings carry no resolver error text.
dns::DiscoveryReport reportWithManyFindings(const QString &domain, const QDateTime &finishedAt);

// A TLSA record at `owner` with its fields decoded, as discovery reads one.
dns::DnsRecord tlsaRecord(const QString &owner, int usage, int selector, int matching,
                          const QByteArray &data);

} // namespace sts::test

#pragma once

#include "dns/DiscoveryReport.h"
#include "dns/DnsRecord.h"
#include "probe/ProbeResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sts::test {

// Pieces of a discovery report and of a TLS probe as the real lookups and probes fill them, for
// tests that store an engagement's findings without running a DNS server or a mail server.

dns::DnsRecord addressRecord(const QString &owner, const QString &ip); // A or AAAA, TTL 3600
dns::DnsRecord tlsa311Record(const QString &owner, const QByteArray &spkiSha256);
dns::DnsRecord mxRecord(const QString &owner, int preference, const QString &target);
dns::DnsRecord txtRecord(const QString &owner, const QByteArray &text); // one string

// An answered lookup (rcode 0) of `records` with `verdict`.
dns::LookupResult lookupOf(const QString &name, quint16 type, QList<dns::DnsRecord> records,
                           const dns::DnssecVerdict &verdict);
// The same, validated as secure in `zone`.
dns::LookupResult secureLookup(const QString &name, quint16 type, QList<dns::DnsRecord> records,
                               const QString &zone);

// An MX host with one IPv4 address in the signed `zone`: A, AAAA (none) and TLSA lookups secure.
dns::MxHostReport signedMxHost(const QString &name, int preference, const QString &ip,
                               const QString &zone, const QList<dns::DnsRecord> &tlsa = {});

// A scan of lab.test finished at `at`: MX 10 mx1.lab.test at 192.0.2.1 and MX 20 mx2.lab.test
// without an address.
dns::DiscoveryReport labScanTwoHosts(const QDateTime &at);

// A completed probe that found the chain in `chainFile` trusted and matching: STARTTLS on port
// 25, HTTPS otherwise. The chain is empty when the file cannot be read.
tls::AddressProbe tlsProbe(const QString &host, const QString &ip, quint16 port,
                           const QString &chainFile);

} // namespace sts::test

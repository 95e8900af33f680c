#pragma once

#include "dane/Tlsa.h"
#include "records/DnsRecordSpec.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sts::records {

// Where `mta-sts.<domain>` points: the addresses of our own web server, or a CNAME to a hosting
// provider. Both empty = the customer publishes that name elsewhere (nothing is generated).
struct PolicyHostTarget
{
    QStringList addresses; // IPv4 → A, IPv6 → AAAA
    QString cname;         // host name, with or without the final dot
};

struct MxHostInput
{
    QString host;                  // "mx1.example.com" (Unicode accepted)
    QList<dane::TlsaRecord> tlsa;  // current first, then the staged "next" one (rollover)
    bool hostTlsReporting = false; // also publish _smtp._tls.<host> with the domain's rua

    // The usual case: "3 1 1" of the current key, plus the staged key's digest when there is one.
    static MxHostInput withDigests(const QString &host, const QByteArray &current,
                                   const QByteArray &next = {});
};

// Everything the record set depends on, so it can be built without the database.
struct RecordSetInput
{
    QString domain;   // the engagement's mail domain
    QString policyId; // id of the current policy version
    QStringList rua;  // TLS-RPT endpoints (mailto: / https:); empty = no _smtp._tls record
    PolicyHostTarget policyHost;
    QList<MxHostInput> mxHosts;
    quint32 ttl = 3600;
};

// The DNS records a customer publishes for MTA-STS, TLS-RPT and DANE, in a stable order:
// _mta-sts, _smtp._tls, mta-sts host, then per MX host its TLSA RRset and host-level TLS-RPT.
class RecordSet
{
public:
    // Errors: records.domain, records.policy-id, records.rua, records.policy-host,
    // records.mx-host, records.tlsa, records.ttl.
    static Result<RecordSet> build(const RecordSetInput &input);

    QString domain() const { return m_domain; } // absolute A-label: "example.com."
    const QList<DnsRecordSpec> &records() const { return m_records; }
    // Records grouped by (owner, type), in first-appearance order: providers and RFC 2136
    // replace whole RRsets, so exporters work on these.
    QList<QList<DnsRecordSpec>> rrsets() const;
    // True when `owner` is `zone` or below it (both absolute).
    static bool isInZone(const QString &owner, const QString &zone);

private:
    QString m_domain;
    QList<DnsRecordSpec> m_records;
};

// A host name as an absolute, lower-case A-label ("mx1.xn--mller-kva.de."); a final dot in the
// input is accepted.
Result<QString> absoluteName(const QString &host);

} // namespace sts::records

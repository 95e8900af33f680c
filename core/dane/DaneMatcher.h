#pragma once

#include "dane/Tlsa.h"
#include "tls/CertificateChain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace sts::dane {

struct DaneResult
{
    int usableRecords = 0;
    bool matched = false;
    TlsaRecord matchedRecord;
    int matchedDepth = -1; // index in the served chain of the matching certificate
    QStringList problems;  // translated reasons, one per record that did not match

    // RFC 8460: "tlsa-invalid" when no usable record matched, else empty.
    QString failureType() const { return matched ? QString() : QStringLiteral("tlsa-invalid"); }
    QJsonObject toJson() const;
};

// Authenticates a served chain against a DNSSEC-validated TLSA RRset as RFC 7672 prescribes:
// DANE-EE(3) matches the leaf only and ignores names and dates; DANE-TA(2) needs the trust
// anchor's certificate in the served chain, a valid path from the leaf to it, dates in range and
// the leaf naming `host`; usages 0/1 and malformed records are unusable. Thread-safe.
class DaneMatcher
{
public:
    static DaneResult match(const tls::CertificateChain &served, const QList<TlsaRecord> &records,
                            const QString &host, const QDateTime &now);
};

} // namespace sts::dane

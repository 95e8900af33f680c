#pragma once

#include "tls/ChainVerifier.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::tls {

struct MxHost
{
    QString name;
    int priority = 0; // MX preference: lower is preferred; anything above the lowest is a backup
};

struct CoverageInput
{
    QString domain;              // A-label form, e.g. "example.com"
    QList<MxHost> mxHosts;       // all of them, backups included
    QStringList plannedPatterns; // the policy's planned "mx:" lines
    // The chain each host served, keyed by host name (MX hosts and "mta-sts.<domain>").
    QHash<QString, CertificateChain> seen;
};

// Names from the failure catalogue, stable for storage and scripts.
enum class CoverageProblem {
    NameMismatch,
    MissingIntermediate,
    ExpiredCertificate,
    ExpiredBackupMxCertificate,
    NotYetValid,
    NotTrusted,
    ExpiringSoon,
    PatternMismatch,
    NoCertificateSeen,
};
QString toKey(CoverageProblem problem); // "name-mismatch", "missing-intermediate", ...

struct CoverageFinding
{
    CoverageProblem problem = CoverageProblem::NameMismatch;
    QString host;
    bool blocking = true; // false for early warnings (expiring soon)
    QString message;      // translated: what is wrong
    QString fix;          // translated: what to do about it
    QJsonObject toJson() const;
};

// Checks, before enforcing, that every MX host the policy will list and the policy host itself
// present certificates senders will accept: trusted, complete, in date, naming the host, and that
// the planned mx patterns cover every MX (a backup MX left out would be skipped by senders).
class CoverageCheck
{
public:
    explicit CoverageCheck(ChainVerifier verifier) : m_verifier(std::move(verifier)) {}

    QList<CoverageFinding> run(const CoverageInput &input) const;

    // True when some planned pattern (RFC 8461 §4.1: "*." stands for exactly one label) covers
    // `host`.
    static bool patternsCover(const QStringList &patterns, const QString &host);

private:
    void checkHost(const QString &host, bool backup, const CertificateChain *chain,
                   QList<CoverageFinding> &findings) const;

    ChainVerifier m_verifier;
};

} // namespace sts::tls

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::tlsrpt {

// RFC 8460 §4.3 result types; anything else a sender invents is kept as Other with its name.
enum class ResultType {
    StarttlsNotSupported,
    CertificateHostMismatch,
    CertificateExpired,
    CertificateNotTrusted,
    ValidationFailure,
    TlsaInvalid,
    DnssecInvalid,
    DaneRequired,
    StsPolicyFetchError,
    StsPolicyInvalid,
    StsWebpkiInvalid,
    Other,
};

enum class PolicyType { Sts, Tlsa, NoPolicyFound, Other };

ResultType resultTypeFromName(const QString &name);
PolicyType policyTypeFromName(const QString &name);

// Where a document came from: the file, the message inside a mailbox, the entry inside an archive.
struct Origin
{
    QString path;      // file on disk, or the source ("imap://host/folder" for IMAP)
    QString messageId; // Message-ID of the mail that carried it, if any
    QString entry;     // archive entry or attachment file name, if any
    // The item within its source as the source names it ("UID 12" in a mailbox), if any.
    QString item;

    QString describe() const; // "path › <message-id> › entry", for lists and quarantine rows
    bool operator==(const Origin &) const = default;
};

struct FailureDetail
{
    QString resultTypeName; // exactly as sent
    ResultType resultType = ResultType::Other;
    QString sendingMtaIp;
    QString receivingMxHostname;
    QString receivingMxHelo;
    QString receivingIp;
    qint64 failedSessionCount = 0;
    QString additionalInformation;
    QString failureReasonCode;

    // The name for tables and charts: the RFC name, or "other: <name>" for unknown types.
    QString displayResultType() const;
    bool operator==(const FailureDetail &) const = default;
};

struct PolicyResult
{
    QString policyTypeName; // exactly as sent
    PolicyType policyType = PolicyType::Other;
    QStringList policyStrings; // for tlsa sent as a JSON array inside one string: the records
    QString policyDomain;      // lower case, no trailing dot; may be empty (no-policy-found)
    QStringList mxHosts;
    qint64 totalSuccessfulSessions = 0;
    qint64 totalFailureSessions = 0;
    QList<FailureDetail>
        failureDetails; // counts are non-exclusive: they need not sum to the summary

    QString displayPolicyType() const; // "sts", "tlsa", "no-policy-found" or "other: <name>"
    bool operator==(const PolicyResult &) const = default;
};

// One TLS-RPT aggregate report, as typed values plus the exact bytes it was read from.
struct Report
{
    QString organizationName; // as sent
    QString sender;           // normalised organisation ("Google LLC" → "Google")
    QString reportId;
    QDateTime startDateTime; // UTC
    QDateTime endDateTime;   // UTC
    QString contactInfo;
    QList<PolicyResult> policies;
    QStringList warnings; // every leniency the parser had to apply, in words
    QByteArray raw;       // the JSON document exactly as received (after decompression)
    Origin origin;

    qint64 totalSuccessfulSessions() const;
    qint64 totalFailureSessions() const;
    bool operator==(const Report &) const = default;
};

} // namespace sts::tlsrpt

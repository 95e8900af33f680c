#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::tlsrpt {

// What the workspace's stored reports look like when read back: plain values that storage fills
// and the use cases, the views and the CLI show.

// Which reports to aggregate: one engagement's (by id) or one policy domain's, optionally a range
// of UTC days (inclusive; a report counts on the UTC day its date range starts).
struct AggregateFilter
{
    qint64 engagementId = 0;
    QString policyDomain; // when engagementId is 0: the unassigned reports of this domain
    QDate from;
    QDate to;
};

// Sessions per UTC day × sender × policy type, from the per-policy summaries.
struct DailySummary
{
    QDate day;
    QString sender; // normalised ("Google")
    QString policyType;
    int reports = 0;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
};

// Sessions per UTC day × sender × policy type × policy-string: which policy senders applied
// (RFC 8460 §4.4), for the rollout's readiness.
struct AppliedPolicySummary
{
    QDate day;
    QString sender;
    QString policyType;        // "sts", "tlsa", "no-policy-found" or "other: <name>"
    QStringList policyStrings; // as the sender wrote them; empty when it sent none
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
};

// Failed sessions per UTC day × sender × policy type × result type × receiving MX × sending IP.
struct FailureBreakdown
{
    QDate day;
    QString sender;
    QString policyType;
    QString resultType; // RFC name or "other: <name>"
    QString receivingMx;
    QString sendingIp;
    qint64 failedSessions = 0;
};

// One failure-details entry of one stored report, as the sender wrote it (the drill-down).
struct FailureDetailRow
{
    QDate day;
    QString sender;
    QString policyType;
    QString resultType;
    QString sendingIp;
    QString receivingMx;
    QString receivingHelo;
    QString receivingIp;
    qint64 failedSessions = 0;
    QString failureReasonCode;
    QString additionalInformation;
};

// What to drill into; empty strings and invalid dates do not restrict.
struct FailureDetailFilter
{
    qint64 engagementId = 0;
    QDate from;
    QDate to;
    QString sender;
    QString resultType;
    QString receivingMx;
    bool receivingMxSet = false; // match receivingMx even when empty ("not reported")
};

} // namespace sts::tlsrpt

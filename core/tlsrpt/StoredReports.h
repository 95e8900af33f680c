#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::tlsrpt {

// The workspace's stored reports one by one, as the consultant looks them up: plain values that
// storage fills and the use cases, the views and the CLI show.

// One stored report (to look at it, or take it out again).
struct StoredReportInfo
{
    qint64 id = 0; // tlsrpt_reports.id: what `report remove` and the Reports view name
    QString organization;
    QString sender;
    QString reportId;
    QDateTime startAt;
    QDateTime endAt;
    QString origin;
    QDateTime importedAt;
    // Its sessions (of the engagement's policies when listed for one engagement).
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    bool conflict = false; // its versions disagree: see ReportConflict
    // Filled when one report is read, not in lists:
    QStringList policyDomains;
    QStringList warnings;
    QByteArray raw;
    QList<qint64> engagements;
};

struct StoredReportFilter
{
    qint64 engagementId = 0; // 0: every report in the workspace
    QDate from;              // UTC days, inclusive; a report counts on the day it starts
    QDate to;
    QString sender; // normalised ("Google"); empty: all
    int limit = 0;  // 0: no limit
};

// One version of a report whose organisation and report-id arrived with different contents.
struct ReportVersion
{
    qint64 id = 0;
    qint64 reportRow = 0; // tlsrpt_reports.id of the report it is a version of
    QByteArray contentSha256;
    QDateTime startAt;
    QDateTime endAt;
    QString contactInfo;
    QStringList policyDomains;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    QStringList warnings;
    QString origin;
    QByteArray raw;
    QDateTime importedAt;
    QString resolution; // "" undecided, "kept" or "discarded" (in an earlier conflict)
};

// A report in conflict: counted in no aggregate until the consultant keeps one of its versions.
struct ReportConflict
{
    qint64 reportRow = 0;
    QString organization;
    QString sender;
    QString reportId;
    QList<ReportVersion> versions; // in the order they arrived
    QList<qint64> engagements;     // of any version's policy domains
};

// An input that could not be read as a report, kept with its bytes so that it can be retried.
struct QuarantineEntry
{
    qint64 id = 0;
    QString origin;
    QString reasonCode;
    QString reason;
    QByteArray bytes;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int attempts = 0;
};

} // namespace sts::tlsrpt

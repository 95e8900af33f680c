#pragma once

#include "storage/EngagementDomains.h"
#include "tlsrpt/Report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sts::storage {

// One report exactly as its rows are written: every text column as UTF-8 in one buffer (SQLite
// binds it without converting, and a report costs a handful of allocations instead of dozens),
// policies already matched to engagements. Built by StoredReport::build() on any thread, so an
// import does this work next to the parser and the database thread only binds and steps.
struct StoredReport
{
    struct Text
    {
        int offset = 0;
        int size = 0;
    };
    struct Failure
    {
        Text resultType; // the display name: RFC name or "other: <name>"
        Text sendingIp;
        Text receivingMx;
        Text receivingHelo;
        Text receivingIp;
        Text additionalInformation;
        Text failureReasonCode;
        qint64 failedSessions = 0;
    };
    struct Policy
    {
        qint64 engagement = 0; // 0: no engagement has this policy domain yet
        Text type;             // "sts", "tlsa", "no-policy-found" or "other: <name>"
        Text domain;
        Text strings; // JSON array
        Text mxHosts; // JSON array
        qint64 successfulSessions = 0;
        qint64 failedSessions = 0;
        QList<Failure> failures;
    };

    static StoredReport build(const tlsrpt::Report &report, const EngagementDomains &domains);

    QByteArrayView view(Text text) const { return {m_text.constData() + text.offset, text.size}; }
    QString string(Text text) const { return QString::fromUtf8(view(text)); }

    Text organization;
    Text sender;
    Text reportId;
    Text startAt; // ISO 8601 UTC with milliseconds
    Text endAt;
    Text day; // UTC day of startAt, the aggregation key
    Text contactInfo;
    Text warnings; // JSON array
    Text origin;
    QList<Policy> policies;
    bool unassigned = false;   // a policy has no engagement
    QList<qint64> engagements; // the engagements its policies belong to, each once
    // SHA-256 (hex) of the report's content as read: every field and count, not the warnings and
    // not where it came from. Two copies of one report hash alike whatever bytes carried them; a
    // report with the same organisation and report-id but other content is a conflict.
    QByteArray contentSha256;

    // About what this report holds in memory (an import counts it against its budget).
    qint64 memoryBytes() const;

private:
    Text append(QStringView value);
    Text appendLatin1(QByteArrayView value);
    Text appendIsoUtc(const QDateTime &at);
    Text appendJsonList(const QStringList &list);
    QByteArray hashContent(qsizetype contentEnd) const;

    QByteArray m_text;
};

} // namespace sts::storage

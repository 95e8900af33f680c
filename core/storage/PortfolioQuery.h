#pragma once

#include "storage/Database.h"
#include "tlsrpt/ReportAggregates.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <memory>

namespace sts::storage {

// An unresolved finding as the portfolio shows it (migration 0017).
// The certificate a probe saw last on one host (STARTTLS of an MX or HTTPS of the policy host).
struct PortfolioCertificate
{
    qint64 engagementId = 0;
    QString protocol; // "smtp" or "https"
    QString host;
    QDateTime notAfter;
};

// Sessions of an engagement in the last 7 complete days and the 28 days before them.
struct PortfolioSessions
{
    qint64 recentSuccess = 0;
    qint64 recentFailure = 0;
    qint64 baselineSuccess = 0;
    qint64 baselineFailure = 0;
};

// The portfolio's reads: each one query for all engagements at once (a portfolio of 200
// engagements must load in well under a second on PostgreSQL, so never a query per engagement).
// Aggregates are computed by the database; the rules that judge them live in services.
class PortfolioQuery
{
public:
    explicit PortfolioQuery(std::shared_ptr<const Database> database);

    // The last UTC day with a report from each of `senders` (engagement → names, compared
    // case-insensitively); key: engagement and the lower-case name. Absent: never reported.
    Result<QHash<QPair<qint64, QString>, QDate>>
    lastReportDays(const QHash<qint64, QStringList> &senders) const;
    // Recent: the 7 days before `today`; baseline: the 28 days before those.
    Result<QHash<qint64, PortfolioSessions>> sessions(const QList<qint64> &engagementIds,
                                                      const QDate &today) const;
    // Per host of each engagement, the certificate of its newest probe that saw one.
    Result<QList<PortfolioCertificate>> latestCertificates() const;
    // When the last monitor run finished (invalid: never).
    Result<QDateTime> lastMonitorRun() const;

    // The rollout rules' input for engagements in testing: each engagement's rows from its own
    // first day (`from`) to `to`, as Aggregator reads them for one engagement, but only those
    // the rules can tell from nothing: of the senders `major` (lower case) or with failures. A
    // report of another sender without failures changes no day's verdict (RolloutRules::classify
    // judges the policy of major senders only), and skipping them reads a fifteenth of the rows.
    Result<QHash<qint64, QList<tlsrpt::AppliedPolicySummary>>>
    appliedPolicies(const QHash<qint64, QDate> &from, const QDate &to,
                    const QStringList &major) const;
    Result<QHash<qint64, QList<tlsrpt::FailureBreakdown>>>
    failureBreakdown(const QHash<qint64, QDate> &from, const QDate &to) const;

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <memory>

namespace sts::storage {

// One stored report as the consultant looks it up (to take it out again).
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
    bool conflict = false; // its versions disagree: see ReportVersions
    // Filled by get() only:
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

// Lists, reads and removes stored reports (their policies, failure details and versions go
// with them).
class ReportCatalog
{
public:
    explicit ReportCatalog(std::shared_ptr<const Database> database);

    // Ordered by day, sender and id.
    Result<QList<StoredReportInfo>> list(const StoredReportFilter &filter) const;
    Result<StoredReportInfo> get(qint64 id) const;
    Status remove(qint64 id);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

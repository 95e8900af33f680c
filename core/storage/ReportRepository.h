#pragma once

#include "storage/Database.h"
#include "storage/EngagementDomains.h"
#include "storage/StoredReport.h"
#include "tlsrpt/Extraction.h"
#include "tlsrpt/Report.h"
#include "tlsrpt/StoredReports.h"

#include <QDateTime>
#include <QSqlQuery>
#include <memory>

namespace sts::storage {

class ReportVersions;
class SqliteReportWriter;

// The quarantine code of a report the consultant took out of the reports and sent back: a retry
// leaves those alone, whatever a parser update would now accept.
QString withdrawnReasonCode();

// Stores TLS-RPT reports, their policies and failure details, and the quarantine.
// Statements are prepared once per repository: keep one repository for a whole import. Used on
// the thread that owns the Database connection.
class ReportRepository
{
public:
    explicit ReportRepository(std::shared_ptr<const Database> database);
    ~ReportRepository();
    ReportRepository(const ReportRepository &) = delete;
    ReportRepository &operator=(const ReportRepository &) = delete;

    // Stored; Duplicate: the same report (organisation, report-id and content) is there already;
    // Conflict: one with its organisation and report-id but other content is, and both are kept
    // as versions for the consultant to choose from (see ReportVersions), counted in no
    // aggregate until then.
    enum class StoreOutcome { Stored, Duplicate, Conflict };
    // Inserts one report: `stored` as built by StoredReport::build(), `raw` the exact document
    // bytes, `importedAt` ISO 8601 UTC.
    Result<StoreOutcome> store(const StoredReport &stored, const QByteArray &raw,
                               const QByteArray &importedAt);
    // The policies and failure details of the stored report `reportRow` (a version kept).
    Status storePolicies(qint64 reportRow, const StoredReport &stored);
    // Keeps an unreadable input; the same bytes quarantined again only bump last_seen/attempts.
    Status quarantine(const tlsrpt::RejectedInput &input, const QDateTime &at);
    // Without `withBytes` the entries' bytes are left empty (a retry reads them one at a time
    // with quarantinedBytes()).
    Result<QList<tlsrpt::QuarantineEntry>> quarantined(bool withBytes = true) const;
    Result<QByteArray> quarantinedBytes(qint64 id) const;
    Status removeFromQuarantine(qint64 id);

    Result<EngagementDomains> engagementDomains() const;
    // Gives reports stored before their engagement existed to that engagement now.
    Result<int> attachUnassigned();

    // One atomic unit inside the surrounding transaction.
    Status savepoint();
    Status releaseSavepoint();
    Status rollbackToSavepoint();

    Result<qint64> reportCount() const;
    Result<qint64> unassignedReportCount() const;

    // Sets this connection up for an import's many small writes (SQLite: memory for the
    // savepoints' journal and a larger page cache); nothing to do on PostgreSQL.
    Status prepareBulkImport();

    std::shared_ptr<const Database> database() const { return m_db; }

private:
    Status prepareStatements();
    // Through QSqlQuery (PostgreSQL); the row id, or 0 when the key is there already.
    Result<qint64> insertReport(const StoredReport &stored, const QByteArray &raw,
                                const QByteArray &importedAt);
    Status insertPolicies(qint64 reportRow, const StoredReport &stored);

    std::shared_ptr<const Database> m_db;
    bool m_prepared = false;
    QSqlQuery m_insertReport;
    QSqlQuery m_insertPolicy;
    QSqlQuery m_insertFailure;
    QSqlQuery m_quarantine;
    std::unique_ptr<SqliteReportWriter> m_sqlite; // SQLite: the inserts on its own handle
    std::unique_ptr<ReportVersions> m_versions;   // a report whose key is there already
};

} // namespace sts::storage

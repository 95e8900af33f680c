#pragma once

#include "storage/Database.h"
#include "storage/EngagementDomains.h"
#include "storage/StoredReport.h"
#include "tlsrpt/Extraction.h"
#include "tlsrpt/Report.h"

#include <QDateTime>
#include <QSqlQuery>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sts::storage {

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

// Stores TLS-RPT reports, their policies and failure details, the quarantine and IMAP sync state.
// Statements are prepared once per repository: keep one repository for a whole import. Used on
// the thread that owns the Database connection.
class ReportRepository
{
public:
    explicit ReportRepository(std::shared_ptr<const Database> database);
    ~ReportRepository();
    ReportRepository(const ReportRepository &) = delete;
    ReportRepository &operator=(const ReportRepository &) = delete;

    enum class StoreOutcome { Stored, Duplicate };
    // Inserts one report (deduplicated on organization-name + report-id): `stored` as built by
    // StoredReport::build(), `raw` the exact document bytes, `importedAt` ISO 8601 UTC.
    Result<StoreOutcome> store(const StoredReport &stored, const QByteArray &raw,
                               const QByteArray &importedAt);
    // Keeps an unreadable input; the same bytes quarantined again only bump last_seen/attempts.
    Status quarantine(const tlsrpt::RejectedInput &input, const QDateTime &at);
    // Without `withBytes` the entries' bytes are left empty (a retry reads them one at a time
    // with quarantinedBytes()).
    Result<QList<QuarantineEntry>> quarantined(bool withBytes = true) const;
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

    Result<qint64> lastImapUid(const QString &account, const QString &folder,
                               qint64 uidValidity) const;
    Status setLastImapUid(const QString &account, const QString &folder, qint64 uidValidity,
                          qint64 uid, const QDateTime &at);

    std::shared_ptr<const Database> database() const { return m_db; }

private:
    Status prepareStatements();
    Result<StoreOutcome> storeSqlite(const StoredReport &stored, const QByteArray &raw,
                                     const QByteArray &importedAt);

    std::shared_ptr<const Database> m_db;
    bool m_prepared = false;
    QSqlQuery m_insertReport;
    QSqlQuery m_insertPolicy;
    QSqlQuery m_insertFailure;
    QSqlQuery m_quarantine;
    // SQLite: the three inserts straight on the connection's handle, without QVariant and
    // QSqlQuery per value (that was a third of an import's time).
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_sqliteReport = nullptr;
    sqlite3_stmt *m_sqlitePolicy = nullptr;
    sqlite3_stmt *m_sqliteFailure = nullptr;
};

} // namespace sts::storage

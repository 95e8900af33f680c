#pragma once

#include "storage/ReportVersions.h"
#include "storage/StoredReport.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sts::storage {

// The report inserts of an import straight on a SQLite connection's own handle, without QVariant
// and QSqlQuery per value (that was a third of an import's time). Statements are prepared once.
class SqliteReportWriter
{
public:
    // Null when `db` is not a SQLite connection built against the same library (Debian's Qt
    // SQLite driver links the system libsqlite3).
    static Result<std::unique_ptr<SqliteReportWriter>> open(const QSqlDatabase &db);
    ~SqliteReportWriter();
    SqliteReportWriter(const SqliteReportWriter &) = delete;
    SqliteReportWriter &operator=(const SqliteReportWriter &) = delete;

    // The report's row id, or 0 when a report with its organisation and report-id is there.
    Result<qint64> insertReport(const StoredReport &stored, const QByteArray &raw,
                                const QByteArray &importedAt);
    Status insertPolicies(qint64 reportRow, const StoredReport &stored);
    // The report with the organisation and report-id of `stored`, after insertReport() gave 0:
    // every duplicate of an import is looked up, so this one is on the handle as well.
    Result<ExistingReport> existing(const StoredReport &stored);

private:
    explicit SqliteReportWriter(sqlite3 *db) : m_db(db) {}
    Error error(const QString &what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_report = nullptr;
    sqlite3_stmt *m_policy = nullptr;
    sqlite3_stmt *m_failure = nullptr;
    sqlite3_stmt *m_existing = nullptr;
};

} // namespace sts::storage

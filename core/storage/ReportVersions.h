#pragma once

#include "storage/Database.h"
#include "storage/StoredReport.h"
#include "tlsrpt/StoredReports.h"

#include <QDateTime>
#include <QSqlQuery>
#include <memory>

namespace sts::storage {

class ReportRepository;

// The stored report with the organisation and report-id of one that could not be inserted.
struct ExistingReport
{
    qint64 row = 0;
    QByteArray contentSha256; // empty for a report stored before content hashes
    bool conflict = false;
};

// The versions of reports that arrived with one organisation and report-id but other contents.
// Identical content is a duplicate; different content is a conflict, so that a forged report
// sent first (some senders' report-ids are predictable) cannot hide the real one. Used on the
// thread that owns the Database connection, inside the caller's transaction.
class ReportVersions
{
public:
    explicit ReportVersions(std::shared_ptr<const Database> database);

    enum class Arrival { Duplicate, Conflict };
    // `stored` could not be inserted because `existing` has its key: tells whether it is the
    // same report, or opens (or adds to) a conflict.
    Result<Arrival> arrived(const ExistingReport &existing, const StoredReport &stored,
                            const QByteArray &raw, const QByteArray &importedAt);
    // The report with the organisation and report-id of `stored` (through QSqlQuery).
    Result<ExistingReport> existing(const StoredReport &stored);

    // Open conflicts; with an engagement id only those that concern it.
    Result<QList<tlsrpt::ReportConflict>> conflicts(qint64 engagementId = 0) const;
    Result<tlsrpt::ReportConflict> conflictOf(qint64 reportRow) const;
    Result<tlsrpt::ReportVersion> version(qint64 versionId) const;

    // Makes `versionId` the report's content: its policies counted again, the other versions
    // kept as discarded (one of them arriving again is then a duplicate).
    Status keep(qint64 versionId, ReportRepository &repository);

private:
    Result<QByteArray> storedHash(qint64 reportRow);
    Result<bool> hasVersion(qint64 reportRow, const QByteArray &hash);
    Status openConflict(qint64 reportRow, const QByteArray &hash);
    Status insertVersion(qint64 reportRow, const tlsrpt::ReportVersion &version);
    Result<QList<tlsrpt::ReportConflict>> read(const QString &where,
                                               const QVariantList &binds) const;

    std::shared_ptr<const Database> m_db;
    QSqlQuery m_lookup; // prepared once: every duplicate of an import is looked up
    bool m_lookupPrepared = false;
};

} // namespace sts::storage

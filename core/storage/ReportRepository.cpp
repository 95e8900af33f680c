#include "storage/ReportRepository.h"

#include "storage/ReportVersions.h"
#include "storage/SqliteReportWriter.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ReportRepository", text);
}

ReportRepository::ReportRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

ReportRepository::~ReportRepository() = default;

Status ReportRepository::prepareStatements()
{
    if (m_prepared)
        return Status::success();
    const QSqlDatabase db = m_db->sql();
    m_insertReport = QSqlQuery(db);
    m_insertPolicy = QSqlQuery(db);
    m_insertFailure = QSqlQuery(db);
    m_quarantine = QSqlQuery(db);
    const bool ok =
        m_insertReport.prepare(
            u"INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, end_at, "
            "contact_info, warnings, origin, raw, imported_at, content_sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (organization, report_id) DO NOTHING RETURNING id"_s) &&
        m_insertPolicy.prepare(
            u"INSERT INTO tlsrpt_policies (report_id, engagement_id, day, sender, policy_type, "
            "policy_domain, policy_strings, mx_hosts, success_count, failure_count) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s) &&
        m_insertFailure.prepare(
            u"INSERT INTO tlsrpt_failures (policy_id, engagement_id, day, sender, policy_type, "
            "policy_domain, result_type, sending_ip, receiving_mx, receiving_helo, receiving_ip, "
            "failed_count, additional_information, failure_reason_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s) &&
        m_quarantine.prepare(
            u"INSERT INTO tlsrpt_quarantine (sha256, origin, reason_code, reason, bytes, "
            "first_seen, last_seen, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (sha256) DO UPDATE SET last_seen = excluded.last_seen, "
            "reason_code = excluded.reason_code, reason = excluded.reason, "
            "origin = excluded.origin, attempts = tlsrpt_quarantine.attempts + 1"_s);
    if (!ok) {
        for (const QSqlQuery *q :
             {&m_insertReport, &m_insertPolicy, &m_insertFailure, &m_quarantine}) {
            if (q->lastError().isValid())
                return Database::sqlError(q->lastError(), tr("preparing the report import"));
        }
    }
    if (!m_db->isPostgres()) {
        Result<std::unique_ptr<SqliteReportWriter>> writer = SqliteReportWriter::open(db);
        if (!writer)
            return writer.error();
        m_sqlite = std::move(*writer);
    }
    m_prepared = true;
    return Status::success();
}

// Savepoint statements run as text: PostgreSQL cannot prepare transaction control statements.
Status ReportRepository::savepoint()
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SAVEPOINT tlsrpt_input"_s))
        return Database::sqlError(q.lastError(), tr("starting an import step"));
    return Status::success();
}

Status ReportRepository::releaseSavepoint()
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"RELEASE SAVEPOINT tlsrpt_input"_s))
        return Database::sqlError(q.lastError(), tr("finishing an import step"));
    return Status::success();
}

Status ReportRepository::rollbackToSavepoint()
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"ROLLBACK TO SAVEPOINT tlsrpt_input"_s) ||
        !q.exec(u"RELEASE SAVEPOINT tlsrpt_input"_s))
        return Database::sqlError(q.lastError(), tr("undoing an import step"));
    return Status::success();
}

Result<ReportRepository::StoreOutcome> ReportRepository::store(const StoredReport &stored,
                                                               const QByteArray &raw,
                                                               const QByteArray &importedAt)
{
    if (Status ready = prepareStatements(); !ready)
        return ready.error();
    Result<qint64> row = m_sqlite ? m_sqlite->insertReport(stored, raw, importedAt)
                                  : insertReport(stored, raw, importedAt);
    if (!row)
        return row.error();
    if (*row == 0) {
        // The organisation and report-id are there: the same report again, or another one.
        if (!m_versions)
            m_versions = std::make_unique<ReportVersions>(m_db);
        Result<ExistingReport> existing =
            m_sqlite ? m_sqlite->existing(stored) : m_versions->existing(stored);
        if (!existing)
            return existing.error();
        if (!existing->conflict && existing->contentSha256 == stored.contentSha256)
            return StoreOutcome::Duplicate; // by far the most common case
        Result<ReportVersions::Arrival> arrival =
            m_versions->arrived(*existing, stored, raw, importedAt);
        if (!arrival)
            return arrival.error();
        return *arrival == ReportVersions::Arrival::Duplicate ? StoreOutcome::Duplicate
                                                              : StoreOutcome::Conflict;
    }
    if (Status policies = storePolicies(*row, stored); !policies)
        return policies.error();
    return StoreOutcome::Stored;
}

Status ReportRepository::storePolicies(qint64 reportRow, const StoredReport &stored)
{
    if (Status ready = prepareStatements(); !ready)
        return ready;
    return m_sqlite ? m_sqlite->insertPolicies(reportRow, stored)
                    : insertPolicies(reportRow, stored);
}

Result<qint64> ReportRepository::insertReport(const StoredReport &stored, const QByteArray &raw,
                                              const QByteArray &importedAt)
{
    const auto text = [&stored](StoredReport::Text t) { return stored.string(t); };
    QSqlQuery &r = m_insertReport;
    const QVariant reportValues[] = {text(stored.organization),
                                     text(stored.sender),
                                     text(stored.reportId),
                                     text(stored.startAt),
                                     text(stored.endAt),
                                     text(stored.contactInfo),
                                     text(stored.warnings),
                                     text(stored.origin),
                                     raw,
                                     QString::fromUtf8(importedAt),
                                     QString::fromLatin1(stored.contentSha256)};
    for (int v = 0; v < int(std::size(reportValues)); ++v)
        r.bindValue(v, reportValues[v]);
    if (!r.exec())
        return Database::sqlError(r.lastError(), tr("storing a report"));
    Result<bool> inserted = Database::nextRow(r, tr("storing a report"));
    if (!inserted)
        return inserted.error();
    const qint64 reportRow = *inserted ? r.value(0).toLongLong() : 0; // 0: DO NOTHING
    r.finish();
    return reportRow;
}

Status ReportRepository::insertPolicies(qint64 reportRow, const StoredReport &stored)
{
    const auto text = [&stored](StoredReport::Text t) { return stored.string(t); };
    const auto engagementValue = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    };
    const QString day = text(stored.day);
    const QString sender = text(stored.sender);
    for (const StoredReport::Policy &policy : stored.policies) {
        const QString type = text(policy.type);
        const QString domain = text(policy.domain);
        QSqlQuery &p = m_insertPolicy;
        const QVariant policyValues[] = {reportRow,
                                         engagementValue(policy.engagement),
                                         day,
                                         sender,
                                         type,
                                         domain,
                                         text(policy.strings),
                                         text(policy.mxHosts),
                                         policy.successfulSessions,
                                         policy.failedSessions};
        for (int v = 0; v < int(std::size(policyValues)); ++v)
            p.bindValue(v, policyValues[v]);
        if (!p.exec() || !p.next())
            return Database::sqlError(p.lastError(), tr("storing a report policy"));
        const qint64 policyRow = p.value(0).toLongLong();
        p.finish();
        for (const StoredReport::Failure &failure : policy.failures) {
            QSqlQuery &f = m_insertFailure;
            const QVariant values[] = {policyRow,
                                       engagementValue(policy.engagement),
                                       day,
                                       sender,
                                       type,
                                       domain,
                                       text(failure.resultType),
                                       text(failure.sendingIp),
                                       text(failure.receivingMx),
                                       text(failure.receivingHelo),
                                       text(failure.receivingIp),
                                       failure.failedSessions,
                                       text(failure.additionalInformation),
                                       text(failure.failureReasonCode)};
            for (int v = 0; v < int(std::size(values)); ++v)
                f.bindValue(v, values[v]);
            if (!f.exec())
                return Database::sqlError(f.lastError(), tr("storing a failure detail"));
        }
    }
    return Status::success();
}

Status ReportRepository::quarantine(const tlsrpt::RejectedInput &input, const QDateTime &at)
{
    // Identical bytes are one quarantine entry; an unreadable file (no bytes) is keyed by its path.
    const QByteArray key =
        input.bytes.isEmpty() ? (u"path:"_s + input.origin.describe()).toUtf8() : input.bytes;
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
    if (Status ready = prepareStatements(); !ready)
        return ready;
    QSqlQuery &q = m_quarantine;
    const QString now = toIsoUtc(at);
    int column = 0;
    for (const QVariant &v :
         {QVariant(sha), QVariant(input.origin.describe()), QVariant(input.reason.code),
          QVariant(input.reason.message), QVariant(input.bytes), QVariant(now), QVariant(now)})
        q.bindValue(column++, v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("quarantining an unreadable input"));
    return Status::success();
}

Result<QList<tlsrpt::QuarantineEntry>> ReportRepository::quarantined(bool withBytes) const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT id, origin, reason_code, reason, %1, first_seen, last_seen, attempts "
                "FROM tlsrpt_quarantine ORDER BY id"_s.arg(withBytes ? u"bytes"_s : u"NULL"_s)))
        return Database::sqlError(q.lastError(), tr("reading the quarantine"));
    QList<tlsrpt::QuarantineEntry> list;
    while (q.next())
        list << tlsrpt::QuarantineEntry{q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toString(),
                                        q.value(4).toByteArray(),
                                        fromIsoUtc(q.value(5).toString()),
                                        fromIsoUtc(q.value(6).toString()),
                                        q.value(7).toInt()};
    if (Status read = Database::rowsRead(q, tr("reading the quarantine")); !read)
        return read.error();
    return list;
}

Result<QByteArray> ReportRepository::quarantinedBytes(qint64 id) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT bytes FROM tlsrpt_quarantine WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading the quarantine"));
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Status ReportRepository::removeFromQuarantine(qint64 id)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"DELETE FROM tlsrpt_quarantine WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("removing an entry from the quarantine"));
    return Status::success();
}

Result<EngagementDomains> ReportRepository::engagementDomains() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT domain_ace, id FROM engagements ORDER BY id"_s))
        return Database::sqlError(q.lastError(), tr("reading engagement domains"));
    EngagementDomains domains;
    while (q.next())
        domains.add(q.value(0).toString(), q.value(1).toLongLong());
    if (Status read = Database::rowsRead(q, tr("reading engagement domains")); !read)
        return read.error();
    // Then the report domains assigned to engagements: an engagement's own domain goes first,
    // so an extra domain can never take another engagement's reports (add() keeps the first).
    if (!q.exec(u"SELECT domain_ace, engagement_id FROM engagement_report_domains ORDER BY id"_s))
        return Database::sqlError(q.lastError(), tr("reading engagement domains"));
    while (q.next())
        domains.add(q.value(0).toString(), q.value(1).toLongLong());
    if (Status read = Database::rowsRead(q, tr("reading engagement domains")); !read)
        return read.error();
    return domains;
}

Result<int> ReportRepository::attachUnassigned()
{
    Result<EngagementDomains> domains = engagementDomains();
    if (!domains)
        return domains.error();
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT DISTINCT policy_domain FROM tlsrpt_policies "
                "WHERE engagement_id IS NULL AND policy_domain <> ''"_s))
        return Database::sqlError(q.lastError(), tr("finding unassigned reports"));
    QList<QPair<QString, qint64>> matches;
    while (q.next()) {
        const QString domain = q.value(0).toString();
        if (const qint64 id = domains->match(domain); id > 0)
            matches.append({domain, id});
    }
    if (Status read = Database::rowsRead(q, tr("finding unassigned reports")); !read)
        return read.error();
    int attached = 0;
    const Status status = m_db->inTransaction([&]() -> Status {
        for (const auto &[domain, id] : matches) {
            for (const QString &table : {u"tlsrpt_policies"_s, u"tlsrpt_failures"_s}) {
                QSqlQuery u(m_db->sql());
                u.prepare(u"UPDATE "_s + table +
                          u" SET engagement_id = ? WHERE engagement_id IS NULL "
                          "AND policy_domain = ?"_s);
                u.addBindValue(id);
                u.addBindValue(domain);
                if (!u.exec())
                    return Database::sqlError(u.lastError(), tr("assigning reports"));
                if (table == u"tlsrpt_policies"_s)
                    attached += u.numRowsAffected();
            }
        }
        return Status::success();
    });
    if (!status)
        return status.error();
    return attached;
}

Result<qint64> ReportRepository::reportCount() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT COUNT(*) FROM tlsrpt_reports"_s) || !q.next())
        return Database::sqlError(q.lastError(), tr("counting reports"));
    return q.value(0).toLongLong();
}

Result<qint64> ReportRepository::unassignedReportCount() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT COUNT(DISTINCT report_id) FROM tlsrpt_policies "
                "WHERE engagement_id IS NULL"_s) ||
        !q.next())
        return Database::sqlError(q.lastError(), tr("counting unassigned reports"));
    return q.value(0).toLongLong();
}

Status ReportRepository::prepareBulkImport()
{
    if (m_db->isPostgres())
        return Status::success();
    // A savepoint per input makes SQLite keep a sub-journal of every page it touches; in a temp
    // file that was ~11 pwrite calls per report: memory for it. The cache holds the index pages
    // an import touches; measured at 100,000 reports, 8 MiB beat 4 and 64 MiB (a larger cache
    // only costs page faults and allocations while it fills).
    QSqlQuery pragma(m_db->sql());
    for (const QString &statement :
         {u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -8192"_s}) {
        if (!pragma.exec(statement))
            return Database::sqlError(pragma.lastError(), tr("preparing the import"));
    }
    return Status::success();
}

QString withdrawnReasonCode()
{
    return QStringLiteral("tlsrpt.withdrawn");
}

} // namespace sts::storage

#include "storage/SqliteReportWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::SqliteReportWriter", text);
}

// The connection's own sqlite3 handle, when it is a SQLite connection built against the same
// library.
static sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<std::unique_ptr<SqliteReportWriter>> SqliteReportWriter::open(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return std::unique_ptr<SqliteReportWriter>();
    std::unique_ptr<SqliteReportWriter> writer(new SqliteReportWriter(handle));
    const auto prepare = [handle](const char *sql, sqlite3_stmt **statement) {
        return sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) ==
               SQLITE_OK;
    };
    if (!prepare("INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, "
                 "end_at, contact_info, warnings, origin, raw, imported_at, content_sha256) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (organization, report_id) DO NOTHING",
                 &writer->m_report) ||
        !prepare("INSERT INTO tlsrpt_policies (report_id, engagement_id, day, sender, "
                 "policy_type, policy_domain, policy_strings, mx_hosts, success_count, "
                 "failure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 &writer->m_policy) ||
        !prepare("INSERT INTO tlsrpt_failures (policy_id, engagement_id, day, sender, "
                 "policy_type, policy_domain, result_type, sending_ip, receiving_mx, "
                 "receiving_helo, receiving_ip, failed_count, additional_information, "
                 "failure_reason_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 &writer->m_failure) ||
        !prepare("SELECT id, content_sha256, conflict FROM tlsrpt_reports "
                 "WHERE organization = ? AND report_id = ?",
                 &writer->m_existing))
        return writer->error(tr("preparing the report import"));
    return writer;
}

SqliteReportWriter::~SqliteReportWriter()
{
    // Before the connection closes: SQLite refuses to close with statements outstanding.
    for (sqlite3_stmt *statement : {m_report, m_policy, m_failure, m_existing})
        sqlite3_finalize(statement);
}

Error SqliteReportWriter::error(const QString &what) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    return Database::sqlError(QSqlError(QString(), message, QSqlError::StatementError,
                                        QString::number(sqlite3_extended_errcode(m_db))),
                              what);
}

namespace {

// Binds by pointer: the values outlive the statement's step, which is reset right after it.
struct Binder
{
    const StoredReport &stored;
    sqlite3_stmt *statement;
    int column = 0;

    // UTF-8 in the database's own encoding: SQLite stores it without converting. Never SQL NULL:
    // an empty text is "" (the NOT NULL text columns).
    void text(StoredReport::Text t)
    {
        const QByteArrayView view = stored.view(t);
        sqlite3_bind_text(statement, ++column, view.data() ? view.data() : "", int(view.size()),
                          SQLITE_STATIC);
    }
    void text(const QByteArray &value)
    {
        sqlite3_bind_text(statement, ++column, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void integer(qint64 value) { sqlite3_bind_int64(statement, ++column, value); }
    void blob(const QByteArray &value)
    {
        sqlite3_bind_blob(statement, ++column, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    void engagement(qint64 id)
    {
        if (id > 0)
            sqlite3_bind_int64(statement, ++column, id);
        else
            sqlite3_bind_null(statement, ++column);
    }
    bool run()
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc == SQLITE_DONE;
    }
};

} // namespace

Result<qint64> SqliteReportWriter::insertReport(const StoredReport &stored, const QByteArray &raw,
                                                const QByteArray &importedAt)
{
    Binder r{stored, m_report};
    r.text(stored.organization);
    r.text(stored.sender);
    r.text(stored.reportId);
    r.text(stored.startAt);
    r.text(stored.endAt);
    r.text(stored.contactInfo);
    r.text(stored.warnings);
    r.text(stored.origin);
    r.blob(raw);
    r.text(importedAt);
    r.text(stored.contentSha256);
    if (!r.run())
        return error(tr("storing a report"));
    if (sqlite3_changes(m_db) == 0)
        return qint64(0); // ON CONFLICT DO NOTHING: a report with this key is there already
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<ExistingReport> SqliteReportWriter::existing(const StoredReport &stored)
{
    Binder q{stored, m_existing};
    q.text(stored.organization);
    q.text(stored.reportId);
    const int rc = sqlite3_step(m_existing);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(m_existing);
        if (rc == SQLITE_DONE)
            return Error{u"storage.sql"_s, tr("The report “%1” from “%2” was removed while it "
                                              "was being stored again.")
                                               .arg(stored.string(stored.reportId),
                                                    stored.string(stored.organization))};
        return error(tr("looking up a stored report"));
    }
    const ExistingReport found{
        sqlite3_column_int64(m_existing, 0),
        QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_existing, 1)),
                   sqlite3_column_bytes(m_existing, 1)),
        sqlite3_column_int(m_existing, 2) != 0};
    sqlite3_reset(m_existing);
    return found;
}

Status SqliteReportWriter::insertPolicies(qint64 reportRow, const StoredReport &stored)
{
    for (const StoredReport::Policy &policy : stored.policies) {
        Binder p{stored, m_policy};
        p.integer(reportRow);
        p.engagement(policy.engagement);
        p.text(stored.day);
        p.text(stored.sender);
        p.text(policy.type);
        p.text(policy.domain);
        p.text(policy.strings);
        p.text(policy.mxHosts);
        p.integer(policy.successfulSessions);
        p.integer(policy.failedSessions);
        if (!p.run())
            return error(tr("storing a report policy"));
        const qint64 policyRow = sqlite3_last_insert_rowid(m_db);
        for (const StoredReport::Failure &failure : policy.failures) {
            Binder f{stored, m_failure};
            f.integer(policyRow);
            f.engagement(policy.engagement);
            f.text(stored.day);
            f.text(stored.sender);
            f.text(policy.type);
            f.text(policy.domain);
            f.text(failure.resultType);
            f.text(failure.sendingIp);
            f.text(failure.receivingMx);
            f.text(failure.receivingHelo);
            f.text(failure.receivingIp);
            f.integer(failure.failedSessions);
            f.text(failure.additionalInformation);
            f.text(failure.failureReasonCode);
            if (!f.run())
                return error(tr("storing a failure detail"));
        }
    }
    return Status::success();
}

} // namespace sts::storage

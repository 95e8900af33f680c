#include "storage/ReportRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <cstdio>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ReportRepository", text);
}

void EngagementDomains::add(const QString &domainAce, qint64 engagementId)
{
    const QString key = domainAce.toLower();
    if (!m_byDomain.contains(key))
        m_byDomain.insert(key, engagementId);
}

qint64 EngagementDomains::match(const QString &policyDomain) const
{
    if (m_byDomain.isEmpty() || policyDomain.isEmpty())
        return 0;
    // Walk up the labels: "mx1.example.com" → "example.com" → "com"; first hit is the longest.
    QStringView rest(policyDomain);
    for (;;) {
        const auto it = m_byDomain.constFind(rest.toString());
        if (it != m_byDomain.constEnd())
            return it.value();
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return 0;
        rest = rest.mid(dot + 1);
    }
}

static QString jsonList(const QStringList &list)
{
    if (list.isEmpty())
        return u"[]"_s;
    // Printable ASCII needs no escaping: written directly, as QJsonDocument would write it.
    QString json;
    json.reserve(2 + list.size() * 24);
    json += QLatin1Char('[');
    bool plain = true;
    for (const QString &item : list) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar c : item) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\') {
                plain = false;
                break;
            }
        }
        if (!plain)
            break;
        json += item;
        json += QLatin1Char('"');
    }
    if (plain)
        return json + QLatin1Char(']');
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// toIsoUtc() goes through QDateTime::toString(format), which is slow enough to matter at 100,000
// reports; this writes the same text for the years 0001-9999 and defers to it otherwise.
static QString isoUtc(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime utc = at.timeSpec() == Qt::UTC ? at : at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return toIsoUtc(at);
    char buffer[32];
    const int n =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                      d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(buffer, n);
}

StoredForm ReportRepository::storedForm(const tlsrpt::Report &report)
{
    StoredForm form;
    form.startAt = isoUtc(report.startDateTime);
    form.endAt = isoUtc(report.endDateTime);
    form.day = form.startAt.left(10);
    form.warnings = jsonList(report.warnings);
    form.origin = Database::nonNull(report.origin.describe());
    form.policies.reserve(report.policies.size());
    for (const tlsrpt::PolicyResult &policy : report.policies) {
        StoredForm::Policy p{policy.displayPolicyType(),
                             jsonList(policy.policyStrings),
                             jsonList(policy.mxHosts),
                             {}};
        p.failureTypes.reserve(policy.failureDetails.size());
        for (const tlsrpt::FailureDetail &detail : policy.failureDetails)
            p.failureTypes << Database::nonNull(detail.displayResultType());
        form.policies << std::move(p);
    }
    return form;
}

ReportRepository::ReportRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

ReportRepository::~ReportRepository()
{
    // Before the connection closes: SQLite refuses to close with statements outstanding.
    for (sqlite3_stmt *statement : {m_sqliteReport, m_sqlitePolicy, m_sqliteFailure})
        sqlite3_finalize(statement);
}

static Error sqliteError(sqlite3 *db, const QString &what)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    return Database::sqlError(QSqlError(QString(), message, QSqlError::StatementError,
                                        QString::number(sqlite3_extended_errcode(db))),
                              what);
}

// The connection's own sqlite3 handle, when it is a SQLite connection built against the same
// library (Debian's Qt SQLite driver links the system libsqlite3).
static sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status ReportRepository::prepareStatements()
{
    if (m_prepared)
        return Status::success();
    const QSqlDatabase db = m_db->sql();
    m_insertReport = QSqlQuery(db);
    m_insertPolicy = QSqlQuery(db);
    m_insertFailure = QSqlQuery(db);
    m_savepoint = QSqlQuery(db);
    m_release = QSqlQuery(db);
    m_rollback = QSqlQuery(db);
    m_quarantine = QSqlQuery(db);
    const bool ok =
        m_insertReport.prepare(
            u"INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, end_at, "
            "contact_info, warnings, origin, raw, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) "
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
        m_savepoint.prepare(u"SAVEPOINT tlsrpt_input"_s) &&
        m_release.prepare(u"RELEASE SAVEPOINT tlsrpt_input"_s) &&
        m_rollback.prepare(u"ROLLBACK TO SAVEPOINT tlsrpt_input"_s) &&
        m_quarantine.prepare(
            u"INSERT INTO tlsrpt_quarantine (sha256, origin, reason_code, reason, bytes, "
            "first_seen, last_seen, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (sha256) DO UPDATE SET last_seen = excluded.last_seen, "
            "reason_code = excluded.reason_code, reason = excluded.reason, "
            "origin = excluded.origin, attempts = tlsrpt_quarantine.attempts + 1"_s);
    if (!ok) {
        for (const QSqlQuery *q : {&m_insertReport, &m_insertPolicy, &m_insertFailure, &m_savepoint,
                                   &m_release, &m_rollback, &m_quarantine}) {
            if (q->lastError().isValid())
                return Database::sqlError(q->lastError(), tr("preparing the report import"));
        }
    }
    if (!m_db->isPostgres())
        m_sqlite = sqliteHandle(db);
    if (m_sqlite) {
        const auto prepare = [this](const char *sql, sqlite3_stmt **statement) {
            return sqlite3_prepare_v3(m_sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, statement,
                                      nullptr) == SQLITE_OK;
        };
        if (!prepare("INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, "
                     "end_at, contact_info, warnings, origin, raw, imported_at) VALUES (?, ?, ?, "
                     "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organization, report_id) DO NOTHING",
                     &m_sqliteReport) ||
            !prepare("INSERT INTO tlsrpt_policies (report_id, engagement_id, day, sender, "
                     "policy_type, policy_domain, policy_strings, mx_hosts, success_count, "
                     "failure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     &m_sqlitePolicy) ||
            !prepare("INSERT INTO tlsrpt_failures (policy_id, engagement_id, day, sender, "
                     "policy_type, policy_domain, result_type, sending_ip, receiving_mx, "
                     "receiving_helo, receiving_ip, failed_count, additional_information, "
                     "failure_reason_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     &m_sqliteFailure))
            return sqliteError(m_sqlite, tr("preparing the report import"));
    }
    m_prepared = true;
    return Status::success();
}

Status ReportRepository::savepoint()
{
    if (Status ready = prepareStatements(); !ready)
        return ready;
    if (!m_savepoint.exec())
        return Database::sqlError(m_savepoint.lastError(), tr("starting an import step"));
    return Status::success();
}

Status ReportRepository::releaseSavepoint()
{
    if (!m_release.exec())
        return Database::sqlError(m_release.lastError(), tr("finishing an import step"));
    return Status::success();
}

Status ReportRepository::rollbackToSavepoint()
{
    if (!m_rollback.exec() || !m_release.exec())
        return Database::sqlError(m_rollback.lastError(), tr("undoing an import step"));
    return Status::success();
}

Result<ReportRepository::StoreOutcome>
ReportRepository::store(const tlsrpt::Report &report, const EngagementDomains &domains,
                        const QDateTime &importedAt, bool *unassigned, QList<qint64> *engagements)
{
    return store(report, storedForm(report), domains, isoUtc(importedAt), unassigned, engagements);
}

Result<ReportRepository::StoreOutcome>
ReportRepository::store(const tlsrpt::Report &report, const StoredForm &form,
                        const EngagementDomains &domains, const QString &importedAt,
                        bool *unassigned, QList<qint64> *engagements)
{
    if (Status ready = prepareStatements(); !ready)
        return ready.error();
    if (m_sqlite)
        return storeSqlite(report, form, domains, importedAt, unassigned, engagements);
    QSqlQuery &r = m_insertReport;
    r.bindValue(0, Database::nonNull(report.organizationName));
    r.bindValue(1, Database::nonNull(report.sender));
    r.bindValue(2, Database::nonNull(report.reportId));
    r.bindValue(3, form.startAt);
    r.bindValue(4, form.endAt);
    r.bindValue(5, Database::nonNull(report.contactInfo));
    r.bindValue(6, form.warnings);
    r.bindValue(7, form.origin);
    r.bindValue(8, report.raw);
    r.bindValue(9, importedAt);
    if (!r.exec())
        return Database::sqlError(r.lastError(), tr("storing a report"));
    if (!r.next()) {
        r.finish();
        return StoreOutcome::Duplicate;
    }
    const qint64 reportRow = r.value(0).toLongLong();
    r.finish();

    if (unassigned)
        *unassigned = false;
    const QString sender = Database::nonNull(report.sender);
    for (qsizetype i = 0; i < report.policies.size(); ++i) {
        const tlsrpt::PolicyResult &policy = report.policies.at(i);
        const StoredForm::Policy &columns = form.policies.at(i);
        const qint64 engagement = domains.match(policy.policyDomain);
        const QVariant engagementValue =
            engagement > 0 ? QVariant(engagement) : QVariant(QMetaType(QMetaType::LongLong));
        if (engagement == 0 && unassigned)
            *unassigned = true;
        if (engagement > 0 && engagements && !engagements->contains(engagement))
            engagements->append(engagement);
        const QString domain = Database::nonNull(policy.policyDomain);
        QSqlQuery &p = m_insertPolicy;
        p.bindValue(0, reportRow);
        p.bindValue(1, engagementValue);
        p.bindValue(2, form.day);
        p.bindValue(3, sender);
        p.bindValue(4, columns.type);
        p.bindValue(5, domain);
        p.bindValue(6, columns.strings);
        p.bindValue(7, columns.mxHosts);
        p.bindValue(8, policy.totalSuccessfulSessions);
        p.bindValue(9, policy.totalFailureSessions);
        if (!p.exec() || !p.next())
            return Database::sqlError(p.lastError(), tr("storing a report policy"));
        const qint64 policyRow = p.value(0).toLongLong();
        p.finish();
        for (qsizetype k = 0; k < policy.failureDetails.size(); ++k) {
            const tlsrpt::FailureDetail &detail = policy.failureDetails.at(k);
            QSqlQuery &f = m_insertFailure;
            const QVariant values[] = {policyRow,
                                       engagementValue,
                                       form.day,
                                       sender,
                                       columns.type,
                                       domain,
                                       columns.failureTypes.at(k),
                                       Database::nonNull(detail.sendingMtaIp),
                                       Database::nonNull(detail.receivingMxHostname),
                                       Database::nonNull(detail.receivingMxHelo),
                                       Database::nonNull(detail.receivingIp),
                                       detail.failedSessionCount,
                                       Database::nonNull(detail.additionalInformation),
                                       Database::nonNull(detail.failureReasonCode)};
            for (int v = 0; v < int(std::size(values)); ++v)
                f.bindValue(v, values[v]);
            if (!f.exec())
                return Database::sqlError(f.lastError(), tr("storing a failure detail"));
        }
    }
    return StoreOutcome::Stored;
}

namespace {

// Binds by pointer: the values outlive the statement's step, which is reset right after it.
struct Binder
{
    sqlite3_stmt *statement;
    int column = 0;

    void text(const QString &value)
    {
        // A null QString is "" (the NOT NULL text columns), never SQL NULL.
        static const char16_t empty[] = u"";
        const void *data = value.isNull() ? static_cast<const void *>(empty)
                                          : static_cast<const void *>(value.constData());
        sqlite3_bind_text16(statement, ++column, data, int(value.size() * 2), SQLITE_STATIC);
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

Result<ReportRepository::StoreOutcome>
ReportRepository::storeSqlite(const tlsrpt::Report &report, const StoredForm &form,
                              const EngagementDomains &domains, const QString &importedAt,
                              bool *unassigned, QList<qint64> *engagements)
{
    Binder r{m_sqliteReport};
    r.text(report.organizationName);
    r.text(report.sender);
    r.text(report.reportId);
    r.text(form.startAt);
    r.text(form.endAt);
    r.text(report.contactInfo);
    r.text(form.warnings);
    r.text(form.origin);
    r.blob(report.raw);
    r.text(importedAt);
    if (!r.run())
        return sqliteError(m_sqlite, tr("storing a report"));
    if (sqlite3_changes(m_sqlite) == 0)
        return StoreOutcome::Duplicate; // ON CONFLICT DO NOTHING: the report is there already
    const qint64 reportRow = sqlite3_last_insert_rowid(m_sqlite);

    if (unassigned)
        *unassigned = false;
    for (qsizetype i = 0; i < report.policies.size(); ++i) {
        const tlsrpt::PolicyResult &policy = report.policies.at(i);
        const StoredForm::Policy &columns = form.policies.at(i);
        const qint64 engagement = domains.match(policy.policyDomain);
        if (engagement == 0 && unassigned)
            *unassigned = true;
        if (engagement > 0 && engagements && !engagements->contains(engagement))
            engagements->append(engagement);
        Binder p{m_sqlitePolicy};
        p.integer(reportRow);
        p.engagement(engagement);
        p.text(form.day);
        p.text(report.sender);
        p.text(columns.type);
        p.text(policy.policyDomain);
        p.text(columns.strings);
        p.text(columns.mxHosts);
        p.integer(policy.totalSuccessfulSessions);
        p.integer(policy.totalFailureSessions);
        if (!p.run())
            return sqliteError(m_sqlite, tr("storing a report policy"));
        const qint64 policyRow = sqlite3_last_insert_rowid(m_sqlite);
        for (qsizetype k = 0; k < policy.failureDetails.size(); ++k) {
            const tlsrpt::FailureDetail &detail = policy.failureDetails.at(k);
            Binder f{m_sqliteFailure};
            f.integer(policyRow);
            f.engagement(engagement);
            f.text(form.day);
            f.text(report.sender);
            f.text(columns.type);
            f.text(policy.policyDomain);
            f.text(columns.failureTypes.at(k));
            f.text(detail.sendingMtaIp);
            f.text(detail.receivingMxHostname);
            f.text(detail.receivingMxHelo);
            f.text(detail.receivingIp);
            f.integer(detail.failedSessionCount);
            f.text(detail.additionalInformation);
            f.text(detail.failureReasonCode);
            if (!f.run())
                return sqliteError(m_sqlite, tr("storing a failure detail"));
        }
    }
    return StoreOutcome::Stored;
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

Result<QList<QuarantineEntry>> ReportRepository::quarantined() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT id, origin, reason_code, reason, bytes, first_seen, last_seen, attempts "
                "FROM tlsrpt_quarantine ORDER BY id"_s))
        return Database::sqlError(q.lastError(), tr("reading the quarantine"));
    QList<QuarantineEntry> list;
    while (q.next())
        list << QuarantineEntry{q.value(0).toLongLong(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toByteArray(),
                                fromIsoUtc(q.value(5).toString()),
                                fromIsoUtc(q.value(6).toString()),
                                q.value(7).toInt()};
    return list;
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

Result<qint64> ReportRepository::lastImapUid(const QString &account, const QString &folder,
                                             qint64 uidValidity) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT last_uid FROM tlsrpt_imap_state WHERE account = ? AND folder = ? "
              "AND uid_validity = ?"_s);
    q.addBindValue(account);
    q.addBindValue(folder);
    q.addBindValue(uidValidity);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading the IMAP sync state"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status ReportRepository::setLastImapUid(const QString &account, const QString &folder,
                                        qint64 uidValidity, qint64 uid, const QDateTime &at)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO tlsrpt_imap_state (account, folder, uid_validity, last_uid, "
              "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder, uid_validity) "
              "DO UPDATE SET last_uid = excluded.last_uid, updated_at = excluded.updated_at"_s);
    for (const QVariant &v : {QVariant(account), QVariant(folder), QVariant(uidValidity),
                              QVariant(uid), QVariant(toIsoUtc(at))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("saving the IMAP sync state"));
    return Status::success();
}

} // namespace sts::storage

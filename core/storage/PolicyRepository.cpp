#include "storage/PolicyRepository.h"

#include "mtasts/PolicyParser.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::PolicyRepository", text);
}

PolicyRepository::PolicyRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

// `what`: the caller's words for its insert (lupdate files a string here under "sts::storage").
static Result<qint64> insertedId(const Database &db, QSqlQuery &query, const QString &what)
{
    if (db.isPostgres()) {
        Result<bool> row = Database::nextRow(query, what);
        if (!row)
            return row.error();
        return *row ? query.value(0).toLongLong() : qint64(0);
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> PolicyRepository::add(qint64 engagementId, const mtasts::PolicyVersion &version)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO policy_versions (engagement_id, policy_id, mode, max_age, mx, "
                  "body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    query.addBindValue(engagementId);
    query.addBindValue(version.id);
    query.addBindValue(mtasts::policyModeName(version.policy.mode));
    query.addBindValue(version.policy.maxAge);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(version.policy.mxTexts()))
                              .toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(version.file()));
    query.addBindValue(toIsoUtc(version.createdAt));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("storing a policy version"));
    return insertedId(*m_db, query, tr("storing a policy version"));
}

Status PolicyRepository::markPublished(qint64 rowId, const QDateTime &at, qint64 verificationId,
                                       const QString &reason)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery query(m_db->sql());
        query.prepare(u"UPDATE policy_versions SET superseded_at = ? WHERE engagement_id = "
                      "(SELECT engagement_id FROM policy_versions WHERE id = ?) AND id <> ? "
                      "AND published_at IS NOT NULL AND superseded_at IS NULL"_s);
        query.addBindValue(toIsoUtc(at));
        query.addBindValue(rowId);
        query.addBindValue(rowId);
        if (!query.exec())
            return Database::sqlError(query.lastError(), tr("superseding the live policy"));
        query.prepare(u"UPDATE policy_versions SET published_at = ?, superseded_at = NULL, "
                      "verification_id = ?, publish_reason = ? WHERE id = ?"_s);
        query.addBindValue(toIsoUtc(at));
        query.addBindValue(verificationId > 0 ? QVariant(verificationId)
                                              : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(Database::nonNull(reason));
        query.addBindValue(rowId);
        if (!query.exec())
            return Database::sqlError(query.lastError(), tr("marking a policy as published"));
        if (query.numRowsAffected() != 1)
            return Status::failure(u"storage.not-found"_s,
                                   tr("There is no policy version %1.").arg(rowId));
        return Status::success();
    });
}

static StoredPolicyVersion fromRow(const QSqlQuery &query)
{
    StoredPolicyVersion stored;
    stored.rowId = query.value(0).toLongLong();
    stored.engagementId = query.value(1).toLongLong();
    stored.version.id = query.value(2).toString();
    stored.body = query.value(3).toString().toUtf8();
    stored.version.createdAt = fromIsoUtc(query.value(4).toString());
    stored.publishedAt =
        query.value(5).isNull() ? QDateTime() : fromIsoUtc(query.value(5).toString());
    stored.supersededAt =
        query.value(6).isNull() ? QDateTime() : fromIsoUtc(query.value(6).toString());
    stored.verificationId = query.value(7).isNull() ? 0 : query.value(7).toLongLong();
    stored.publishReason = query.value(8).toString();
    // The stored body is the truth; the model is re-read from it.
    const mtasts::PolicyParse parse = mtasts::parsePolicy(stored.body);
    if (parse.policy)
        stored.version.policy = *parse.policy;
    return stored;
}

static const QString kVersionColumns = u"id, engagement_id, policy_id, body, created_at, "
                                       u"published_at, superseded_at, verification_id, "
                                       "publish_reason"_s;

Result<QList<StoredPolicyVersion>> PolicyRepository::forEngagement(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kVersionColumns +
                  u" FROM policy_versions WHERE engagement_id = ? ORDER BY created_at, id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading policy versions"));
    QList<StoredPolicyVersion> out;
    while (query.next())
        out.append(fromRow(query));
    if (Status read = Database::rowsRead(query, tr("reading policy versions")); !read)
        return read.error();
    return out;
}

Result<QHash<qint64, QList<StoredPolicyVersion>>>
PolicyRepository::forEngagements(const QList<qint64> &engagementIds) const
{
    QHash<qint64, QList<StoredPolicyVersion>> out;
    if (engagementIds.isEmpty())
        return out;
    QStringList ids; // numbers from the database, not user text: inlined, one query for all
    for (qint64 id : engagementIds)
        ids << QString::number(id);
    QSqlQuery query(m_db->sql());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + kVersionColumns +
                    u" FROM policy_versions WHERE engagement_id IN ("_s + ids.join(u',') +
                    u") ORDER BY engagement_id, created_at, id"_s))
        return Database::sqlError(query.lastError(), tr("reading policy versions"));
    while (query.next()) {
        StoredPolicyVersion version = fromRow(query);
        out[version.engagementId].append(std::move(version));
    }
    if (Status read = Database::rowsRead(query, tr("reading policy versions")); !read)
        return read.error();
    return out;
}

Result<std::optional<StoredPolicyVersion>> PolicyRepository::current(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kVersionColumns +
                  u" FROM policy_versions WHERE engagement_id = ? AND published_at IS NOT NULL "
                  "AND superseded_at IS NULL ORDER BY published_at DESC, id DESC"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the live policy"));
    Result<bool> row = Database::nextRow(query, tr("reading the live policy"));
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredPolicyVersion>();
    return std::optional<StoredPolicyVersion>(fromRow(query));
}

Result<QStringList> PolicyRepository::idsForDomain(const QString &domainAce) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT p.policy_id FROM policy_versions p JOIN engagements e ON "
                  "e.id = p.engagement_id WHERE e.domain_ace = ?"_s);
    query.addBindValue(domainAce);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the domain's policy ids"));
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    if (Status read = Database::rowsRead(query, tr("reading the domain's policy ids")); !read)
        return read.error();
    return out;
}

Result<qint64> PolicyRepository::recordVerification(qint64 engagementId,
                                                    const StoredVerification &verification)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO policy_verifications (engagement_id, policy_id, checked_at, ok, "
                  "evidence) VALUES (?, ?, ?, ?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    query.addBindValue(engagementId);
    query.addBindValue(verification.policyId);
    query.addBindValue(toIsoUtc(verification.checkedAt));
    query.addBindValue(verification.ok ? 1 : 0);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(verification.evidence).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("storing a policy verification"));
    return insertedId(*m_db, query, tr("storing a policy verification"));
}

Result<QList<StoredVerification>> PolicyRepository::verifications(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, policy_id, checked_at, ok, evidence FROM policy_verifications "
                  "WHERE engagement_id = ? ORDER BY checked_at, id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading policy verifications"));
    QList<StoredVerification> out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(),
                    fromIsoUtc(query.value(2).toString()), query.value(3).toInt() != 0,
                    QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()});
    if (Status read = Database::rowsRead(query, tr("reading policy verifications")); !read)
        return read.error();
    return out;
}

Result<qint64> PolicyRepository::recordCheck(qint64 engagementId, const QDateTime &at,
                                             const mtasts::FetchResult &fetch)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO policy_checks (engagement_id, checked_at, ok, result_type, reason, "
                  "message, http_status, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    query.addBindValue(engagementId);
    query.addBindValue(toIsoUtc(at));
    query.addBindValue(fetch.ok() ? 1 : 0);
    query.addBindValue(Database::nonNull(fetch.error ? fetch.error->code : QString()));
    query.addBindValue(Database::nonNull(fetch.reason));
    query.addBindValue(Database::nonNull(fetch.error ? fetch.error->message : QString()));
    query.addBindValue(fetch.httpStatus);
    query.addBindValue(Database::nonNull(QString::fromUtf8(fetch.body)));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("storing a policy check"));
    return insertedId(*m_db, query, tr("storing a policy check"));
}

Result<QList<StoredPolicyCheck>> PolicyRepository::checks(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, checked_at, ok, result_type, reason, message, http_status "
                  "FROM policy_checks WHERE engagement_id = ? ORDER BY checked_at, id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading policy checks"));
    QList<StoredPolicyCheck> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), fromIsoUtc(query.value(1).toString()),
                    query.value(2).toInt() != 0, query.value(3).toString(),
                    query.value(4).toString(), query.value(5).toString(), query.value(6).toInt()});
    }
    if (Status read = Database::rowsRead(query, tr("reading policy checks")); !read)
        return read.error();
    return out;
}

} // namespace sts::storage

#include "storage/EngagementRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::EngagementRepository", text);
}

static const QString kColumns =
    u"id, customer, domain_ace, domain_display, consultant, language, profile, ca_choice, "
    "hosting, major_senders, created_at, updated_at, last_opened_at, archived"_s;

static Engagement fromRow(const QSqlQuery &query)
{
    Engagement e;
    e.id = query.value(0).toLongLong();
    e.customer = query.value(1).toString();
    e.domain = DomainName{query.value(2).toString(), query.value(3).toString()};
    e.consultant = query.value(4).toString();
    e.language = query.value(5).toString();
    fromKey(query.value(6).toString(), e.profile);
    fromKey(query.value(7).toString(), e.ca);
    fromKey(query.value(8).toString(), e.hosting);
    e.majorSenders.clear();
    const QJsonArray senders = QJsonDocument::fromJson(query.value(9).toByteArray()).array();
    for (const QJsonValue &sender : senders)
        e.majorSenders << sender.toString();
    e.createdAt = fromIsoUtc(query.value(10).toString());
    e.updatedAt = fromIsoUtc(query.value(11).toString());
    e.lastOpenedAt = fromIsoUtc(query.value(12).toString());
    e.archived = query.value(13).toInt() != 0;
    return e;
}

static QString sendersJson(const QStringList &senders)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(senders)).toJson(QJsonDocument::Compact));
}

EngagementRepository::EngagementRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<qint64> EngagementRepository::insert(const Engagement &e)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO engagements (customer, domain_ace, domain_display, consultant, "
                  "language, profile, ca_choice, hosting, major_senders, created_at, updated_at, "
                  "archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    for (const QVariant &value :
         QVariantList{Database::nonNull(e.customer), Database::nonNull(e.domain.ace),
                      Database::nonNull(e.domain.display), Database::nonNull(e.consultant),
                      Database::nonNull(e.language), QVariant(toKey(e.profile)),
                      QVariant(toKey(e.ca)), QVariant(toKey(e.hosting)),
                      QVariant(sendersJson(e.majorSenders)), QVariant(toIsoUtc(e.createdAt)),
                      QVariant(toIsoUtc(e.updatedAt)), QVariant(e.archived ? 1 : 0)})
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("saving the engagement"));
    if (m_db->isPostgres()) {
        if (!query.next())
            return Database::sqlError(query.lastError(), tr("saving the engagement"));
        return query.value(0).toLongLong();
    }
    return query.lastInsertId().toLongLong();
}

Status EngagementRepository::update(const Engagement &e)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"UPDATE engagements SET customer = ?, domain_ace = ?, domain_display = ?, "
                  "consultant = ?, language = ?, profile = ?, ca_choice = ?, hosting = ?, "
                  "major_senders = ?, updated_at = ?, archived = ? WHERE id = ?"_s);
    for (const QVariant &value : QVariantList{
             Database::nonNull(e.customer), Database::nonNull(e.domain.ace),
             Database::nonNull(e.domain.display), Database::nonNull(e.consultant),
             Database::nonNull(e.language), QVariant(toKey(e.profile)), QVariant(toKey(e.ca)),
             QVariant(toKey(e.hosting)), QVariant(sendersJson(e.majorSenders)),
             QVariant(toIsoUtc(e.updatedAt)), QVariant(e.archived ? 1 : 0), QVariant(e.id)})
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("updating the engagement"));
    if (query.numRowsAffected() == 0)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(e.id)};
    return Status::success();
}

Result<Engagement> EngagementRepository::get(qint64 id) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kColumns + u" FROM engagements WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the engagement"));
    Result<bool> row = Database::nextRow(query, tr("reading the engagement"));
    if (!row)
        return row.error();
    if (!*row)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(id)};
    return fromRow(query);
}

Result<QList<Engagement>> EngagementRepository::list(const Filter &filter) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM engagements WHERE 1 = 1"_s;
    if (filter.archivedOnly)
        sql += u" AND archived = 1"_s;
    else if (!filter.includeArchived)
        sql += u" AND archived = 0"_s;
    const QString search = filter.search.trimmed().toLower();
    if (!search.isEmpty())
        sql +=
            u" AND (LOWER(customer) LIKE ? ESCAPE '!' OR LOWER(domain_ace) LIKE ? ESCAPE '!' "
            "OR LOWER(domain_display) LIKE ? ESCAPE '!' OR LOWER(consultant) LIKE ? ESCAPE '!')"_s;
    sql += u" ORDER BY LOWER(customer), domain_ace, id"_s;

    QSqlQuery query(m_db->sql());
    query.prepare(sql);
    if (!search.isEmpty()) {
        // What the user types is matched literally: LIKE's wildcards are escaped.
        QString pattern = search;
        pattern.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        for (int i = 0; i < 4; ++i)
            query.addBindValue(pattern);
    }
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("listing engagements"));
    QList<Engagement> result;
    while (query.next())
        result << fromRow(query);
    if (Status read = Database::rowsRead(query, tr("listing engagements")); !read)
        return read.error();
    return result;
}

Result<QList<Engagement>> EngagementRepository::recent(int limit) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kColumns +
                  u" FROM engagements WHERE archived = 0 AND last_opened_at IS NOT NULL "
                  "ORDER BY last_opened_at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("listing recent engagements"));
    QList<Engagement> result;
    while (query.next())
        result << fromRow(query);
    if (Status read = Database::rowsRead(query, tr("listing recent engagements")); !read)
        return read.error();
    return result;
}

Status EngagementRepository::setArchived(qint64 id, bool archived, const QDateTime &at)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"UPDATE engagements SET archived = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(toIsoUtc(at));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("archiving the engagement"));
    if (query.numRowsAffected() == 0)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(id)};
    return Status::success();
}

Status EngagementRepository::markOpened(qint64 id, const QDateTime &at)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"UPDATE engagements SET last_opened_at = ? WHERE id = ?"_s);
    query.addBindValue(toIsoUtc(at));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("recording the engagement as opened"));
    return Status::success();
}

} // namespace sts::storage

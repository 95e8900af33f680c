#include "storage/ManualMxRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ManualMxRepository", text);
}

static QString addressesJson(const QStringList &addresses)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(addresses)).toJson(QJsonDocument::Compact));
}

static Error notFound(qint64 id)
{
    // Spelled out: lupdate files a tr() in a free function under the namespace.
    return Error{u"mx.not-found"_s,
                 QCoreApplication::translate("sts::storage::ManualMxRepository",
                                             "There is no hand-entered mail server %1.")
                     .arg(id)};
}

ManualMxRepository::ManualMxRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<QList<ManualMxHost>> ManualMxRepository::list(qint64 engagementId) const
{
    const QString what = tr("reading the hand-entered mail servers");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT id, engagement_id, host, priority, addresses, note, created_at, updated_at "
              "FROM manual_mx_hosts WHERE engagement_id = ? ORDER BY priority, host"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    QList<ManualMxHost> out;
    while (q.next()) {
        ManualMxHost h;
        h.id = q.value(0).toLongLong();
        h.engagementId = q.value(1).toLongLong();
        h.host = q.value(2).toString();
        h.priority = q.value(3).toInt();
        for (const QJsonValue &a : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
            h.addresses << a.toString();
        h.note = q.value(5).toString();
        h.createdAt = fromIsoUtc(q.value(6).toString());
        h.updatedAt = fromIsoUtc(q.value(7).toString());
        out << h;
    }
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Result<qint64> ManualMxRepository::insert(const ManualMxHost &h, const EngagementEvent &event)
{
    Result<qint64> id = Error{};
    const Status done = m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->sql());
        q.prepare(u"INSERT INTO manual_mx_hosts (engagement_id, host, priority, addresses, note, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             QVariantList{h.engagementId, h.host, h.priority, addressesJson(h.addresses),
                          Database::nonNull(h.note), toIsoUtc(h.createdAt), toIsoUtc(h.updatedAt)})
            q.addBindValue(v);
        if (!q.exec())
            return Database::sqlError(q.lastError(), tr("saving a hand-entered mail server"));
        // lastInsertId() is not given by every PostgreSQL driver version: ask by the unique key.
        QSqlQuery back(m_db->sql());
        back.prepare(u"SELECT id FROM manual_mx_hosts WHERE engagement_id = ? AND host = ?"_s);
        back.addBindValue(h.engagementId);
        back.addBindValue(h.host);
        if (!back.exec() || !back.next())
            return Database::sqlError(back.lastError(), tr("saving a hand-entered mail server"));
        id = back.value(0).toLongLong();
        EngagementEvent logged = event;
        logged.payload.insert(u"id"_s, *id);
        Result<qint64> appended = EventLog(m_db).append(logged);
        return appended ? Status::success() : Status(appended.error());
    });
    if (!done)
        return done.error();
    return id;
}

Status ManualMxRepository::update(const ManualMxHost &h, const EngagementEvent &event)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->sql());
        q.prepare(u"UPDATE manual_mx_hosts SET host = ?, priority = ?, addresses = ?, note = ?, "
                  "updated_at = ? WHERE id = ? AND engagement_id = ?"_s);
        for (const QVariant &v :
             QVariantList{h.host, h.priority, addressesJson(h.addresses), Database::nonNull(h.note),
                          toIsoUtc(h.updatedAt), h.id, h.engagementId})
            q.addBindValue(v);
        if (!q.exec())
            return Database::sqlError(q.lastError(), tr("saving a hand-entered mail server"));
        if (q.numRowsAffected() == 0)
            return notFound(h.id);
        Result<qint64> appended = EventLog(m_db).append(event);
        return appended ? Status::success() : Status(appended.error());
    });
}

Status ManualMxRepository::remove(qint64 engagementId, qint64 id, const EngagementEvent &event)
{
    return m_db->inTransaction([&]() -> Status {
        QSqlQuery q(m_db->sql());
        q.prepare(u"DELETE FROM manual_mx_hosts WHERE id = ? AND engagement_id = ?"_s);
        q.addBindValue(id);
        q.addBindValue(engagementId);
        if (!q.exec())
            return Database::sqlError(q.lastError(), tr("removing a hand-entered mail server"));
        if (q.numRowsAffected() == 0)
            return notFound(id);
        Result<qint64> appended = EventLog(m_db).append(event);
        return appended ? Status::success() : Status(appended.error());
    });
}

} // namespace sts::storage

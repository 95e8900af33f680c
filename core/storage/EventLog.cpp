#include "storage/EventLog.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::EventLog", text);
}

QJsonObject EngagementEvent::toJson() const
{
    return {{u"id"_s, id},           {u"engagementId"_s, engagementId},
            {u"at"_s, toIsoUtc(at)}, {u"kind"_s, kind},
            {u"actor"_s, actor},     {u"payload"_s, payload}};
}

EventLog::EventLog(std::shared_ptr<const Database> database) : m_db(std::move(database)) {}

Result<qint64> EventLog::append(const EngagementEvent &event)
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"INSERT INTO events (engagement_id, at, kind, actor, payload) "
                  "VALUES (?, ?, ?, ?, ?)"_s +
                  (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
    query.addBindValue(event.engagementId);
    query.addBindValue(toIsoUtc(event.at));
    query.addBindValue(event.kind);
    query.addBindValue(event.actor);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("recording an event"));
    if (m_db->isPostgres()) {
        Result<bool> row = Database::nextRow(query, tr("recording an event"));
        if (!row)
            return row.error();
        return *row ? query.value(0).toLongLong() : qint64(0);
    }
    return query.lastInsertId().toLongLong();
}

static EngagementEvent eventFromRow(const QSqlQuery &query)
{
    EngagementEvent event;
    event.id = query.value(0).toLongLong();
    event.engagementId = query.value(1).toLongLong();
    event.at = fromIsoUtc(query.value(2).toString());
    event.kind = query.value(3).toString();
    event.actor = query.value(4).toString();
    event.payload = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    return event;
}

Result<QList<EngagementEvent>> EventLog::forEngagement(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, engagement_id, at, kind, actor, payload FROM events "
                  "WHERE engagement_id = ? ORDER BY at, id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the event log"));
    QList<EngagementEvent> events;
    while (query.next())
        events << eventFromRow(query);
    if (Status read = Database::rowsRead(query, tr("reading the event log")); !read)
        return read.error();
    return events;
}

Result<QHash<qint64, QList<EngagementEvent>>> EventLog::ofKinds(const QStringList &kinds) const
{
    QHash<qint64, QList<EngagementEvent>> events;
    if (kinds.isEmpty())
        return events;
    QSqlQuery query(m_db->sql());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, engagement_id, at, kind, actor, payload FROM events WHERE kind IN ("_s +
        QStringList(kinds.size(), u"?"_s).join(u',') + u") ORDER BY engagement_id, at, id"_s);
    for (const QString &kind : kinds)
        query.addBindValue(kind);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the event log"));
    while (query.next()) {
        EngagementEvent event = eventFromRow(query);
        events[event.engagementId].append(std::move(event));
    }
    if (Status read = Database::rowsRead(query, tr("reading the event log")); !read)
        return read.error();
    return events;
}

} // namespace sts::storage

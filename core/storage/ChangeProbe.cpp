#include "storage/ChangeProbe.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

// What failed reaches only the log (ChangeFeed::problem() and a warning): a window that cannot
// watch for changes still works, it just shows them after a reload. Hence no translation.
static QString logged(const char *text)
{
    return QString::fromLatin1(text);
}

ChangeProbe::ChangeProbe(std::shared_ptr<const Database> database) : m_db(std::move(database)) {}

QString ChangeProbe::channel()
{
    return u"stsdesk_changes"_s;
}

static Result<qint64> singleNumber(const Database &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql))
        return Database::sqlError(query.lastError(), what);
    Result<bool> row = Database::nextRow(query, what);
    if (!row)
        return row.error();
    return *row ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> ChangeProbe::dataVersion() const
{
    return singleNumber(*m_db, u"PRAGMA data_version"_s, logged("reading the change counter"));
}

Result<qint64> ChangeProbe::newestEventId() const
{
    return singleNumber(*m_db, u"SELECT COALESCE(MAX(id), 0) FROM events"_s,
                        logged("reading the event log"));
}

Result<QSet<qint64>> ChangeProbe::engagementsWithEventsAfter(qint64 &afterId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, engagement_id FROM events WHERE id > ? ORDER BY id"_s);
    query.addBindValue(afterId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), logged("reading the event log"));
    QSet<qint64> engagements;
    while (query.next()) {
        afterId = qMax(afterId, query.value(0).toLongLong());
        engagements.insert(query.value(1).toLongLong());
    }
    if (Status read = Database::rowsRead(query, logged("reading the event log")); !read)
        return read.error();
    return engagements;
}

Result<qint64> ChangeProbe::backendPid() const
{
    return singleNumber(*m_db, u"SELECT pg_backend_pid()"_s, logged("reading the connection's id"));
}

Result<std::shared_ptr<Database>> ChangeProbe::listen() const
{
    Result<std::shared_ptr<Database>> listener = m_db->openAnother();
    if (!listener)
        return listener;
    QSqlDriver *driver = (*listener)->sql().driver();
    if (!driver->subscribeToNotification(channel()))
        return Database::sqlError(driver->lastError(), logged("listening for changes"));
    return listener;
}

Status ChangeProbe::alive(const Database &listener)
{
    Result<qint64> one = singleNumber(listener, u"SELECT 1"_s, logged("checking the connection"));
    if (!one)
        return one.error();
    return {};
}

std::pair<qint64, qint64> ChangeProbe::parsePayload(const QString &payload)
{
    const QStringList parts = payload.split(u':');
    if (parts.size() != 2)
        return {0, 0};
    return {parts.at(0).toLongLong(), parts.at(1).toLongLong()};
}

} // namespace sts::storage

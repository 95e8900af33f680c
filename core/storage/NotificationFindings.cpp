#include "storage/NotificationFindings.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::NotificationFindings", text);
}

NotificationFindings::NotificationFindings(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

static const char *const kSelect =
    "SELECT f.id, f.engagement_id, f.kind, f.subject, f.severity, f.state, f.details, "
    "f.first_seen, f.last_seen, e.customer, e.domain_display, e.consultant FROM findings f "
    "JOIN engagements e ON e.id = f.engagement_id WHERE f.state <> 'resolved' AND "
    "e.archived = 0 AND ";

static Result<QList<PendingFinding>> readFindings(QSqlQuery &q, const QString &what);

Result<QList<PendingFinding>> NotificationFindings::pending() const
{
    const QString what = tr("reading the findings to notify");
    QSqlQuery q(m_db->sql());
    if (!q.exec(QLatin1StringView(kSelect) +
                u"f.notified_at IS NULL ORDER BY e.consultant, e.customer, f.engagement_id, "
                "f.id"_s))
        return Database::sqlError(q.lastError(), what);
    return readFindings(q, what);
}

Result<QList<PendingFinding>> NotificationFindings::unresolvedAfter(qint64 afterId) const
{
    const QString what = tr("reading the new findings");
    QSqlQuery q(m_db->sql());
    q.prepare(QLatin1StringView(kSelect) + u"f.id > ? ORDER BY f.id"_s);
    q.addBindValue(afterId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    return readFindings(q, what);
}

Result<qint64> NotificationFindings::latestId() const
{
    const QString what = tr("reading the new findings");
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM findings"_s))
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    return *row ? q.value(0).toLongLong() : 0;
}

static Result<QList<PendingFinding>> readFindings(QSqlQuery &q, const QString &what)
{
    QList<PendingFinding> out;
    while (q.next()) {
        PendingFinding p;
        Finding &f = p.finding;
        f.id = q.value(0).toLongLong();
        f.engagementId = q.value(1).toLongLong();
        f.kind = q.value(2).toString();
        f.subject = q.value(3).toString();
        fromKey(q.value(4).toString(), f.severity);
        fromKey(q.value(5).toString(), f.state);
        f.details = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        f.firstSeen = fromIsoUtc(q.value(7).toString());
        f.lastSeen = fromIsoUtc(q.value(8).toString());
        p.customer = q.value(9).toString();
        p.domain = q.value(10).toString();
        p.consultant = q.value(11).toString();
        out.append(p);
    }
    if (Status read = Database::rowsRead(q, what); !read)
        return read.error();
    return out;
}

Result<int> NotificationFindings::markNotified(const QList<qint64> &ids, const QDateTime &at)
{
    const QString what = tr("marking findings as notified");
    QSqlQuery q(m_db->sql());
    q.prepare(u"UPDATE findings SET notified_at = ? WHERE id = ? AND notified_at IS NULL"_s);
    int marked = 0;
    for (qint64 id : ids) {
        q.addBindValue(toIsoUtc(at));
        q.addBindValue(id);
        if (!q.exec())
            return Database::sqlError(q.lastError(), what);
        marked += q.numRowsAffected();
    }
    return marked;
}

} // namespace sts::storage

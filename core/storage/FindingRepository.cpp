#include "storage/FindingRepository.h"

#include "engagement/EventKinds.h"
#include "storage/EventLog.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::FindingRepository", text);
}

static const QString kColumns =
    u"id, engagement_id, kind, subject, severity, state, details, first_seen, last_seen, "
    "acknowledged_at, acknowledged_by, resolved_at, notified_at"_s;

static QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromIsoUtc(value.toString());
}

static Finding readFinding(const QSqlQuery &query)
{
    Finding f;
    f.id = query.value(0).toLongLong();
    f.engagementId = query.value(1).toLongLong();
    f.kind = query.value(2).toString();
    f.subject = query.value(3).toString();
    fromKey(query.value(4).toString(), f.severity);
    fromKey(query.value(5).toString(), f.state);
    f.details = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    f.firstSeen = fromIsoUtc(query.value(7).toString());
    f.lastSeen = fromIsoUtc(query.value(8).toString());
    f.acknowledgedAt = optionalTime(query.value(9));
    f.acknowledgedBy = query.value(10).toString();
    f.resolvedAt = optionalTime(query.value(11));
    f.notifiedAt = optionalTime(query.value(12));
    return f;
}

static QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FindingRepository::FindingRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

QString FindingRepository::conditionKey(const QString &kind, const QString &subject)
{
    return kind + u'|' + subject;
}

Status FindingRepository::logEvent(const Finding &finding, QLatin1StringView kind,
                                   const QDateTime &at, const QString &actor) const
{
    EngagementEvent event;
    event.engagementId = finding.engagementId;
    event.at = at;
    event.kind = QString(kind);
    event.actor = actor;
    event.payload = {{u"findingId"_s, finding.id},
                     {u"kind"_s, finding.kind},
                     {u"subject"_s, finding.subject},
                     {u"severity"_s, toKey(finding.severity)},
                     {u"details"_s, finding.details}};
    Result<qint64> appended = EventLog(m_db).append(event);
    if (!appended)
        return appended.error();
    return {};
}

Result<std::optional<Finding>> FindingRepository::one(const QString &where,
                                                      const QVariantList &values) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kColumns + u" FROM findings WHERE "_s + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading findings"));
    Result<bool> row = Database::nextRow(query, tr("reading findings"));
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Finding>();
    return std::optional<Finding>(readFinding(query));
}

Result<std::optional<Finding>> FindingRepository::unresolved(qint64 engagementId,
                                                             const QString &kind,
                                                             const QString &subject) const
{
    return one(u"engagement_id = ? AND kind = ? AND subject = ? AND state <> 'resolved'"_s,
               {engagementId, kind, Database::nonNull(subject)});
}

Result<UpsertedFinding> FindingRepository::upsert(const Finding &observed, const QDateTime &at,
                                                  const QString &actor)
{
    UpsertedFinding result;
    const Status written = m_db->inTransaction([&]() -> Status {
        Result<std::optional<Finding>> existing =
            unresolved(observed.engagementId, observed.kind, observed.subject);
        if (!existing)
            return existing.error();
        QSqlQuery query(m_db->sql());
        if (existing->has_value()) {
            result.finding = **existing;
            result.finding.lastSeen = at;
            result.finding.severity = observed.severity;
            result.finding.details = observed.details;
            query.prepare(
                u"UPDATE findings SET last_seen = ?, severity = ?, details = ? WHERE id = ?"_s);
            query.addBindValue(toIsoUtc(at));
            query.addBindValue(toKey(observed.severity));
            query.addBindValue(compact(observed.details));
            query.addBindValue(result.finding.id);
            if (!query.exec())
                return Database::sqlError(query.lastError(), tr("updating a finding"));
            return {};
        }
        query.prepare(u"INSERT INTO findings (engagement_id, kind, subject, severity, state, "
                      "details, first_seen, last_seen) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)"_s +
                      (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
        query.addBindValue(observed.engagementId);
        query.addBindValue(observed.kind);
        query.addBindValue(Database::nonNull(observed.subject));
        query.addBindValue(toKey(observed.severity));
        query.addBindValue(compact(observed.details));
        query.addBindValue(toIsoUtc(at));
        query.addBindValue(toIsoUtc(at));
        if (!query.exec())
            return Database::sqlError(query.lastError(), tr("storing a finding"));
        result.finding = observed;
        result.finding.subject = Database::nonNull(observed.subject);
        result.finding.state = Finding::State::Open;
        result.finding.firstSeen = at;
        result.finding.lastSeen = at;
        result.finding.acknowledgedAt = {};
        result.finding.acknowledgedBy.clear();
        result.finding.resolvedAt = {};
        result.finding.notifiedAt = {};
        if (m_db->isPostgres()) {
            Result<bool> row = Database::nextRow(query, tr("storing a finding"));
            if (!row)
                return row.error();
            result.finding.id = *row ? query.value(0).toLongLong() : 0;
        } else {
            result.finding.id = query.lastInsertId().toLongLong();
        }
        result.opened = true;
        return logEvent(result.finding, events::kFindingOpened, at, actor);
    });
    if (!written)
        return written.error();
    return result;
}

Result<Finding> FindingRepository::acknowledge(qint64 findingId, const QDateTime &at,
                                               const QString &actor)
{
    Finding finding;
    const Status written = m_db->inTransaction([&]() -> Status {
        Result<Finding> found = get(findingId);
        if (!found)
            return found.error();
        finding = *found;
        if (finding.state == Finding::State::Resolved)
            return Error{u"finding.resolved"_s,
                         tr("Finding %1 is resolved already; there is nothing to acknowledge.")
                             .arg(findingId)};
        if (finding.state == Finding::State::Acknowledged)
            return {}; // twice is once: no second event
        QSqlQuery query(m_db->sql());
        query.prepare(u"UPDATE findings SET state = 'acknowledged', acknowledged_at = ?, "
                      "acknowledged_by = ? WHERE id = ?"_s);
        query.addBindValue(toIsoUtc(at));
        query.addBindValue(Database::nonNull(actor));
        query.addBindValue(findingId);
        if (!query.exec())
            return Database::sqlError(query.lastError(), tr("acknowledging a finding"));
        finding.state = Finding::State::Acknowledged;
        finding.acknowledgedAt = at;
        finding.acknowledgedBy = actor;
        return logEvent(finding, events::kFindingAcknowledged, at, actor);
    });
    if (!written)
        return written.error();
    return finding;
}

Result<QList<Finding>> FindingRepository::resolveUnseen(qint64 engagementId,
                                                        const QStringList &kinds,
                                                        const QSet<QString> &seen,
                                                        const QDateTime &at, const QString &actor)
{
    QList<Finding> resolved;
    if (kinds.isEmpty())
        return resolved;
    const Status written = m_db->inTransaction([&]() -> Status {
        Result<QList<Finding>> open = list(engagementId, std::nullopt);
        if (!open)
            return open.error();
        for (Finding finding : std::as_const(*open)) {
            if (finding.state == Finding::State::Resolved || !kinds.contains(finding.kind) ||
                seen.contains(conditionKey(finding.kind, finding.subject)))
                continue;
            QSqlQuery query(m_db->sql());
            query.prepare(
                u"UPDATE findings SET state = 'resolved', resolved_at = ? WHERE id = ?"_s);
            query.addBindValue(toIsoUtc(at));
            query.addBindValue(finding.id);
            if (!query.exec())
                return Database::sqlError(query.lastError(), tr("resolving a finding"));
            finding.state = Finding::State::Resolved;
            finding.resolvedAt = at;
            if (Status logged = logEvent(finding, events::kFindingResolved, at, actor); !logged)
                return logged;
            resolved.append(finding);
        }
        return {};
    });
    if (!written)
        return written.error();
    return resolved;
}

Result<Finding> FindingRepository::get(qint64 findingId) const
{
    Result<std::optional<Finding>> found = one(u"id = ?"_s, {findingId});
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{u"finding.unknown"_s, tr("There is no finding %1.").arg(findingId)};
    return **found;
}

Result<QList<Finding>> FindingRepository::list(std::optional<qint64> engagementId,
                                               std::optional<Finding::State> state) const
{
    QStringList where;
    if (engagementId)
        where << u"engagement_id = ?"_s;
    if (state)
        where << u"state = ?"_s;
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kColumns + u" FROM findings"_s +
                  (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) +
                  u" ORDER BY first_seen DESC, id DESC"_s);
    if (engagementId)
        query.addBindValue(*engagementId);
    if (state)
        query.addBindValue(toKey(*state));
    return readAll(query);
}

Result<QList<Finding>> FindingRepository::listUnresolved(std::optional<qint64> engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT "_s + kColumns + u" FROM findings WHERE state <> 'resolved'"_s +
                  (engagementId ? u" AND engagement_id = ?"_s : QString()) +
                  u" ORDER BY engagement_id, id"_s);
    if (engagementId)
        query.addBindValue(*engagementId);
    return readAll(query);
}

Result<QList<Finding>> FindingRepository::readAll(QSqlQuery &query)
{
    query.setForwardOnly(true);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading findings"));
    QList<Finding> findings;
    while (query.next())
        findings.append(readFinding(query));
    if (Status read = Database::rowsRead(query, tr("reading findings")); !read)
        return read.error();
    return findings;
}

Result<QHash<qint64, FindingCounts>> FindingRepository::countsPerEngagement() const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT engagement_id, state, severity, COUNT(*) FROM findings "
                  "WHERE state <> 'resolved' GROUP BY engagement_id, state, severity"_s);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("counting findings"));
    QHash<qint64, FindingCounts> counts;
    while (query.next()) {
        FindingCounts &c = counts[query.value(0).toLongLong()];
        const int n = query.value(3).toInt();
        (query.value(1).toString() == u"open"_s ? c.open : c.acknowledged) += n;
        Finding::Severity severity = Finding::Severity::Warning;
        fromKey(query.value(2).toString(), severity);
        switch (severity) {
        case Finding::Severity::Critical:
            c.critical += n;
            break;
        case Finding::Severity::Warning:
            c.warning += n;
            break;
        case Finding::Severity::Info:
            c.info += n;
            break;
        }
    }
    if (Status read = Database::rowsRead(query, tr("counting findings")); !read)
        return read.error();
    return counts;
}

} // namespace sts::storage

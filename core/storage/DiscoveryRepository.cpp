#include "storage/DiscoveryRepository.h"

#include "dns/DnssecVerdict.h"
#include "engagement/EventKinds.h"
#include "storage/EventLog.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::DiscoveryRepository", text);
}

DiscoveryRepository::DiscoveryRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

// A short summary in the event, so the log reads without opening the snapshot.
static QJsonObject eventPayload(qint64 snapshotId, const DiscoverySnapshot &s)
{
    int errors = 0, warnings = 0;
    for (const dns::Finding &f : s.report.findings) {
        errors += f.severity == dns::Finding::Severity::Error;
        warnings += f.severity == dns::Finding::Severity::Warning;
    }
    QJsonArray hosts;
    for (const dns::MxHostReport &h : s.report.hosts)
        hosts.append(h.name);
    return {{u"snapshotId"_s, snapshotId},
            {u"domain"_s, s.report.domain},
            {u"resolver"_s, s.resolver},
            {u"trustAnchor"_s, s.trustAnchor},
            {u"mxHosts"_s, hosts},
            {u"mxDnssec"_s, dns::DnssecVerdict::securityName(s.report.mx.verdict.security)},
            {u"errors"_s, errors},
            {u"warnings"_s, warnings}};
}

Result<qint64> DiscoveryRepository::save(const DiscoverySnapshot &input, const QString &actor)
{
    DiscoverySnapshot s = input;
    if (!s.takenAt.isValid())
        s.takenAt =
            s.report.finishedAt.isValid() ? s.report.finishedAt : QDateTime::currentDateTimeUtc();
    if (s.resolver.isEmpty())
        s.resolver = s.report.resolver;
    qint64 id = 0;
    Status stored = m_db->inTransaction([&]() -> Status {
        QSqlQuery query(m_db->sql());
        query.prepare(u"INSERT INTO discovery_snapshots (engagement_id, taken_at, domain, "
                      "resolver, trust_anchor, report) VALUES (?, ?, ?, ?, ?, ?)"_s +
                      (m_db->isPostgres() ? u" RETURNING id"_s : QString()));
        query.addBindValue(s.engagementId);
        query.addBindValue(toIsoUtc(s.takenAt));
        query.addBindValue(Database::nonNull(s.report.domain));
        query.addBindValue(Database::nonNull(s.resolver));
        query.addBindValue(Database::nonNull(s.trustAnchor));
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(s.report.toJson()).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return Database::sqlError(query.lastError(), tr("storing a discovery snapshot"));
        if (m_db->isPostgres()) {
            Result<bool> row = Database::nextRow(query, tr("storing a discovery snapshot"));
            if (!row)
                return row.error();
            id = *row ? query.value(0).toLongLong() : 0;
        } else {
            id = query.lastInsertId().toLongLong();
        }
        EngagementEvent event;
        event.engagementId = s.engagementId;
        event.at = s.takenAt;
        event.kind = events::kDiscoveryCompleted;
        event.actor =
            Database::nonNull(actor); // no consultant name and no $USER is still a valid run
        event.payload = eventPayload(id, s);
        Result<qint64> logged = EventLog(m_db).append(event);
        if (!logged)
            return logged.error();
        return Status::success();
    });
    if (!stored)
        return stored.error();
    return id;
}

Result<QList<DiscoverySnapshot>>
DiscoveryRepository::query(const QString &where, const QList<QVariant> &binds, int limit) const
{
    QSqlQuery query(m_db->sql());
    QString sql = u"SELECT id, engagement_id, taken_at, resolver, trust_anchor, report FROM "
                  "discovery_snapshots WHERE "_s +
                  where + u" ORDER BY taken_at DESC, id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading discovery snapshots"));
    QList<DiscoverySnapshot> out;
    while (query.next()) {
        DiscoverySnapshot s;
        s.id = query.value(0).toLongLong();
        s.engagementId = query.value(1).toLongLong();
        s.takenAt = fromIsoUtc(query.value(2).toString());
        s.resolver = query.value(3).toString();
        s.trustAnchor = query.value(4).toString();
        QJsonParseError parseError;
        const QJsonDocument json =
            QJsonDocument::fromJson(query.value(5).toByteArray(), &parseError);
        if (!json.isObject())
            return Error{u"storage.corrupt"_s, tr("Discovery snapshot %1 cannot be read: %2")
                                                   .arg(s.id)
                                                   .arg(parseError.errorString())};
        s.report = dns::DiscoveryReport::fromJson(json.object());
        out.append(s);
    }
    if (Status read = Database::rowsRead(query, tr("reading discovery snapshots")); !read)
        return read.error();
    return out;
}

static Result<std::optional<DiscoverySnapshot>> at(Result<QList<DiscoverySnapshot>> rows,
                                                   qsizetype index)
{
    if (!rows)
        return rows.error();
    if (rows->size() <= index)
        return std::optional<DiscoverySnapshot>();
    return std::optional<DiscoverySnapshot>(rows->at(index));
}

Result<std::optional<DiscoverySnapshot>> DiscoveryRepository::get(qint64 snapshotId) const
{
    return at(query(u"id = ?"_s, {snapshotId}, 1), 0);
}

Result<std::optional<DiscoverySnapshot>> DiscoveryRepository::latest(qint64 engagementId) const
{
    return at(query(u"engagement_id = ?"_s, {engagementId}, 1), 0);
}

Result<std::optional<DiscoverySnapshot>> DiscoveryRepository::previous(qint64 engagementId) const
{
    return at(query(u"engagement_id = ?"_s, {engagementId}, 2), 1);
}

Result<QList<DiscoverySnapshot>> DiscoveryRepository::list(qint64 engagementId) const
{
    return query(u"engagement_id = ?"_s, {engagementId}, 0);
}

} // namespace sts::storage

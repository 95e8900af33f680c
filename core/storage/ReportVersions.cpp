#include "storage/ReportVersions.h"

#include "storage/ReportRepository.h"
#include "tlsrpt/ReportParser.h"
#include "util/IsoTime.h"
#include "util/Saturating.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ReportVersions", text);
}

static QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

static QStringList fromJsonList(const QByteArray &json)
{
    QStringList list;
    for (const QJsonValue &item : QJsonDocument::fromJson(json).array())
        list << item.toString();
    return list;
}

ReportVersions::ReportVersions(std::shared_ptr<const Database> database) : m_db(std::move(database))
{}

Result<ExistingReport> ReportVersions::existing(const StoredReport &stored)
{
    if (!m_lookupPrepared) {
        m_lookup = QSqlQuery(m_db->sql());
        if (!m_lookup.prepare(u"SELECT id, content_sha256, conflict FROM tlsrpt_reports "
                              "WHERE organization = ? AND report_id = ?"_s))
            return Database::sqlError(m_lookup.lastError(), tr("looking up a stored report"));
        m_lookupPrepared = true;
    }
    m_lookup.bindValue(0, stored.string(stored.organization));
    m_lookup.bindValue(1, stored.string(stored.reportId));
    if (!m_lookup.exec())
        return Database::sqlError(m_lookup.lastError(), tr("looking up a stored report"));
    Result<bool> found = Database::nextRow(m_lookup, tr("looking up a stored report"));
    if (!found)
        return found.error();
    if (!*found)
        return Error{u"storage.sql"_s,
                     tr("The report “%1” from “%2” was removed while it was "
                        "being stored again.")
                         .arg(stored.string(stored.reportId), stored.string(stored.organization))};
    const ExistingReport existing{m_lookup.value(0).toLongLong(),
                                  m_lookup.value(1).toString().toLatin1(),
                                  m_lookup.value(2).toInt() != 0};
    m_lookup.finish();
    return existing;
}

Result<ReportVersions::Arrival> ReportVersions::arrived(const ExistingReport &existing,
                                                        const StoredReport &stored,
                                                        const QByteArray &raw,
                                                        const QByteArray &importedAt)
{
    const qint64 reportRow = existing.row;
    QByteArray storedSha = existing.contentSha256;
    const bool inConflict = existing.conflict;
    if (!inConflict) {
        if (storedSha.isEmpty()) {
            Result<QByteArray> computed = storedHash(reportRow); // stored before hashes were
            if (!computed)
                return computed.error();
            storedSha = *computed;
        }
        if (storedSha == stored.contentSha256)
            return Arrival::Duplicate; // by far the most common case: the same report again
    }
    // A version decided on before (a discarded one sent again) is a duplicate as well.
    Result<bool> known = hasVersion(reportRow, stored.contentSha256);
    if (!known)
        return known.error();
    if (*known)
        return Arrival::Duplicate;
    if (!inConflict) {
        if (Status opened = openConflict(reportRow, storedSha); !opened)
            return opened.error();
    }
    tlsrpt::ReportVersion version;
    version.contentSha256 = stored.contentSha256;
    version.startAt = fromIsoUtc(stored.string(stored.startAt));
    version.endAt = fromIsoUtc(stored.string(stored.endAt));
    version.contactInfo = stored.string(stored.contactInfo);
    for (const StoredReport::Policy &policy : stored.policies) {
        const QString domain = stored.string(policy.domain);
        if (!domain.isEmpty() && !version.policyDomains.contains(domain))
            version.policyDomains << domain;
        addCount(version.successfulSessions, policy.successfulSessions);
        addCount(version.failedSessions, policy.failedSessions);
    }
    version.warnings = fromJsonList(stored.view(stored.warnings).toByteArray());
    version.origin = stored.string(stored.origin);
    version.raw = raw;
    version.importedAt = fromIsoUtc(QString::fromUtf8(importedAt));
    if (Status inserted = insertVersion(reportRow, version); !inserted)
        return inserted.error();
    return Arrival::Conflict;
}

Result<QByteArray> ReportVersions::storedHash(qint64 reportRow)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT raw FROM tlsrpt_reports WHERE id = ?"_s);
    q.addBindValue(reportRow);
    if (!q.exec() || !q.next())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    const QByteArray raw = q.value(0).toByteArray();
    Result<tlsrpt::Report> report = tlsrpt::ReportParser::parse(raw);
    // A stored report the parser no longer reads cannot be compared by content: by its bytes.
    const QByteArray sha =
        report ? StoredReport::build(*report, {}).contentSha256
               : "raw:" + QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    q.prepare(u"UPDATE tlsrpt_reports SET content_sha256 = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromLatin1(sha));
    q.addBindValue(reportRow);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    return sha;
}

Result<bool> ReportVersions::hasVersion(qint64 reportRow, const QByteArray &hash)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT 1 FROM tlsrpt_report_versions WHERE report_id = ? AND content_sha256 = ?"_s);
    q.addBindValue(reportRow);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading report versions"));
    return Database::nextRow(q, tr("reading report versions"));
}

// The stored report becomes the first version of a conflict and leaves every aggregate.
Status ReportVersions::openConflict(qint64 reportRow, const QByteArray &hash)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT start_at, end_at, contact_info, warnings, origin, raw, imported_at "
              "FROM tlsrpt_reports WHERE id = ?"_s);
    q.addBindValue(reportRow);
    if (!q.exec() || !q.next())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    tlsrpt::ReportVersion first;
    first.contentSha256 = hash;
    first.startAt = fromIsoUtc(q.value(0).toString());
    first.endAt = fromIsoUtc(q.value(1).toString());
    first.contactInfo = q.value(2).toString();
    first.warnings = fromJsonList(q.value(3).toByteArray());
    first.origin = q.value(4).toString();
    first.raw = q.value(5).toByteArray();
    first.importedAt = fromIsoUtc(q.value(6).toString());
    q.prepare(u"SELECT policy_domain, success_count, failure_count FROM tlsrpt_policies "
              "WHERE report_id = ? ORDER BY id"_s);
    q.addBindValue(reportRow);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    while (q.next()) {
        const QString domain = q.value(0).toString();
        if (!domain.isEmpty() && !first.policyDomains.contains(domain))
            first.policyDomains << domain;
        addCount(first.successfulSessions, Database::countValue(q.value(1)));
        addCount(first.failedSessions, Database::countValue(q.value(2)));
    }
    if (Status read = Database::rowsRead(q, tr("reading a stored report")); !read)
        return read;
    if (Status inserted = insertVersion(reportRow, first); !inserted)
        return inserted;
    // Its failure details go with the policies (ON DELETE CASCADE).
    for (const QString &statement : {u"DELETE FROM tlsrpt_policies WHERE report_id = ?"_s,
                                     u"UPDATE tlsrpt_reports SET conflict = 1 WHERE id = ?"_s}) {
        q.prepare(statement);
        q.addBindValue(reportRow);
        if (!q.exec())
            return Database::sqlError(q.lastError(), tr("setting a report in conflict aside"));
    }
    return Status::success();
}

Status ReportVersions::insertVersion(qint64 reportRow, const tlsrpt::ReportVersion &v)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO tlsrpt_report_versions (report_id, content_sha256, start_at, end_at, "
              "contact_info, policy_domains, success_count, failure_count, warnings, origin, raw, "
              "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (report_id, content_sha256) DO NOTHING"_s);
    for (const QVariant &value :
         {QVariant(reportRow), QVariant(QString::fromLatin1(v.contentSha256)),
          QVariant(toIsoUtc(v.startAt)), QVariant(toIsoUtc(v.endAt)),
          QVariant(Database::nonNull(v.contactInfo)), QVariant(jsonList(v.policyDomains)),
          QVariant(v.successfulSessions), QVariant(v.failedSessions),
          QVariant(jsonList(v.warnings)), QVariant(Database::nonNull(v.origin)), QVariant(v.raw),
          QVariant(toIsoUtc(v.importedAt))})
        q.addBindValue(value);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("keeping a conflicting report"));
    return Status::success();
}

static const QString kVersionColumns =
    u"v.id, v.report_id, v.content_sha256, v.start_at, v.end_at, v.contact_info, "
    "v.policy_domains, v.success_count, v.failure_count, v.warnings, v.origin, v.raw, "
    "v.imported_at, v.resolution"_s;

static tlsrpt::ReportVersion versionFromRow(const QSqlQuery &q, int at)
{
    tlsrpt::ReportVersion v;
    v.id = q.value(at).toLongLong();
    v.reportRow = q.value(at + 1).toLongLong();
    v.contentSha256 = q.value(at + 2).toString().toLatin1();
    v.startAt = fromIsoUtc(q.value(at + 3).toString());
    v.endAt = fromIsoUtc(q.value(at + 4).toString());
    v.contactInfo = q.value(at + 5).toString();
    v.policyDomains = fromJsonList(q.value(at + 6).toByteArray());
    v.successfulSessions = Database::countValue(q.value(at + 7));
    v.failedSessions = Database::countValue(q.value(at + 8));
    v.warnings = fromJsonList(q.value(at + 9).toByteArray());
    v.origin = q.value(at + 10).toString();
    v.raw = q.value(at + 11).toByteArray();
    v.importedAt = fromIsoUtc(q.value(at + 12).toString());
    v.resolution = q.value(at + 13).toString();
    return v;
}

Result<QList<tlsrpt::ReportConflict>> ReportVersions::read(const QString &where,
                                                           const QVariantList &binds) const
{
    Result<EngagementDomains> domains = ReportRepository(m_db).engagementDomains();
    if (!domains)
        return domains.error();
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT r.organization, r.sender, r.report_id, "_s + kVersionColumns +
              u" FROM tlsrpt_reports r JOIN tlsrpt_report_versions v ON v.report_id = r.id "
              "WHERE "_s +
              where + u" ORDER BY r.id, v.id"_s);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading report conflicts"));
    QList<tlsrpt::ReportConflict> conflicts;
    while (q.next()) {
        const tlsrpt::ReportVersion version = versionFromRow(q, 3);
        if (conflicts.isEmpty() || conflicts.last().reportRow != version.reportRow)
            conflicts << tlsrpt::ReportConflict{version.reportRow,
                                                q.value(0).toString(),
                                                q.value(1).toString(),
                                                q.value(2).toString(),
                                                {},
                                                {}};
        tlsrpt::ReportConflict &conflict = conflicts.last();
        conflict.versions << version;
        for (const QString &domain : version.policyDomains) {
            if (const qint64 id = domains->match(domain);
                id > 0 && !conflict.engagements.contains(id))
                conflict.engagements << id;
        }
    }
    if (Status rows = Database::rowsRead(q, tr("reading report conflicts")); !rows)
        return rows.error();
    return conflicts;
}

Result<QList<tlsrpt::ReportConflict>> ReportVersions::conflicts(qint64 engagementId) const
{
    Result<QList<tlsrpt::ReportConflict>> all = read(u"r.conflict = 1"_s, {});
    if (!all || engagementId <= 0)
        return all;
    QList<tlsrpt::ReportConflict> concerned;
    for (const tlsrpt::ReportConflict &conflict : std::as_const(*all)) {
        if (conflict.engagements.contains(engagementId))
            concerned << conflict;
    }
    return concerned;
}

Result<tlsrpt::ReportConflict> ReportVersions::conflictOf(qint64 reportRow) const
{
    Result<QList<tlsrpt::ReportConflict>> found = read(u"r.id = ?"_s, {reportRow});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{u"tlsrpt.no-conflict"_s,
                     tr("Report %1 has no versions in conflict.").arg(reportRow)};
    return found->first();
}

Result<tlsrpt::ReportVersion> ReportVersions::version(qint64 versionId) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT "_s + kVersionColumns + u" FROM tlsrpt_report_versions v WHERE v.id = ?"_s);
    q.addBindValue(versionId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading a report version"));
    Result<bool> row = Database::nextRow(q, tr("reading a report version"));
    if (!row)
        return row.error();
    if (!*row)
        return Error{u"tlsrpt.version-not-found"_s,
                     tr("There is no report version %1.").arg(versionId)};
    return versionFromRow(q, 0);
}

Status ReportVersions::keep(qint64 versionId, ReportRepository &repository)
{
    Result<tlsrpt::ReportVersion> kept = version(versionId);
    if (!kept)
        return kept.error();
    Result<tlsrpt::Report> report =
        tlsrpt::ReportParser::parse(kept->raw, tlsrpt::Origin{kept->origin, {}, {}, {}});
    if (!report)
        return Error{
            u"tlsrpt.version-unreadable"_s,
            tr("Report version %1 cannot be read: %2").arg(versionId).arg(report.error().message)};
    report->warnings = kept->warnings; // as they were when it arrived, the extractor's included
    Result<EngagementDomains> domains = repository.engagementDomains();
    if (!domains)
        return domains.error();
    const StoredReport stored = StoredReport::build(*report, *domains);
    QSqlQuery q(m_db->sql());
    q.prepare(u"UPDATE tlsrpt_reports SET sender = ?, start_at = ?, end_at = ?, contact_info = ?, "
              "warnings = ?, origin = ?, raw = ?, imported_at = ?, content_sha256 = ?, "
              "conflict = 0 WHERE id = ?"_s);
    for (const QVariant &value :
         {QVariant(stored.string(stored.sender)), QVariant(stored.string(stored.startAt)),
          QVariant(stored.string(stored.endAt)), QVariant(stored.string(stored.contactInfo)),
          QVariant(stored.string(stored.warnings)), QVariant(stored.string(stored.origin)),
          QVariant(kept->raw), QVariant(toIsoUtc(kept->importedAt)),
          QVariant(QString::fromLatin1(kept->contentSha256)), QVariant(kept->reportRow)})
        q.addBindValue(value);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("keeping a report version"));
    q.prepare(u"DELETE FROM tlsrpt_policies WHERE report_id = ?"_s);
    q.addBindValue(kept->reportRow);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("keeping a report version"));
    if (Status policies = repository.storePolicies(kept->reportRow, stored); !policies)
        return policies;
    q.prepare(u"UPDATE tlsrpt_report_versions SET resolution = CASE WHEN id = ? THEN 'kept' "
              "ELSE 'discarded' END WHERE report_id = ?"_s);
    q.addBindValue(versionId);
    q.addBindValue(kept->reportRow);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("keeping a report version"));
    return Status::success();
}

} // namespace sts::storage

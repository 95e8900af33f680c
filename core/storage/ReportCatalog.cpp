#include "storage/ReportCatalog.h"

#include "storage/ReportVersions.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ReportCatalog", text);
}

ReportCatalog::ReportCatalog(std::shared_ptr<const Database> database) : m_db(std::move(database))
{}

static const QString kColumns =
    u"r.id, r.organization, r.sender, r.report_id, r.start_at, r.end_at, r.origin, "
    "r.imported_at, r.conflict"_s;

static tlsrpt::StoredReportInfo infoFromRow(const QSqlQuery &q)
{
    tlsrpt::StoredReportInfo info;
    info.id = q.value(0).toLongLong();
    info.organization = q.value(1).toString();
    info.sender = q.value(2).toString();
    info.reportId = q.value(3).toString();
    info.startAt = fromIsoUtc(q.value(4).toString());
    info.endAt = fromIsoUtc(q.value(5).toString());
    info.origin = q.value(6).toString();
    info.importedAt = fromIsoUtc(q.value(7).toString());
    info.conflict = q.value(8).toInt() != 0;
    info.successfulSessions = Database::countValue(q.value(9));
    info.failedSessions = Database::countValue(q.value(10));
    return info;
}

Result<QList<tlsrpt::StoredReportInfo>>
ReportCatalog::list(const tlsrpt::StoredReportFilter &filter) const
{
    // For one engagement its policy rows select the reports (the engagement index); for the
    // whole workspace every report, those in conflict (no policy rows) included.
    QString sql = u"SELECT "_s + kColumns + u", "_s + m_db->countSum(u"p.success_count"_s) +
                  u", "_s + m_db->countSum(u"p.failure_count"_s) + u" FROM tlsrpt_reports r "_s;
    QVariantList binds;
    if (filter.engagementId > 0) {
        sql += u"JOIN tlsrpt_policies p ON p.report_id = r.id WHERE p.engagement_id = ?"_s;
        binds << filter.engagementId;
    } else {
        sql += u"LEFT JOIN tlsrpt_policies p ON p.report_id = r.id WHERE 1 = 1"_s;
    }
    // A report counts on the UTC day its ISO start begins with (the policies' indexed day).
    const bool byPolicy = filter.engagementId > 0;
    if (filter.from.isValid()) {
        sql += byPolicy ? u" AND p.day >= ?"_s : u" AND r.start_at >= ?"_s;
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += byPolicy ? u" AND p.day <= ?"_s : u" AND r.start_at < ?"_s;
        binds << (byPolicy ? filter.to : filter.to.addDays(1)).toString(Qt::ISODate);
    }
    if (!filter.sender.isEmpty()) {
        sql += u" AND r.sender = ?"_s;
        binds << filter.sender;
    }
    sql += u" GROUP BY r.id ORDER BY r.start_at, r.sender, r.id"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    QSqlQuery q(m_db->sql());
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("listing stored reports"));
    QList<tlsrpt::StoredReportInfo> reports;
    while (q.next())
        reports << infoFromRow(q);
    if (Status read = Database::rowsRead(q, tr("listing stored reports")); !read)
        return read.error();
    return reports;
}

Result<tlsrpt::StoredReportInfo> ReportCatalog::get(qint64 id) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT "_s + kColumns + u", "_s + m_db->countSum(u"p.success_count"_s) + u", "_s +
              m_db->countSum(u"p.failure_count"_s) +
              u", r.warnings, r.raw FROM tlsrpt_reports r "
              "LEFT JOIN tlsrpt_policies p ON p.report_id = r.id WHERE r.id = ? GROUP BY r.id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    Result<bool> row = Database::nextRow(q, tr("reading a stored report"));
    if (!row)
        return row.error();
    if (!*row)
        return Error{u"tlsrpt.report-not-found"_s, tr("There is no stored report %1.").arg(id)};
    tlsrpt::StoredReportInfo info = infoFromRow(q);
    for (const QJsonValue &warning : QJsonDocument::fromJson(q.value(11).toByteArray()).array())
        info.warnings << warning.toString();
    info.raw = q.value(12).toByteArray();

    q.prepare(u"SELECT DISTINCT policy_domain, engagement_id FROM tlsrpt_policies "
              "WHERE report_id = ? ORDER BY policy_domain"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading a stored report"));
    while (q.next()) {
        const QString domain = q.value(0).toString();
        const qint64 engagement = q.value(1).toLongLong();
        if (!domain.isEmpty() && !info.policyDomains.contains(domain))
            info.policyDomains << domain;
        if (engagement > 0 && !info.engagements.contains(engagement))
            info.engagements << engagement;
    }
    if (Status read = Database::rowsRead(q, tr("reading a stored report")); !read)
        return read.error();
    if (info.conflict) {
        // Its policies wait in its versions until one is kept.
        Result<tlsrpt::ReportConflict> conflict = ReportVersions(m_db).conflictOf(id);
        if (!conflict)
            return conflict.error();
        info.engagements = conflict->engagements;
        for (const tlsrpt::ReportVersion &version : conflict->versions) {
            for (const QString &domain : version.policyDomains) {
                if (!info.policyDomains.contains(domain))
                    info.policyDomains << domain;
            }
        }
    }
    return info;
}

Status ReportCatalog::remove(qint64 id)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"DELETE FROM tlsrpt_reports WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("removing a stored report"));
    if (q.numRowsAffected() == 0)
        return Error{u"tlsrpt.report-not-found"_s, tr("There is no stored report %1.").arg(id)};
    return Status::success();
}

} // namespace sts::storage

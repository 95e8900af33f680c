#include "storage/ReportDomainRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ReportDomainRepository", text);
}

ReportDomainRepository::ReportDomainRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<QList<tlsrpt::ExtraReportDomain>>
ReportDomainRepository::extraDomains(qint64 engagementId) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT engagement_id, domain_ace, added_at, added_by "
              "FROM engagement_report_domains"_s +
              (engagementId > 0 ? u" WHERE engagement_id = ?"_s : QString()) +
              u" ORDER BY domain_ace"_s);
    if (engagementId > 0)
        q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading report domains"));
    QList<tlsrpt::ExtraReportDomain> domains;
    while (q.next())
        domains << tlsrpt::ExtraReportDomain{q.value(0).toLongLong(), q.value(1).toString(),
                                             fromIsoUtc(q.value(2).toString()),
                                             q.value(3).toString()};
    if (Status read = Database::rowsRead(q, tr("reading report domains")); !read)
        return read.error();
    return domains;
}

Status ReportDomainRepository::insert(const tlsrpt::ExtraReportDomain &domain)
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO engagement_report_domains (engagement_id, domain_ace, added_at, "
              "added_by) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(domain.engagementId);
    q.addBindValue(domain.domainAce);
    q.addBindValue(toIsoUtc(domain.addedAt));
    q.addBindValue(Database::nonNull(domain.addedBy));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("adding a report domain"));
    return Status::success();
}

Result<qint64> ReportDomainRepository::holderOf(const QString &domainAce) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT engagement_id FROM engagement_report_domains WHERE domain_ace = ?"_s);
    q.addBindValue(domainAce);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading report domains"));
    Result<bool> found = Database::nextRow(q, tr("reading report domains"));
    if (!found)
        return found.error();
    return *found ? q.value(0).toLongLong() : qint64(0);
}

Result<bool> ReportDomainRepository::remove(qint64 engagementId, const QString &domainAce)
{
    QSqlQuery q(m_db->sql());
    q.prepare(
        u"DELETE FROM engagement_report_domains WHERE engagement_id = ? AND domain_ace = ?"_s);
    q.addBindValue(engagementId);
    q.addBindValue(domainAce);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("removing a report domain"));
    return q.numRowsAffected() > 0;
}

Result<QList<tlsrpt::UnassignedDomain>> ReportDomainRepository::unassigned() const
{
    // Two single-table-ish queries instead of GROUP_CONCAT/string_agg, which SQLite and
    // PostgreSQL spell differently. The partial index tlsrpt_policies_unassigned serves both.
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT policy_domain, COUNT(DISTINCT report_id), COUNT(DISTINCT day), "
                "MIN(day), MAX(day), "_s +
                m_db->countSum(u"success_count"_s) + u", "_s + m_db->countSum(u"failure_count"_s) +
                u" FROM tlsrpt_policies WHERE engagement_id IS NULL "
                "GROUP BY policy_domain ORDER BY policy_domain"_s))
        return Database::sqlError(q.lastError(), tr("reading unassigned reports"));
    QList<tlsrpt::UnassignedDomain> domains;
    QMap<QString, qsizetype> index;
    while (q.next()) {
        tlsrpt::UnassignedDomain d;
        d.policyDomain = q.value(0).toString();
        d.reports = q.value(1).toInt();
        d.days = q.value(2).toInt();
        d.firstDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.lastDay = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        d.successfulSessions = Database::countValue(q.value(5));
        d.failedSessions = Database::countValue(q.value(6));
        index.insert(d.policyDomain, domains.size());
        domains << d;
    }
    if (Status read = Database::rowsRead(q, tr("reading unassigned reports")); !read)
        return read.error();
    if (!q.exec(u"SELECT DISTINCT p.policy_domain, r.organization FROM tlsrpt_policies p "
                "JOIN tlsrpt_reports r ON r.id = p.report_id WHERE p.engagement_id IS NULL "
                "ORDER BY p.policy_domain, r.organization"_s))
        return Database::sqlError(q.lastError(), tr("reading unassigned reports"));
    while (q.next()) {
        if (const auto at = index.constFind(q.value(0).toString()); at != index.constEnd())
            domains[*at].organizations << q.value(1).toString();
    }
    if (Status read = Database::rowsRead(q, tr("reading unassigned reports")); !read)
        return read.error();
    return domains;
}

Result<QStringList> ReportDomainRepository::policyDomainsUnder(const QString &domainAce,
                                                               qint64 engagementId) const
{
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT DISTINCT policy_domain FROM tlsrpt_policies WHERE "_s +
              (engagementId > 0 ? u"engagement_id = ?"_s : u"engagement_id IS NULL"_s) +
              u" AND (policy_domain = ? OR policy_domain LIKE ?)"_s);
    if (engagementId > 0)
        q.addBindValue(engagementId);
    q.addBindValue(domainAce);
    q.addBindValue(u"%."_s + domainAce); // an A-label has no LIKE wildcards ('%', '_')
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("finding reports of a domain"));
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (Status read = Database::rowsRead(q, tr("finding reports of a domain")); !read)
        return read.error();
    return found;
}

static void bindEngagement(QSqlQuery &q, qint64 id)
{
    q.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
}

Result<int> ReportDomainRepository::move(const QString &policyDomain, qint64 from, qint64 to)
{
    const QString fromClause = from > 0 ? u"engagement_id = ?"_s : u"engagement_id IS NULL"_s;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT COUNT(DISTINCT report_id) FROM tlsrpt_policies WHERE "_s + fromClause +
              u" AND policy_domain = ?"_s);
    if (from > 0)
        q.addBindValue(from);
    q.addBindValue(policyDomain);
    if (!q.exec() || !q.next())
        return Database::sqlError(q.lastError(), tr("moving reports"));
    const int reports = q.value(0).toInt();
    q.finish();
    for (const QString &table : {u"tlsrpt_policies"_s, u"tlsrpt_failures"_s}) {
        q.prepare(u"UPDATE "_s + table + u" SET engagement_id = ? WHERE "_s + fromClause +
                  u" AND policy_domain = ?"_s);
        bindEngagement(q, to);
        if (from > 0)
            q.addBindValue(from);
        q.addBindValue(policyDomain);
        if (!q.exec())
            return Database::sqlError(q.lastError(), tr("moving reports"));
    }
    return reports;
}

} // namespace sts::storage

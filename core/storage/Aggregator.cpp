#include "storage/Aggregator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::Aggregator", text);
}

Aggregator::Aggregator(std::shared_ptr<const storage::Database> database)
    : m_db(std::move(database))
{}

// The WHERE clause shared by both queries, with its bind values.
static QString whereClause(const AggregateFilter &filter, QVariantList &binds)
{
    QString where;
    if (filter.engagementId > 0) {
        where = u" WHERE engagement_id = ?"_s;
        binds << filter.engagementId;
    } else {
        // A domain with an engagement has its reports attached to it: by domain, only the
        // unassigned ones are left (and the partial index serves exactly those).
        where = u" WHERE engagement_id IS NULL AND policy_domain = ?"_s;
        binds << filter.policyDomain.toLower();
    }
    if (filter.from.isValid()) {
        where += u" AND day >= ?"_s;
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += u" AND day <= ?"_s;
        binds << filter.to.toString(Qt::ISODate);
    }
    return where;
}

Result<QList<DailySummary>> Aggregator::dailySummaries(const AggregateFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT day, sender, policy_type, COUNT(DISTINCT report_id), "_s +
              m_db->countSum(u"success_count"_s) + u", "_s + m_db->countSum(u"failure_count"_s) +
              u" FROM tlsrpt_policies"_s + whereClause(filter, binds) +
              u" GROUP BY day, sender, policy_type ORDER BY day, sender, policy_type"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(q.lastError(), tr("summarising reports"));
    QList<DailySummary> rows;
    while (q.next())
        rows << DailySummary{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toInt(),
                             storage::Database::countValue(q.value(4)),
                             storage::Database::countValue(q.value(5))};
    if (Status read = storage::Database::rowsRead(q, tr("summarising reports")); !read)
        return read.error();
    return rows;
}

Result<QList<AppliedPolicySummary>> Aggregator::appliedPolicies(const AggregateFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT day, sender, policy_type, policy_strings, "_s +
              m_db->countSum(u"success_count"_s) + u", "_s + m_db->countSum(u"failure_count"_s) +
              u" FROM tlsrpt_policies"_s + whereClause(filter, binds) +
              u" GROUP BY day, sender, policy_type, policy_strings "
              "ORDER BY day, sender, policy_type, policy_strings"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(q.lastError(), tr("summarising applied policies"));
    QList<AppliedPolicySummary> rows;
    while (q.next()) {
        QStringList strings; // stored as a JSON array of strings (StoredReport::appendJsonList)
        for (const QJsonValue &line : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
            strings << line.toString();
        rows << AppliedPolicySummary{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                     q.value(1).toString(),
                                     q.value(2).toString(),
                                     strings,
                                     storage::Database::countValue(q.value(4)),
                                     storage::Database::countValue(q.value(5))};
    }
    if (Status read = storage::Database::rowsRead(q, tr("summarising applied policies")); !read)
        return read.error();
    return rows;
}

Result<QList<FailureBreakdown>> Aggregator::failureBreakdown(const AggregateFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT day, sender, policy_type, result_type, receiving_mx, sending_ip, "_s +
              m_db->countSum(u"failed_count"_s) + u" FROM tlsrpt_failures"_s +
              whereClause(filter, binds) +
              u" GROUP BY day, sender, policy_type, result_type, receiving_mx, sending_ip "
              "ORDER BY day, sender, policy_type, result_type, receiving_mx, sending_ip"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(q.lastError(), tr("summarising failures"));
    QList<FailureBreakdown> rows;
    while (q.next())
        rows << FailureBreakdown{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toString(),
                                 storage::Database::countValue(q.value(6))};
    if (Status read = storage::Database::rowsRead(q, tr("summarising failures")); !read)
        return read.error();
    return rows;
}

Result<QMap<QString, QDate>> Aggregator::lastReportDays(qint64 engagementId) const
{
    QVariantList binds;
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT sender, MAX(day) FROM tlsrpt_policies"_s +
              whereClause({engagementId, {}, {}, {}}, binds) + u" GROUP BY sender"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(q.lastError(), tr("reading the last report days"));
    QMap<QString, QDate> days;
    while (q.next())
        days.insert(q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
    if (Status read = storage::Database::rowsRead(q, tr("reading the last report days")); !read)
        return read.error();
    return days;
}

Result<QList<FailureDetailRow>> Aggregator::failureDetails(const FailureDetailFilter &filter,
                                                           int limit) const
{
    if (filter.engagementId <= 0)
        return QList<FailureDetailRow>(); // details are drilled into for an engagement only
    QVariantList binds;
    QString sql = u"SELECT day, sender, policy_type, result_type, sending_ip, receiving_mx, "
                  "receiving_helo, receiving_ip, failed_count, failure_reason_code, "
                  "additional_information FROM tlsrpt_failures"_s +
                  whereClause({filter.engagementId, {}, filter.from, filter.to}, binds);
    if (!filter.sender.isEmpty()) {
        sql += u" AND sender = ?"_s;
        binds << filter.sender;
    }
    if (!filter.resultType.isEmpty()) {
        sql += u" AND result_type = ?"_s;
        binds << filter.resultType;
    }
    if (filter.receivingMxSet || !filter.receivingMx.isEmpty()) {
        sql += u" AND receiving_mx = ?"_s;
        binds << storage::Database::nonNull(filter.receivingMx);
    }
    sql += u" ORDER BY day, failed_count DESC, id LIMIT ?"_s;
    binds << limit;

    QSqlQuery q(m_db->sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(q.lastError(), tr("reading failure details"));
    QList<FailureDetailRow> rows;
    while (q.next())
        rows << FailureDetailRow{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toString(),
                                 q.value(6).toString(),
                                 q.value(7).toString(),
                                 q.value(8).toLongLong(),
                                 q.value(9).toString(),
                                 q.value(10).toString()};
    if (Status read = storage::Database::rowsRead(q, tr("reading failure details")); !read)
        return read.error();
    return rows;
}

} // namespace sts::tlsrpt

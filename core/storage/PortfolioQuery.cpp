#include "storage/PortfolioQuery.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::PortfolioQuery", text);
}

// Engagement ids are numbers read from the database, never user text: inlined into IN (...), so
// that PostgreSQL scans its (engagement_id, day) index once per engagement.
static QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

static QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

PortfolioQuery::PortfolioQuery(std::shared_ptr<const Database> database) : m_db(std::move(database))
{}

Result<QHash<QPair<qint64, QString>, QDate>>
PortfolioQuery::lastReportDays(const QHash<qint64, QStringList> &senders) const
{
    QHash<QPair<qint64, QString>, QDate> out;
    // One row per (engagement, major sender); each MAX is one descent of the index on
    // (engagement_id, lower(sender), day) of migration 0024.
    QStringList rows;
    QVariantList binds;
    for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
        for (const QString &sender : it.value()) {
            rows << u"SELECT %1 AS engagement_id, ? AS sender"_s.arg(it.key());
            binds << sender.trimmed().toLower();
        }
    }
    if (rows.isEmpty())
        return out;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.engagement_id, m.sender, (SELECT MAX(p.day) FROM tlsrpt_policies p "
              "WHERE p.engagement_id = m.engagement_id AND lower(p.sender) = m.sender) FROM ("_s +
              rows.join(u" UNION ALL "_s) + u") m"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("reading the last report days"));
    while (q.next()) {
        if (!q.value(2).isNull())
            out.insert({q.value(0).toLongLong(), q.value(1).toString()},
                       QDate::fromString(q.value(2).toString(), Qt::ISODate));
    }
    if (Status read = Database::rowsRead(q, tr("reading the last report days")); !read)
        return read.error();
    return out;
}

Result<QHash<qint64, PortfolioSessions>>
PortfolioQuery::sessions(const QList<qint64> &engagementIds, const QDate &today) const
{
    QHash<qint64, PortfolioSessions> out;
    if (engagementIds.isEmpty())
        return out;
    const QString recent = isoDay(today.addDays(-7));
    auto sum = [&](const QString &column, bool isRecent) {
        return m_db->countSum(u"CASE WHEN day %1 '%2' THEN %3 ELSE 0 END"_s.arg(
            isRecent ? u">="_s : u"<"_s, recent, column));
    };
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT engagement_id, "_s + sum(u"success_count"_s, true) + u", "_s +
              sum(u"failure_count"_s, true) + u", "_s + sum(u"success_count"_s, false) + u", "_s +
              sum(u"failure_count"_s, false) +
              u" FROM tlsrpt_policies WHERE engagement_id IS NOT NULL AND day >= ? AND day < ? "
              "GROUP BY engagement_id"_s);
    q.addBindValue(isoDay(today.addDays(-35)));
    q.addBindValue(isoDay(today));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("summarising the failure rates"));
    const QSet<qint64> wanted(engagementIds.cbegin(), engagementIds.cend());
    while (q.next()) {
        if (!wanted.contains(q.value(0).toLongLong()))
            continue; // archived, say
        out.insert(q.value(0).toLongLong(), PortfolioSessions{Database::countValue(q.value(1)),
                                                              Database::countValue(q.value(2)),
                                                              Database::countValue(q.value(3)),
                                                              Database::countValue(q.value(4))});
    }
    if (Status read = Database::rowsRead(q, tr("summarising the failure rates")); !read)
        return read.error();
    return out;
}

Result<QList<PortfolioCertificate>> PortfolioQuery::latestCertificates() const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    // The newest probe per host that saw a certificate: one grouping, joined back.
    if (!q.exec(u"SELECT t.engagement_id, t.protocol, t.host, t.leaf_not_after FROM tls_probes t "
                "JOIN (SELECT engagement_id, protocol, host, MAX(probed_at) AS latest FROM "
                "tls_probes WHERE leaf_not_after IS NOT NULL GROUP BY engagement_id, protocol, "
                "host) m ON m.engagement_id = t.engagement_id AND m.protocol = t.protocol AND "
                "m.host = t.host AND m.latest = t.probed_at WHERE t.leaf_not_after IS NOT NULL"_s))
        return Database::sqlError(q.lastError(), tr("reading the certificates probed"));
    QList<PortfolioCertificate> out;
    while (q.next())
        out << PortfolioCertificate{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), fromIsoUtc(q.value(3).toString())};
    if (Status read = Database::rowsRead(q, tr("reading the certificates probed")); !read)
        return read.error();
    return out;
}

Result<QList<PortfolioFinding>> PortfolioQuery::openFindings() const
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT engagement_id, kind, subject, severity, state, details, first_seen "
                "FROM findings WHERE state <> 'resolved' ORDER BY engagement_id, id"_s))
        return Database::sqlError(q.lastError(), tr("reading the open findings"));
    QList<PortfolioFinding> out;
    while (q.next())
        out << PortfolioFinding{q.value(0).toLongLong(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                QJsonDocument::fromJson(q.value(5).toByteArray()).object(),
                                fromIsoUtc(q.value(6).toString())};
    if (Status read = Database::rowsRead(q, tr("reading the open findings")); !read)
        return read.error();
    return out;
}

Result<QDateTime> PortfolioQuery::lastMonitorRun() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(u"SELECT MAX(finished_at) FROM monitor_runs"_s))
        return Database::sqlError(q.lastError(), tr("reading the monitor runs"));
    Result<bool> row = Database::nextRow(q, tr("reading the monitor runs"));
    if (!row)
        return row.error();
    return *row && !q.value(0).isNull() ? fromIsoUtc(q.value(0).toString()) : QDateTime();
}

// The ids and the earliest first day of `from`, for one range scan over all of them.
static std::pair<QList<qint64>, QDate> span(const QHash<qint64, QDate> &from)
{
    QList<qint64> ids;
    QDate first;
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        ids << it.key();
        if (!first.isValid() || it.value() < first)
            first = it.value();
    }
    std::sort(ids.begin(), ids.end());
    return {ids, first};
}

Result<QHash<qint64, QList<tlsrpt::AppliedPolicySummary>>>
PortfolioQuery::appliedPolicies(const QHash<qint64, QDate> &from, const QDate &to,
                                const QStringList &major) const
{
    QHash<qint64, QList<tlsrpt::AppliedPolicySummary>> out;
    const auto [ids, first] = span(from);
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    // Two disjoint halves, each on its index: the major senders' rows (engagement, lower(sender),
    // day) and the other senders' rows with failures (day, engagement, counts).
    const QString columns = u"SELECT engagement_id, day, sender, policy_type, policy_strings, "_s +
                            m_db->countSum(u"success_count"_s) + u", "_s +
                            m_db->countSum(u"failure_count"_s) + u" FROM tlsrpt_policies WHERE "_s;
    const QString names = QStringList(std::max<qsizetype>(1, major.size()), u"?"_s).join(u',');
    const QString grouped = u" GROUP BY engagement_id, day, sender, policy_type, policy_strings"_s;
    q.prepare(columns + u"engagement_id IN ("_s + idList(ids) + u") AND lower(sender) IN ("_s +
              names + u") AND day >= ? AND day <= ?"_s + grouped + u" UNION ALL "_s + columns +
              u"engagement_id IS NOT NULL AND day >= ? AND day <= ? AND engagement_id IN ("_s +
              idList(ids) + u") AND failure_count > 0 AND lower(sender) NOT IN ("_s + names +
              u")"_s + grouped);
    const QStringList bound = major.isEmpty() ? QStringList{QString()} : major;
    for (int half = 0; half < 2; ++half) {
        if (half == 0)
            for (const QString &name : bound)
                q.addBindValue(name);
        q.addBindValue(isoDay(first));
        q.addBindValue(isoDay(to));
        if (half == 1)
            for (const QString &name : bound)
                q.addBindValue(name);
    }
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("summarising applied policies"));
    QHash<QString, QStringList> strings;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (day < from.value(id))
            continue; // before this engagement's own first day
        // Stored as a JSON array of strings (StoredReport::appendJsonList); a year of reports
        // repeats a few of them, each parsed once.
        const QString raw = q.value(4).toString();
        auto parsed = strings.constFind(raw);
        if (parsed == strings.cend()) {
            QStringList lines;
            for (const QJsonValue &line : QJsonDocument::fromJson(raw.toUtf8()).array())
                lines << line.toString();
            parsed = strings.insert(raw, lines);
        }
        out[id] << tlsrpt::AppliedPolicySummary{day,
                                                q.value(2).toString(),
                                                q.value(3).toString(),
                                                *parsed,
                                                Database::countValue(q.value(5)),
                                                Database::countValue(q.value(6))};
    }
    if (Status read = Database::rowsRead(q, tr("summarising applied policies")); !read)
        return read.error();
    return out;
}

Result<QHash<qint64, QList<tlsrpt::FailureBreakdown>>>
PortfolioQuery::failureBreakdown(const QHash<qint64, QDate> &from, const QDate &to) const
{
    QHash<qint64, QList<tlsrpt::FailureBreakdown>> out;
    const auto [ids, first] = span(from);
    if (ids.isEmpty())
        return out;
    // The rules need failed sessions per day, sender and result type only.
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT engagement_id, day, sender, policy_type, result_type, "_s +
              m_db->countSum(u"failed_count"_s) +
              u" FROM tlsrpt_failures WHERE engagement_id IN ("_s + idList(ids) +
              u") AND day >= ? AND day <= ? GROUP BY engagement_id, day, sender, policy_type, "
              "result_type"_s);
    q.addBindValue(isoDay(first));
    q.addBindValue(isoDay(to));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("summarising failures"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (day < from.value(id))
            continue;
        out[id] << tlsrpt::FailureBreakdown{day,
                                            q.value(2).toString(),
                                            q.value(3).toString(),
                                            q.value(4).toString(),
                                            QString(),
                                            QString(),
                                            Database::countValue(q.value(5))};
    }
    if (Status read = Database::rowsRead(q, tr("summarising failures")); !read)
        return read.error();
    return out;
}

} // namespace sts::storage

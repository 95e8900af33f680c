#include "storage/PortfolioQuery.h"

#include "util/IsoTime.h"
#include "util/Saturating.h"

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
    // Every engagement asked about × every name any of them counts as major; each MAX is one
    // descent of the index on (engagement_id, lower(sender), day) of migration 0024. (One
    // UNION ALL branch per pair instead took 250 ms to plan for 600 pairs.)
    QList<qint64> ids;
    QStringList names;
    for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
        ids << it.key();
        for (const QString &sender : it.value())
            if (!names.contains(sender.trimmed().toLower()))
                names << sender.trimmed().toLower();
    }
    if (ids.isEmpty() || names.isEmpty())
        return out;
    QStringList rows;
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << u"(?)"_s;
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, m.column1, (SELECT MAX(p.day) FROM tlsrpt_policies p WHERE "
              "p.engagement_id = e.id AND lower(p.sender) = m.column1) FROM engagements e "
              "CROSS JOIN (VALUES "_s +
              rows.join(u',') + u") AS m WHERE e.id IN ("_s + idList(ids) + u")"_s);
    for (const QString &name : std::as_const(names))
        q.addBindValue(name);
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
    // Plain sums per day and engagement in the index's own order (day, engagement_id): no
    // per-row CASE on the text day (a collation compare each, measured 150 ms on 350,000 rows);
    // the 7 + 28 days are told apart here.
    const QString recent = isoDay(today.addDays(-7));
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, engagement_id, "_s + m_db->countSum(u"success_count"_s) + u", "_s +
              m_db->countSum(u"failure_count"_s) +
              u" FROM tlsrpt_policies WHERE engagement_id IS NOT NULL AND day >= ? AND day < ? "
              "GROUP BY day, engagement_id"_s);
    q.addBindValue(isoDay(today.addDays(-35)));
    q.addBindValue(isoDay(today));
    if (!q.exec())
        return Database::sqlError(q.lastError(), tr("summarising the failure rates"));
    const QSet<qint64> wanted(engagementIds.cbegin(), engagementIds.cend());
    while (q.next()) {
        const qint64 id = q.value(1).toLongLong();
        if (!wanted.contains(id))
            continue; // archived, say
        PortfolioSessions &sessions = out[id];
        const qint64 success = Database::countValue(q.value(2));
        const qint64 failure = Database::countValue(q.value(3));
        const bool isRecent = q.value(0).toString() >= recent;
        addCount(isRecent ? sessions.recentSuccess : sessions.baselineSuccess, success);
        addCount(isRecent ? sessions.recentFailure : sessions.baselineFailure, failure);
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

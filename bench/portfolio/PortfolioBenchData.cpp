#include "PortfolioBenchData.h"

#include "LivePolicy.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sts::bench {

static QDateTime at(const QDate &day)
{
    return QDateTime(day, QTime(8, 0), QTimeZone::utc());
}

// The rollout through the use cases, as a consultant would have recorded it.
static QString seedEngagements(const ServiceContext &context,
                               const std::shared_ptr<FixedClock> &clock,
                               const PortfolioBenchShape &shape, const QDate &today)
{
    const QDate start = today.addDays(-shape.days - 10);
    RolloutService rollout(context);
    for (int i = 1; i <= shape.engagements; ++i) {
        clock->set(at(start));
        Engagement draft;
        draft.customer = u"Customer %1"_s.arg(i, 3, 10, QLatin1Char('0'));
        draft.domain = DomainName::fromUserInput(u"c%1.example"_s.arg(i)).value();
        Result<Engagement> created = EngagementService(context).create(draft);
        if (!created)
            return created.error().describe();
        const qint64 id = created->id;
        if (i % 20 == 1)
            continue; // discovery: nothing published yet
        const bool testing = i % 5 == 0;
        const QDate testingFrom =
            testing ? today.addDays(-(5 + i % 50)) : today.addDays(-shape.days + 30);
        clock->set(at(testingFrom));
        const QString testingId = testingFrom.toString(u"yyyyMMdd"_s) + u"080000"_s;
        const QString mx = u"mx1.c%1.example"_s.arg(i);
        if (!test::makeLivePolicy(context.database, id, testingId, mtasts::PolicyMode::Testing,
                                  clock->now(), mx) ||
            !rollout.startTesting(id, testingId))
            return u"engagement %1: testing did not start"_s.arg(i);
        if (testing)
            continue;
        const QDate enforceFrom = testingFrom.addDays(21);
        clock->set(at(enforceFrom));
        const QString enforceId = enforceFrom.toString(u"yyyyMMdd"_s) + u"080000"_s;
        if (!test::makeLivePolicy(context.database, id, enforceId, mtasts::PolicyMode::Enforce,
                                  clock->now(), mx) ||
            !rollout.switchToEnforce(id, enforceId, u"bench"_s))
            return u"engagement %1: enforce did not start"_s.arg(i);
    }
    clock->set(at(today).addSecs(4 * 3600));
    return {};
}

QString generatePortfolioWorkspace(const ServiceContext &context,
                                   const std::shared_ptr<FixedClock> &clock,
                                   const PortfolioBenchShape &shape, const QDate &today)
{
    QElapsedTimer timer;
    timer.start();
    if (QString seeded = seedEngagements(context, clock, shape, today); !seeded.isEmpty())
        return seeded;
    std::printf("engagements and rollouts through the services: %lld ms\n", timer.restart());

    const QString first = today.addDays(-shape.days).toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);
    // Senders 0..2 are the major ones; the rest "Sender N". Failures: every 9th day for every
    // 7th sender; engagements 20, 40, … fail a tenth of their sessions in the last 7 days;
    // engagements 25, 50, … have not heard from Yahoo for 5 days.
    const QString senders =
        u"(SELECT i, CASE i WHEN 0 THEN 'Google LLC' WHEN 1 THEN 'Microsoft Corporation' WHEN 2 "
        "THEN 'Yahoo Inc.' ELSE 'Sender ' || i || ' GmbH' END AS org, CASE i WHEN 0 THEN "
        "'Google' WHEN 1 THEN 'Microsoft' WHEN 2 THEN 'Yahoo' ELSE 'Sender ' || i END AS sender "
        "FROM generate_series(0, %1) AS s(i)) s"_s.arg(shape.senders - 1);
    const QStringList statements{
        u"CREATE TEMP TABLE bench_rows AS SELECT e.id AS engagement_id, e.domain_ace, "
        "to_char(DATE '%1' + g.n, 'YYYY-MM-DD') AS day, g.n, s.i, s.org, s.sender "
        "FROM engagements e CROSS JOIN generate_series(0, %2) AS g(n) CROSS JOIN %3 "
        "WHERE NOT (e.id %% 25 = 0 AND s.i = 2 AND DATE '%1' + g.n > DATE '%4' - 6)"_s.arg(first)
            .arg(shape.days - 1)
            .arg(senders, todayText)
            .replace(u"%%"_s, u"%"_s),
        u"INSERT INTO tlsrpt_reports (organization, sender, report_id, start_at, end_at, "
        "contact_info, raw, imported_at) SELECT org, sender, 'r-' || engagement_id || '-' || "
        "day, day || 'T00:00:00Z', day || 'T23:59:59Z', engagement_id::text, "
        "convert_to('{}', 'UTF8'), day || 'T09:00:00Z' FROM bench_rows"_s,
        u"INSERT INTO tlsrpt_policies (report_id, engagement_id, day, sender, policy_type, "
        "policy_domain, policy_strings, mx_hosts, success_count, failure_count) SELECT r.id, "
        "b.engagement_id, b.day, b.sender, 'sts', b.domain_ace, '[\"version: STSv1\",\"mode: "
        "enforce\",\"mx: mx1.' || b.domain_ace || '\",\"max_age: 604800\"]', '[]', 1000, "
        "CASE WHEN b.engagement_id % 20 = 0 AND b.day >= '%1' THEN 100 WHEN b.n % 9 = 0 AND "
        "b.i % 7 = 0 THEN 3 ELSE 0 END FROM bench_rows b JOIN tlsrpt_reports r ON "
        "r.organization = b.org AND r.report_id = 'r-' || b.engagement_id || '-' || b.day"_s.arg(
            today.addDays(-7).toString(Qt::ISODate)),
        u"INSERT INTO tlsrpt_failures (policy_id, engagement_id, day, sender, policy_type, "
        "policy_domain, result_type, receiving_mx, failed_count) SELECT id, engagement_id, day, "
        "sender, 'sts', policy_domain, 'certificate-host-mismatch', 'mx1.' || policy_domain, "
        "failure_count FROM tlsrpt_policies WHERE failure_count > 0"_s,
        u"DROP TABLE bench_rows"_s,
        // A probe of two MX and the policy host every month; certificates renewed every 90 days.
        u"INSERT INTO tls_probes (engagement_id, probed_at, protocol, host, address, port, "
        "verdict, leaf_not_after) SELECT e.id, to_char(DATE '%1' - k * 30, 'YYYY-MM-DD') || "
        "'T06:00:00Z', CASE WHEN h = 0 THEN 'https' ELSE 'smtp' END, CASE WHEN h = 0 THEN "
        "'mta-sts.' ELSE 'mx' || h || '.' END || e.domain_ace, '192.0.2.' || h, CASE WHEN h = 0 "
        "THEN 443 ELSE 25 END, 'ok', to_char(DATE '%1' - k * 30 + 10 + ((e.id * 7 + h * 13) % "
        "80)::int, 'YYYY-MM-DD') || 'T12:00:00Z' FROM engagements e CROSS JOIN generate_series(0, "
        "11) AS k CROSS JOIN generate_series(0, 2) AS h"_s.arg(todayText),
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen, resolved_at) SELECT e.id, CASE k % 3 WHEN 0 THEN 'drift.mx-set' "
        "WHEN 1 THEN 'policy.unfetchable' ELSE 'reports.failure-jump' END, 'old-' || k, "
        "'warning', 'resolved', '{}', '%1T06:00:00Z', '%1T06:00:00Z', '%1T06:00:00Z' FROM "
        "engagements e CROSS JOIN generate_series(1, 10) AS k"_s.arg(first),
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen) SELECT id, 'drift.mx-set', '', 'warning', 'open', "
        "'{\"added\":[\"mx9.example\"]}', '%1T06:00:00Z', '%1T06:00:00Z' FROM engagements "
        "WHERE id % 4 = 0"_s.arg(todayText),
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen) SELECT id, 'cert.expiry.14', 'mx1.' || domain_ace, 'critical', "
        "'open', '{\"host\":\"mx1.' || domain_ace || '\",\"notAfter\":\"%1T00:00:00Z\","
        "\"daysLeft\":12}', '%2T06:00:00Z', '%2T06:00:00Z' FROM engagements WHERE id % 7 = 0"_s.arg(
            today.addDays(12).toString(Qt::ISODate), todayText),
        u"INSERT INTO monitor_runs (holder, started_at, finished_at, engagements) SELECT 'desk', "
        "to_char(DATE '%1' - k, 'YYYY-MM-DD') || 'T06:00:00Z', to_char(DATE '%1' - k, "
        "'YYYY-MM-DD') || 'T06:04:00Z', 200 FROM generate_series(0, 364) AS k"_s.arg(todayText),
        u"VACUUM ANALYZE"_s};
    QSqlQuery q(context.database->sql());
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return q.lastError().text() + u"\n"_s + sql.left(200);
        std::printf("  %-60s %7lld ms\n", qPrintable(sql.simplified().left(60)), timer.restart());
    }
    return {};
}

} // namespace sts::bench

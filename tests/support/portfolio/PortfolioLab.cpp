#include "portfolio/PortfolioLab.h"

#include "LivePolicy.h"
#include "import/Importer.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sts::test {

static QDateTime utc(const QDate &day, int hour = 0)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

static const QStringList kMajors{u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s};

QString PortfolioLab::build(const QString &url)
{
    if (!dir.isValid())
        return u"no temporary folder"_s;
    m_url = url.isEmpty() ? dir.filePath(u"portfolio.sqlite"_s) : url;
    clock = std::make_shared<FixedClock>(utc(QDate(2026, 1, 10), 9));
    Result<ServiceContext> opened = openWorkspace(m_url, clock, u"tester"_s);
    if (!opened)
        return opened.error().describe();
    context = *opened;
    const auto &db = context.database;
    auto create = [&](const QString &customer, const QString &domain) -> qint64 {
        Engagement draft;
        draft.customer = customer;
        draft.domain = DomainName::fromUserInput(domain).value();
        Result<Engagement> created = EngagementService(context).create(draft);
        return created ? created->id : 0;
    };
    ready = create(u"Ready AG"_s, u"ready.example"_s);
    blocked = create(u"Blocked GmbH"_s, u"blocked.example"_s);
    enforced = create(u"Enforced SA"_s, u"enforced.example"_s);
    archived = create(u"Archived Ltd"_s, u"archived.example"_s);
    if (!ready || !blocked || !enforced || !archived)
        return u"creating the engagements failed"_s;

    RolloutService rollout(context);
    QStringList paths;
    // Report ids unique across the engagements' writers (each writer counts on its own).
    auto days = [&paths](TlsReportWriter &writer, const QString &tag, const QStringList &senders,
                         const QDate &from, const QDate &to, qint64 failed = 0) {
        for (QDate day = from; day <= to; day = day.addDays(1))
            for (const QString &sender : senders)
                paths << writer.writeAs(u"%1-%2-%3"_s.arg(tag, sender, day.toString(Qt::ISODate)),
                                        sender, day, 100 - failed, failed);
    };
    // Blocked: testing since 20 January; Google every day, Yahoo until 5 March, Microsoft never.
    clock->set(utc(QDate(2026, 1, 20), 8));
    if (!makeLivePolicy(db, blocked, u"20260120080000"_s, mtasts::PolicyMode::Testing, clock->now(),
                        u"mx1.blocked.example"_s) ||
        !rollout.startTesting(blocked, u"20260120080000"_s))
        return u"blocked: testing did not start"_s;
    TlsReportWriter blockedWriter(dir.filePath(u"blocked"_s), u"blocked.example"_s,
                                  u"mx1.blocked.example"_s);
    days(blockedWriter, u"blocked"_s, {kMajors[0]}, QDate(2026, 1, 20), QDate(2026, 3, 15));
    days(blockedWriter, u"blocked"_s, {kMajors[2]}, QDate(2026, 1, 20), QDate(2026, 3, 5));

    // Enforced: testing in January, enforce since 1 February; clean baseline, failing last week.
    clock->set(utc(QDate(2026, 1, 12), 8));
    if (!makeLivePolicy(db, enforced, u"20260112080000"_s, mtasts::PolicyMode::Testing,
                        clock->now(), u"mx1.enforced.example"_s) ||
        !rollout.startTesting(enforced, u"20260112080000"_s))
        return u"enforced: testing did not start"_s;
    clock->set(utc(QDate(2026, 2, 1), 8));
    if (!makeLivePolicy(db, enforced, u"20260201080000"_s, mtasts::PolicyMode::Enforce,
                        clock->now(), u"mx1.enforced.example"_s) ||
        !rollout.switchToEnforce(enforced, u"20260201080000"_s, u"test lab"_s))
        return u"enforced: enforce did not start"_s;
    TlsReportWriter enforcedWriter(dir.filePath(u"enforced"_s), u"enforced.example"_s,
                                   u"mx1.enforced.example"_s);
    days(enforcedWriter, u"enforced"_s, kMajors, QDate(2026, 2, 1), QDate(2026, 3, 8));
    days(enforcedWriter, u"enforced"_s, kMajors, QDate(2026, 3, 9), QDate(2026, 3, 15), 20);

    // Ready: testing since 1 March, every major sender clean every day.
    clock->set(utc(QDate(2026, 3, 1), 8));
    if (!makeLivePolicy(db, ready, u"20260301080000"_s, mtasts::PolicyMode::Testing, clock->now(),
                        u"mx1.ready.example"_s) ||
        !rollout.startTesting(ready, u"20260301080000"_s))
        return u"ready: testing did not start"_s;
    TlsReportWriter readyWriter(dir.filePath(u"ready"_s), u"ready.example"_s,
                                u"mx1.ready.example"_s);
    days(readyWriter, u"ready"_s, kMajors, QDate(2026, 3, 1), QDate(2026, 3, 15));

    clock->set(utc(QDate(2026, 3, 16), 12));
    Result<tlsrpt::ImportSummary> imported = tlsrpt::Importer(db, {}, clock).importPaths(paths);
    if (!imported)
        return imported.error().describe();
    if (imported->imported != paths.size())
        return u"imported %1 of %2 reports"_s.arg(imported->imported).arg(paths.size());
    if (!EngagementService(context).archive(archived))
        return u"archiving failed"_s;

    // What the monitoring (migration 0017) and a STARTTLS probe stored for the enforced one.
    QSqlQuery q(db->sql());
    const QStringList statements{
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen) VALUES (%1, 'drift.mx-set', '', 'warning', 'open', "
        "'{\"added\":[\"mx2.enforced.example\"]}', '2026-03-15T06:00:00Z', "
        "'2026-03-16T06:00:00Z')"_s.arg(enforced),
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen) VALUES (%1, 'reports.failure-jump', '', 'info', "
        "'acknowledged', '{}', '2026-03-15T06:00:00Z', '2026-03-16T06:00:00Z')"_s.arg(enforced),
        u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
        "first_seen, last_seen, resolved_at) VALUES (%1, 'drift.txt-id', '', 'critical', "
        "'resolved', '{}', '2026-03-01T06:00:00Z', '2026-03-02T06:00:00Z', "
        "'2026-03-02T06:00:00Z')"_s.arg(enforced),
        u"INSERT INTO tls_probes (engagement_id, probed_at, protocol, host, address, port, "
        "verdict, leaf_not_after) VALUES (%1, '2026-03-10T06:00:00Z', 'smtp', "
        "'mx1.enforced.example', '192.0.2.1', 25, 'ok', '2026-06-01T00:00:00Z')"_s.arg(enforced),
        u"INSERT INTO tls_probes (engagement_id, probed_at, protocol, host, address, port, "
        "verdict, leaf_not_after) VALUES (%1, '2026-03-15T06:00:00Z', 'smtp', "
        "'mx1.enforced.example', '192.0.2.1', 25, 'ok', '2026-03-28T12:00:00Z')"_s.arg(enforced),
        u"INSERT INTO tls_probes (engagement_id, probed_at, protocol, host, address, port, "
        "verdict, leaf_not_after) VALUES (%1, '2026-03-15T06:00:00Z', 'https', "
        "'mta-sts.enforced.example', '192.0.2.2', 443, 'ok', '2026-05-01T00:00:00Z')"_s.arg(
            enforced),
        u"INSERT INTO monitor_runs (holder, started_at, finished_at, engagements) VALUES "
        "('desk', '2026-03-16T06:00:00Z', '2026-03-16T06:01:00Z', 3)"_s};
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return q.lastError().text();
    }
    return {};
}

} // namespace sts::test

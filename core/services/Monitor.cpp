#include "services/Monitor.h"

#include "dns/DnssecValidator.h"
#include "services/EngagementService.h"
#include "services/Findings.h"
#include "services/MonitorEngagement.h"
#include "storage/MonitorLeases.h"
#include "storage/MonitorRuns.h"
#include "util/IsoTime.h"

#include <QJsonArray>
#include <QMutex>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace sts {

MonitorOptions MonitorOptions::defaults()
{
    MonitorOptions options;
    options.probe.connectTimeoutMs = 10000;
    options.probe.bannerTimeoutMs = 20000;
    options.probe.commandTimeoutMs = 15000;
    options.probe.handshakeTimeoutMs = 15000;
    options.probe.checkLegacyProtocols = false;
    options.targets.https.overallTimeoutMs = 30000;
    return options;
}

static QString outcomeKey(EngagementMonitoring::Outcome outcome)
{
    switch (outcome) {
    case EngagementMonitoring::Outcome::Checked:
        return u"checked"_s;
    case EngagementMonitoring::Outcome::Leased:
        return u"leased"_s;
    case EngagementMonitoring::Outcome::ResolverUnavailable:
        return u"resolver-unavailable"_s;
    case EngagementMonitoring::Outcome::Failed:
        return u"failed"_s;
    case EngagementMonitoring::Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

static QJsonArray findingsJson(const QList<storage::Finding> &findings)
{
    QJsonArray array;
    for (const storage::Finding &f : findings)
        array.append(findingJson(f));
    return array;
}

QJsonObject EngagementMonitoring::toJson() const
{
    QJsonObject json{
        {u"engagementId"_s, engagementId},          {u"title"_s, title},
        {u"outcome"_s, outcomeKey(outcome)},        {u"steps"_s, QJsonArray::fromStringList(steps)},
        {u"opened"_s, findingsJson(opened)},        {u"resolved"_s, findingsJson(resolved)},
        {u"unresolved"_s, findingsJson(unresolved)}};
    if (!heldBy.isEmpty())
        json.insert(u"heldBy"_s, heldBy);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

QList<storage::Finding> MonitorRunResult::opened() const
{
    QList<storage::Finding> all;
    for (const EngagementMonitoring &e : engagements)
        all += e.opened;
    return all;
}

QList<storage::Finding> MonitorRunResult::resolved() const
{
    QList<storage::Finding> all;
    for (const EngagementMonitoring &e : engagements)
        all += e.resolved;
    return all;
}

bool MonitorRunResult::resolverUnavailable() const
{
    return std::any_of(engagements.cbegin(), engagements.cend(), [](const auto &e) {
        return e.outcome == EngagementMonitoring::Outcome::ResolverUnavailable;
    });
}

QJsonObject MonitorRunResult::toJson() const
{
    QJsonArray list;
    for (const EngagementMonitoring &e : engagements)
        list.append(e.toJson());
    return {{u"runId"_s, runId},
            {u"holder"_s, holder},
            {u"startedAt"_s, toIsoUtc(startedAt)},
            {u"finishedAt"_s, toIsoUtc(finishedAt)},
            {u"cancelled"_s, cancelled},
            {u"opened"_s, int(opened().size())},
            {u"resolved"_s, int(resolved().size())},
            {u"engagements"_s, list}};
}

QString Monitor::newHolder()
{
    return storage::MonitorLeases::makeHolder();
}

Monitor::Monitor(ServiceContext context, MonitorOptions options)
    : m_context(std::move(context)), m_options(std::move(options))
{}

Result<MonitorRunResult> Monitor::run(const QList<qint64> &engagementIds, const CancelToken &cancel,
                                      const Progress &progress)
{
    QList<qint64> ids = engagementIds;
    EngagementService engagements(m_context);
    if (ids.isEmpty()) {
        Result<QList<Engagement>> active = engagements.list(EngagementFilter{});
        if (!active)
            return active.error();
        for (const Engagement &e : std::as_const(*active))
            ids << e.id;
    } else {
        for (qint64 id : std::as_const(ids))
            if (Result<Engagement> known = engagements.get(id); !known)
                return known.error();
    }

    MonitorRunResult run;
    run.holder =
        m_options.holder.isEmpty() ? storage::MonitorLeases::makeHolder() : m_options.holder;
    run.startedAt = m_context.clock->now();
    storage::MonitorRuns runs(m_context.database);
    Result<qint64> runId = runs.start(run.holder, run.startedAt);
    if (!runId)
        return runId.error();
    run.runId = *runId;

    // One DNSSEC validator for the whole run: every customer's walk starts at the same root and
    // often the same TLD, and customers share MX hosts.
    MonitorOptions options = m_options;
    if (!options.targets.dns.validator) {
        Result<std::shared_ptr<dns::DnssecValidator>> validator = dns::DnssecValidator::create(
            {options.targets.dns.trustAnchorFile, options.targets.dns.clock});
        if (validator) // else each discovery reports the trust anchor problem itself
            options.targets.dns.validator = *validator;
    }

    // Each worker thread takes the next engagement until none is left, on its own connection.
    // Plain threads without an event loop: the probe runs its own loop on them (ProbeTask.h).
    std::vector<EngagementMonitoring> results(size_t(ids.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<qint64> done{0};
    const int workers =
        int(std::clamp<qsizetype>(m_options.jobs, 1, std::max<qsizetype>(1, ids.size())));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back(QThread::create([&] {
            Result<ServiceContext> own = m_context.forThisThread();
            for (qsizetype i = next++; i < ids.size(); i = next++) {
                EngagementMonitoring &slot = results[size_t(i)];
                if (!own) {
                    slot.engagementId = ids.at(i);
                    slot.outcome = EngagementMonitoring::Outcome::Failed;
                    slot.error = own.error().message;
                } else if (cancel.isCancelled()) {
                    slot.engagementId = ids.at(i);
                    slot.outcome = EngagementMonitoring::Outcome::Cancelled;
                } else {
                    slot = services::monitorEngagement(*own, ids.at(i), options, run.holder,
                                                       m_mailboxSync, cancel);
                }
                progress.report(++done, ids.size(), slot.title);
            }
        }));
        // Named, so that a profile or a debugger tells the monitor's workers apart.
        threads.back()->setObjectName(u"monitor-%1"_s.arg(w));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();

    // Given up only now, at the end of the run: a run started meanwhile skips what this one did.
    // An error here leaves the leases to expire.
    QList<qint64> held;
    for (const EngagementMonitoring &e : results)
        if (e.outcome != EngagementMonitoring::Outcome::Leased)
            held << e.engagementId;
    (void)storage::MonitorLeases(m_context.database).release(held, run.holder);
    storage::MonitorRun row;
    row.id = run.runId;
    row.holder = run.holder;
    QJsonObject outcomes;
    for (EngagementMonitoring &e : results) {
        const QString key = outcomeKey(e.outcome);
        outcomes.insert(key, outcomes.value(key).toInt() + 1);
        row.opened += int(e.opened.size());
        row.resolved += int(e.resolved.size());
        run.engagements.append(std::move(e));
    }
    run.cancelled = cancel.isCancelled();
    run.finishedAt = m_context.clock->now();
    row.startedAt = run.startedAt;
    row.finishedAt = run.finishedAt;
    row.engagements = int(run.engagements.size());
    row.summary = {{u"outcomes"_s, outcomes}, {u"cancelled"_s, run.cancelled}};
    if (Status finished = runs.finish(row); !finished)
        return finished.error();
    if (m_runFinished)
        m_runFinished(m_context, run);
    return run;
}

} // namespace sts

#pragma once

#include "probe/StarttlsProbe.h"
#include "services/MonitorChecks.h"
#include "services/PublicationCheck.h"
#include "services/ServiceContext.h"
#include "storage/Finding.h"
#include "util/CancelToken.h"
#include "util/Progress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace sts {

// Where and how a monitor run looks.
struct MonitorOptions
{
    services::PublicationTargets targets; // DNS (resolver, anchor) and the policy host (HTTPS)
    tls::ProbeOptions probe;              // STARTTLS of every MX, HTTPS of the policy host
    int jobs = 4;                         // engagements checked at once
    // How long a run holds an engagement: longer than one engagement's checks take (every step
    // has its own timeout), short enough that a dead desk's engagements are checked again soon.
    qint64 leaseMs = 10 * 60 * 1000;
    QString holder; // empty: storage::MonitorLeases::makeHolder()
    services::FailureJumpRule failureJump;

    // The defaults of a scheduled run: shorter probe timeouts than an interactive pre-flight
    // (a greylisting banner may take a minute there; here one slow host must not hold the run)
    // and no extra TLS 1.0/1.1 connections.
    static MonitorOptions defaults();
};

// What a run did for one engagement.
struct EngagementMonitoring
{
    enum class Outcome {
        Checked,
        Leased,              // another run holds its lease: `heldBy`
        ResolverUnavailable, // nothing learned about it (findings left as they were)
        Failed,              // `error`
        Cancelled,
    };
    qint64 engagementId = 0;
    QString title; // "Customer (domain)"
    Outcome outcome = Outcome::Checked;
    QString heldBy;
    QString error;
    QList<storage::Finding> opened;     // new this run: alert these
    QList<storage::Finding> resolved;   // resolved this run
    QList<storage::Finding> unresolved; // everything open or acknowledged after the run
    QStringList steps;                  // the checks that ran ("discovery", "policy", ...)

    QJsonObject toJson() const;
};

struct MonitorRunResult
{
    qint64 runId = 0;
    QString holder;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<EngagementMonitoring> engagements;

    QList<storage::Finding> opened() const;
    QList<storage::Finding> resolved() const;
    bool resolverUnavailable() const;
    QJsonObject toJson() const;
};

// The step that fetches an engagement's reports from its mailbox before the checks (the IMAP
// sync); none by default, set by whoever wires services::MailboxSync. Runs on the worker thread
// with that thread's context; an error is reported with the engagement and the checks still run.
using MailboxSyncStep =
    std::function<Status(const ServiceContext &, qint64 engagementId, const CancelToken &)>;
// Called once at the end of every run (not cancelled or cancelled), on the thread that called
// run(), with the run's new and resolved findings: the notifications hang here.
using RunFinishedHook = std::function<void(const ServiceContext &, const MonitorRunResult &)>;

// The daily monitoring (`stsdesk-cli monitor`, "Run checks now"): for each active engagement,
// with at most `jobs` at once, and only under its lease (two desks on one workspace never check,
// and alert, one engagement twice): mailbox sync, discovery against the stored scan, the served
// policy against the _mta-sts id, certificate expiry and DANE of every MX and the policy host,
// the failure rate of the reports, readiness. What it sees becomes findings (FindingRepository):
// opened once, touched while present, resolved when the check passes. Never publishes anything:
// an MX change the live policy does not cover gets a draft version.
class Monitor
{
public:
    Monitor(ServiceContext context, MonitorOptions options);

    // "host:pid:random", the holder a run names when none is given; a face that runs again and
    // again (a panel) keeps one, so a new run may take over the leases of its own stopped run.
    static QString newHolder();

    void setMailboxSync(MailboxSyncStep step) { m_mailboxSync = std::move(step); }
    void setRunFinished(RunFinishedHook hook) { m_runFinished = std::move(hook); }

    // `engagementIds` empty: every engagement not archived. Blocking: a task on a worker, or the
    // CLI's main thread before exec(). Progress: one step per engagement done.
    Result<MonitorRunResult> run(const QList<qint64> &engagementIds, const CancelToken &cancel = {},
                                 const Progress &progress = {});

private:
    EngagementMonitoring checkOne(const ServiceContext &context, qint64 engagementId,
                                  const QString &holder, const CancelToken &cancel) const;

    ServiceContext m_context;
    MonitorOptions m_options;
    MailboxSyncStep m_mailboxSync;
    RunFinishedHook m_runFinished;
};

} // namespace sts

// stsdesk-cli status ID and stsdesk-cli rollout ACTION ID …: the rollout phase, readiness for
// enforce with its reasons, and the recorded transitions.
#include "CliContext.h"
#include "services/RolloutService.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

void printStatus(Context &ctx, const RolloutStatus &status)
{
    if (ctx.json()) {
        ctx.printJson(status.toJson());
        return;
    }
    const QLocale locale;
    QTextStream &out = ctx.out();
    out << tr("Phase:") << ' ' << displayName(status.phase);
    if (!status.policyId.isEmpty())
        out << ' ' << tr("(policy id %1)").arg(status.policyId);
    out << '\n';
    out << tr("Since:") << ' ' << locale.toString(status.phaseSince.toUTC(), QLocale::ShortFormat)
        << " UTC\n";
    if (status.phase == RolloutPhase::Testing) {
        out << tr("Days in testing:") << ' ' << status.readiness.daysInTesting << '\n';
        out << tr("Clean streak:") << ' ' << status.readiness.cleanStreak << '\n';
    }
    if (status.readyForEnforce()) {
        out << tr("Ready for enforce since %1.")
                   .arg(locale.toString(status.readiness.readySince, QLocale::ShortFormat))
            << '\n';
    } else {
        out << tr("Not ready for enforce:") << '\n';
        for (const QString &reason : status.readiness.blockingReasons)
            out << "  - " << printable(reason) << '\n'; // may name senders
    }
    if (status.readiness.flagged)
        out << tr("FLAGGED: 30 days in testing without readiness.") << '\n';
    if (!status.excludedSenders.isEmpty()) {
        out << tr("Not sending to this customer (excluded from readiness):") << '\n';
        for (const SenderExclusion &excluded : status.excludedSenders)
            out << "  - "
                << printable(tr("%1 — %2 (%3, %4 UTC)")
                                 .arg(excluded.sender, excluded.why, excluded.who,
                                      locale.toString(excluded.at.toUTC(), QLocale::ShortFormat)))
                << '\n';
    }
    out.flush();
}

int runStatus(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Rollout phase, clean streak, readiness and blocking reasons."));
    p.addPositionalArgument(u"id"_s, tr("Engagement ID."));
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    qint64 id = 0;
    if (p.positionalArguments().size() != 1 ||
        !parseEngagementId(p.positionalArguments().first(), id))
        return ctx.usageError(tr("status needs one engagement ID."));
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    Result<RolloutStatus> status = RolloutService(*workspace).status(id);
    if (!status)
        return ctx.failure(status.error());
    printStatus(ctx, *status);
    return ExitOk;
}

int runRollout(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Record a rollout step: prepared, testing, enforce, monitoring, rollback, removal, "
           "acknowledge a sender-side failure, or mark a major sender as not sending to this "
           "customer (exclude-sender SENDER --reason TEXT; include-sender SENDER undoes it)."));
    p.addPositionalArgument(u"action"_s,
                            tr("prepared | testing | enforce | monitoring | rollback | removal | "
                               "acknowledge | exclude-sender | include-sender | status"));
    p.addPositionalArgument(u"id"_s, tr("Engagement ID."));
    p.addPositionalArgument(u"sender"_s, tr("Major sender (exclude-sender, include-sender)."),
                            u"[sender]"_s);
    p.addOptions({
        {u"policy-id"_s, tr("Id of the policy this step publishes."), u"id"_s},
        {u"reason"_s,
         tr("Why (required for rollback, removal, acknowledge, exclude-sender and a forced "
            "enforce)."),
         u"text"_s},
        {u"force"_s, tr("Enforce although the rules say not ready (needs --reason).")},
        {u"day"_s, tr("UTC day of the acknowledged failure (YYYY-MM-DD)."), u"date"_s},
        {u"sender"_s, tr("Sender whose failure is acknowledged."), u"name"_s},
        {u"result-type"_s, tr("Only this result type (default: every failure)."), u"type"_s},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const bool senderScope = action == u"exclude-sender"_s || action == u"include-sender"_s;
    qint64 id = 0;
    if (senderScope && (args.size() != 3 || !parseEngagementId(args.at(1), id)))
        return ctx.usageError(
            tr("Usage: rollout %1 ENGAGEMENT SENDER [--reason TEXT].").arg(action));
    if (!senderScope && (args.size() != 2 || !parseEngagementId(args.at(1), id)))
        return ctx.usageError(tr("rollout needs an action and an engagement ID."));
    const QString policyId = p.value(u"policy-id"_s);
    const QString reason = p.value(u"reason"_s);

    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    RolloutService service(*workspace);
    Status done = Status::success();
    if (action == u"status"_s) {
        // Only shows the status (the same as `stsdesk-cli status ID`).
    } else if (action == u"exclude-sender"_s) {
        if (reason.trimmed().isEmpty())
            return ctx.usageError(tr("exclude-sender needs --reason: why does the sender not send "
                                     "to this customer?"));
        done = service.excludeSender(id, args.at(2), reason);
    } else if (action == u"include-sender"_s) {
        done = service.includeSender(id, args.at(2), reason);
    } else if (action == u"prepared"_s) {
        done = service.markPrepared(id, reason);
    } else if (action == u"testing"_s) {
        done = service.startTesting(id, policyId, reason);
    } else if (action == u"enforce"_s) {
        if (p.isSet(u"force"_s) && reason.trimmed().isEmpty())
            return ctx.usageError(tr("--force needs --reason."));
        done = service.switchToEnforce(id, policyId, p.isSet(u"force"_s) ? reason : QString());
    } else if (action == u"monitoring"_s) {
        done = service.startMonitoring(id, reason);
    } else if (action == u"rollback"_s) {
        done = service.rollback(id, policyId, reason);
    } else if (action == u"removal"_s) {
        done = service.startRemoval(id, policyId, reason);
    } else if (action == u"acknowledge"_s) {
        const QDate day = QDate::fromString(p.value(u"day"_s), Qt::ISODate);
        if (!day.isValid() || p.value(u"sender"_s).isEmpty())
            return ctx.usageError(tr("acknowledge needs --day YYYY-MM-DD and --sender."));
        done = service.acknowledge(id, Acknowledgement{day, p.value(u"sender"_s),
                                                       p.value(u"result-type"_s), QString(), reason,
                                                       QDateTime()});
    } else {
        return ctx.usageError(tr("Unknown rollout action “%1”.").arg(action));
    }
    if (!done)
        return ctx.failure(done.error());
    Result<RolloutStatus> status = service.status(id);
    if (!status)
        return ctx.failure(status.error());
    printStatus(ctx, *status);
    return ExitOk;
}

const Registration statusRegistration{
    u"status"_s, QT_TRANSLATE_NOOP("cli", "Show rollout phase and readiness for enforce"),
    &runStatus};
const Registration rolloutRegistration{
    u"rollout"_s, QT_TRANSLATE_NOOP("cli", "Record rollout steps and acknowledgements"),
    &runRollout};

} // namespace
} // namespace sts::cli

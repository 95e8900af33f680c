// stsdesk-cli monitor [ID…|--all]: the daily checks of the engagements (services::Monitor), with
// findings opened once, kept while present and resolved when the check passes.
//
// Exit codes: 0 every engagement was checked (or is being checked by another desk) and nothing is
// open; 4 findings are open (new ones or older ones nobody acknowledged); 3 the resolver could
// not be used for some engagement (nothing learned about it); 1 a check failed otherwise.
#include "CliContext.h"
#include "FindingsPrinter.h"
#include "PolicyVersionsCommand.h"
#include "ScheduleCommand.h"
#include "SmtpPassword.h"
#include "secrets/KeychainStore.h"
#include "services/MailboxSync.h"
#include "services/Monitor.h"
#include "services/Notifications.h"
#include "util/PrintableText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("sts::cli", text, disambiguation, n);
}

bool positiveNumber(const QCommandLineParser &p, const QString &name, int max, int &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toInt(&ok);
    return ok && out >= 1 && out <= max;
}

void printEngagement(QTextStream &out, const EngagementMonitoring &e)
{
    out << printable(e.title.isEmpty() ? QString::number(e.engagementId) : e.title) << " [#"
        << e.engagementId << "]: ";
    switch (e.outcome) {
    case EngagementMonitoring::Outcome::Leased:
        out << tr("checked by %1").arg(printable(e.heldBy)) << '\n';
        return;
    case EngagementMonitoring::Outcome::ResolverUnavailable:
        out << tr("not checked, the resolver cannot be used: %1").arg(printable(e.error)) << '\n';
        return;
    case EngagementMonitoring::Outcome::Failed:
        out << tr("check failed: %1").arg(printable(e.error)) << '\n';
        return;
    case EngagementMonitoring::Outcome::Cancelled:
        out << tr("cancelled") << '\n';
        return;
    case EngagementMonitoring::Outcome::Checked:
        break;
    }
    out << tr("%n new", nullptr, int(e.opened.size())) << ", "
        << tr("%n resolved", nullptr, int(e.resolved.size())) << ", "
        << tr("%n unresolved", nullptr, int(e.unresolved.size())) << '\n';
    if (!e.error.isEmpty())
        out << "  " << printable(e.error) << '\n';
    for (const Finding &f : e.opened)
        printFindingLine(out, f, tr("new"));
    for (const Finding &f : e.resolved)
        printFindingLine(out, f, tr("resolved"));
    for (const Finding &f : e.unresolved)
        if (!std::any_of(e.opened.cbegin(), e.opened.cend(),
                         [&](const Finding &o) { return o.id == f.id; }))
            printFindingLine(out, f, {});
}

int exitCodeOf(const MonitorRunResult &run)
{
    bool failedCheck = false, open = false;
    for (const EngagementMonitoring &e : run.engagements) {
        failedCheck = failedCheck || e.outcome == EngagementMonitoring::Outcome::Failed;
        for (const Finding &f : e.unresolved)
            open = open || f.state == Finding::State::Open;
    }
    if (run.resolverUnavailable())
        return ExitResolver;
    if (failedCheck || run.cancelled)
        return ExitFailure;
    return open ? ExitFindings : ExitOk;
}

int runMonitor(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Check engagements now: discovery against the stored scan, the served policy against "
           "the _mta-sts id, certificate expiry and DANE of every MX and the policy host, the "
           "failure rate of the reports and readiness. Exit code 0: nothing open; 4: findings "
           "open; 3: the resolver could not be used; 1: a check failed."));
    p.addPositionalArgument(u"id"_s, tr("Engagement IDs (or --all)."), u"[ID…]"_s);
    // Where to look, as `policy verify` takes it (not its publish options).
    for (const QCommandLineOption &option : policyVersionOptions())
        if (option.names().constFirst() == u"resolver"_s ||
            option.names().constFirst() == u"trust-anchor"_s ||
            option.names().constFirst() == u"dns-timeout"_s)
            p.addOption(option);
    p.addOptions({
        {u"all"_s, tr("Every engagement that is not archived.")},
        {u"jobs"_s, tr("Engagements checked at once (default 4)."), u"n"_s},
        {u"connect"_s, tr("Reach every policy host at HOST:PORT instead of resolving it."),
         u"host:port"_s},
        {u"ca-file"_s, tr("Trust only the CAs in this PEM file (policy hosts and MX hosts)."),
         u"file"_s},
        {u"timeout"_s, tr("Seconds allowed for fetching a policy (default 30)."), u"s"_s},
        {u"smtp-port"_s, tr("SMTP port of the MX hosts (default 25)."), u"n"_s},
        {u"lease-seconds"_s,
         tr("How long a run holds an engagement against other desks (default 600)."), u"s"_s},
        {u"no-mailbox"_s, tr("Do not fetch new reports from the engagements' mailboxes first.")},
        {u"notify"_s, tr("Afterwards, mail each consultant the digest of new findings.")},
        {u"password-file"_s,
         tr("File whose first line is the SMTP password (else the desktop keychain)."), u"file"_s},
        {u"install-timer"_s,
         tr("Instead of checking now: install the systemd user timer that runs “monitor --all "
            "--notify” every day.")},
        {u"on-calendar"_s,
         tr("With --install-timer: when it runs (systemd calendar, default "
            "daily)."),
         u"spec"_s},
        {u"user-dir"_s,
         tr("With --install-timer: the folder for the units (default "
            "~/.config/systemd/user)."),
         u"dir"_s},
    });
    int exitCode = ExitOk;
    if (!ctx.parse(p, exitCode))
        return exitCode;

    if (p.isSet(u"install-timer"_s))
        return installMonitorTimerFromCli(ctx, p.value(u"on-calendar"_s), p.value(u"user-dir"_s));
    QList<qint64> ids;
    for (const QString &arg : p.positionalArguments()) {
        qint64 id = 0;
        if (!parseEngagementId(arg, id))
            return ctx.usageError(tr("“%1” is not an engagement ID.").arg(arg));
        ids << id;
    }
    if (ids.isEmpty() == !p.isSet(u"all"_s))
        return ctx.usageError(tr("Name engagement IDs or --all (not both)."));

    MonitorOptions options = MonitorOptions::defaults();
    if (!readTargets(ctx, p, options.targets, exitCode))
        return exitCode;
    int jobs = options.jobs, smtpPort = 25, leaseSeconds = int(options.leaseMs / 1000);
    if (!positiveNumber(p, u"jobs"_s, 64, jobs))
        return ctx.usageError(tr("--jobs takes 1 to 64."));
    if (!positiveNumber(p, u"smtp-port"_s, 65535, smtpPort))
        return ctx.usageError(tr("--smtp-port takes a port number."));
    if (!positiveNumber(p, u"lease-seconds"_s, 86400, leaseSeconds))
        return ctx.usageError(tr("--lease-seconds takes 1 to 86400."));
    options.jobs = jobs;
    options.leaseMs = qint64(leaseSeconds) * 1000;
    options.probe.smtpPort = quint16(smtpPort);
    if (!options.targets.https.connectHost.isEmpty())
        options.probe.httpsPort = options.targets.https.port;
    if (!options.targets.https.caFile.isEmpty())
        options.probe.trust = tls::TrustSettings::fromCaFile(options.targets.https.caFile);

    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    // Asked before the checks, so a missing password stops the run before it does anything.
    std::optional<NotifyOptions> notify;
    if (p.isSet(u"notify"_s)) {
        Result<QString> password = smtpPassword(*workspace, p.value(u"password-file"_s));
        if (!password)
            return ctx.failure(password.error());
        notify = NotifyOptions{false, *password, 30000};
    }
    Monitor monitor(*workspace, options);
    if (!p.isSet(u"no-mailbox"_s)) {
        std::shared_ptr<secrets::SecretStore> keychain = secrets::desktopKeychain();
        monitor.setMailboxSync(
            [keychain](const ServiceContext &c, qint64 id, const CancelToken &cancel) -> Status {
                auto synced = services::MailboxSync(c, keychain).syncEngagement(id, {}, cancel);
                if (!synced && synced.error().code != u"mailbox.not-set"_s)
                    return synced.error();
                return {};
            });
    }
    Result<MonitorRunResult> run = monitor.run(ids);
    if (!run)
        return ctx.failure(run.error());
    int notifyCode = ExitOk;
    if (notify) {
        Result<QList<NotifyMail>> sent = Notifications(*workspace).sendDigests(*notify);
        if (!sent) {
            ctx.err() << printable(sent.error().message) << '\n';
            notifyCode = ExitFailure;
        } else if (!ctx.json()) {
            ctx.out() << tr("%n digest mail(s) sent.", nullptr, int(sent->size())) << '\n';
        }
    }
    if (ctx.json()) {
        ctx.printJson(run->toJson());
    } else {
        QTextStream &out = ctx.out();
        out << tr("Monitor run %1 by %2: %n engagement(s)", nullptr, int(run->engagements.size()))
                   .arg(run->runId)
                   .arg(printable(run->holder))
            << '\n';
        for (const EngagementMonitoring &e : run->engagements)
            printEngagement(out, e);
        out.flush();
    }
    // A digest that could not be sent is a failure of the run: the timer's journal must say so.
    const int code = exitCodeOf(*run);
    if (notifyCode != ExitOk && (code == ExitOk || code == ExitFindings))
        return ExitFailure;
    return code;
}

const Registration registration{
    u"monitor"_s, QT_TRANSLATE_NOOP("cli", "Run the monitoring checks and record findings"),
    &runMonitor};

} // namespace
} // namespace sts::cli

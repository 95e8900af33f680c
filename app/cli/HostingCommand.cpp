// stsdesk-cli hosting: the consultant's policy host for all customers
// (services::PolicyHostingSync): sync writes its folder, status lists the customers, set-host names
// the host customers CNAME to.
#include "CliContext.h"
#include "services/PolicyHostingSync.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

// "2 added, 1 changed" for the files of `domain`; empty when none of them changed.
QString fileChanges(const QList<deploy::SyncedFile> &files, const QString &domain)
{
    QStringList parts;
    for (const auto change :
         {deploy::SyncedFile::Change::Added, deploy::SyncedFile::Change::Changed,
          deploy::SyncedFile::Change::Removed}) {
        const auto n =
            std::count_if(files.cbegin(), files.cend(), [&](const deploy::SyncedFile &f) {
                return f.domain == domain && f.change == change;
            });
        if (n > 0)
            parts << u"%1 %2"_s.arg(n).arg(deploy::changeKey(change));
    }
    return parts.join(u", "_s);
}

void printCustomers(QTextStream &out, const QList<services::HostedCustomer> &customers,
                    const QList<deploy::SyncedFile> &files = {})
{
    for (const services::HostedCustomer &c : customers) {
        out << "  " << printable(c.domain) << " (" << printable(c.customer)
            << "): " << services::stateText(c.state);
        if (!c.policyId.isEmpty())
            out << ", " << tr("policy %1 (%2, max_age %3)").arg(c.policyId, c.mode).arg(c.maxAge);
        if (c.retireUntil.isValid())
            out << ", " << tr("until %1").arg(c.retireUntil.toString(Qt::ISODate));
        if (const QString changed = fileChanges(files, c.domain); !changed.isEmpty())
            out << "; " << tr("files: %1").arg(changed);
        out << '\n';
    }
}

int status(Context &ctx, services::PolicyHostingSync &hosting)
{
    Result<services::HostingStatus> s = hosting.status();
    if (!s)
        return ctx.failure(s.error());
    if (ctx.json()) {
        ctx.printJson(s->toJson());
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << tr("Policy host: %1")
               .arg(s->hostName.isEmpty() ? tr("(not set; use “hosting set-host NAME”)")
                                          : s->hostName)
        << '\n';
    if (s->customers.isEmpty())
        out << tr("No engagement is hosted on the policy host.") << '\n';
    printCustomers(out, s->customers);
    out.flush();
    return ExitOk;
}

int sync(Context &ctx, services::PolicyHostingSync &hosting, const QCommandLineParser &p)
{
    services::HostingSyncOptions options;
    options.outDir = p.value(u"out"_s);
    options.reloadCommand = p.value(u"reload-command"_s);
    options.reload = !p.isSet(u"no-reload"_s);
    options.host.installDir = p.value(u"install-dir"_s);
    options.host.webroot = p.value(u"webroot"_s);
    if (p.isSet(u"certbot-dir"_s))
        options.host.certbotConfigDir = p.value(u"certbot-dir"_s);
    options.host.tlsDir = p.value(u"tls-dir"_s);
    options.host.contactEmail = p.value(u"email"_s);
    if (p.isSet(u"https-listen"_s))
        options.host.httpsListen = p.values(u"https-listen"_s);
    if (p.isSet(u"http-listen"_s))
        options.host.httpListen = p.values(u"http-listen"_s);
    Result<services::HostingSyncReport> report = hosting.sync(options);
    if (!report)
        return ctx.failure(report.error());
    const bool reloadFailed = report->reloaded && report->reloadExitCode != 0;
    if (ctx.json()) {
        QJsonObject o = report->toJson();
        o.insert(u"reloadOutput"_s, report->reloadOutput);
        ctx.printJson(o);
    } else {
        QTextStream &out = ctx.out();
        if (!report->changed())
            out << tr("Nothing changed in %1; nginx was not reloaded.").arg(options.outDir) << '\n';
        for (const deploy::SyncedFile &f : report->files)
            out << "  " << deploy::changeKey(f.change) << ' ' << printable(f.path) << '\n';
        out << tr("Customers:") << '\n';
        printCustomers(out, report->customers, report->files);
        for (const QString &domain : report->dropped)
            out << "  " << tr("%1: retired, its server block and files were removed").arg(domain)
                << "; " << tr("files: %1").arg(fileChanges(report->files, domain)) << '\n';
        if (report->reloaded)
            out << (reloadFailed
                        ? tr("The reload failed (exit code %1):").arg(report->reloadExitCode)
                        : tr("Reloaded."))
                << '\n';
        out.flush();
    }
    if (reloadFailed) {
        ctx.err() << printable(report->reloadOutput) << '\n';
        ctx.err().flush();
        return ExitFailure;
    }
    return ExitOk;
}

int runHosting(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The consultant's policy host: one nginx serving mta-sts.<domain> for every engagement "
           "hosted with nginx, from their live policy versions."));
    p.addPositionalArgument(u"action"_s, tr("sync --out DIR | status | set-host NAME"));
    p.addOptions({
        {u"out"_s, tr("The folder to write (sync)."), u"dir"_s},
        {u"reload-command"_s,
         tr("Run this (sh -c) when a file changed; default: sh DIR/reload.sh (nginx -t and "
            "reload)."),
         u"command"_s},
        {u"no-reload"_s, tr("Only write the folder; run no reload command (sync).")},
        {u"install-dir"_s, tr("Where the folder is on the policy host (default: DIR)."), u"dir"_s},
        {u"webroot"_s, tr("The ACME webroot (default: DIR/acme)."), u"dir"_s},
        {u"certbot-dir"_s, tr("certbot's configuration folder (default: /etc/letsencrypt)."),
         u"dir"_s},
        {u"tls-dir"_s, tr("Where the deploy hooks install certificates (default: /etc/nginx/tls)."),
         u"dir"_s},
        {u"email"_s, tr("certbot's account address (default: postmaster@<domain>)."), u"address"_s},
        {u"https-listen"_s, tr("An nginx listen value for HTTPS; repeatable (default: 443)."),
         u"listen"_s},
        {u"http-listen"_s,
         tr("An nginx listen value for ACME over HTTP; repeatable (default: 80)."), u"listen"_s},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const bool known = (action == u"sync"_s && args.size() == 1 && p.isSet(u"out"_s)) ||
                       (action == u"status"_s && args.size() == 1) ||
                       (action == u"set-host"_s && args.size() == 2);
    if (!known)
        return ctx.usageError(
            tr("Use “hosting sync --out DIR [--reload-command CMD]”, “hosting status” or "
               "“hosting set-host NAME”."));
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    services::PolicyHostingSync hosting(*workspace);
    if (action == u"status"_s)
        return status(ctx, hosting);
    if (action == u"sync"_s)
        return sync(ctx, hosting, p);
    Result<QString> stored = hosting.setHostName(args.value(1));
    if (!stored)
        return ctx.failure(stored.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"hostName"_s, *stored}});
    else
        ctx.out() << tr("Policy host: %1").arg(stored->isEmpty() ? tr("(not set)") : *stored)
                  << '\n';
    ctx.out().flush();
    return ExitOk;
}

} // namespace

static const Registration reg{
    u"hosting"_s,
    QT_TRANSLATE_NOOP("cli", "Write the consultant's policy host for all customers (sync, status)"),
    &runHosting};

} // namespace sts::cli

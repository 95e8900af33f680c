// stsdesk-cli artifacts write|list: every file the customer installs or publishes for one
// engagement (core/deploy/Artifacts.h).
#include "CliContext.h"
#include "deploy/Artifacts.h"
#include "deploy/DeliveryKinds.h"
#include "deploy/Rfc2136Credentials.h"
#include "services/DeliverySettings.h"
#include "services/DeployInputLoader.h"
#include "services/EngagementService.h"
#include "services/PolicyVersions.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

struct Options
{
    QCommandLineOption out{u"out"_s, tr("Write the files below this folder (write)."), u"dir"_s};
    QCommandLineOption hosting{u"hosting"_s,
                               tr("Policy hosting: nginx, cloudflare-pages, cloudflare-worker, "
                                  "github-pages or external (Apache), for "
                                  "this run; default: the engagement's settings."),
                               u"kind"_s};
    QCommandLineOption mta{u"mta"_s,
                           tr("postfix or exim, for this run; default: the engagement's settings "
                              "(engagement settings ID), else postfix."),
                           u"mta"_s};
    QCommandLineOption alert{QStringList{u"alert-address"_s, u"alert-notice"_s},
                             tr("Address for expiry notices (30 days left) and certbot's account "
                                "mail; default: the engagement's settings, else "
                                "postmaster@<domain>."),
                             u"address"_s};
    QCommandLineOption alertEscalation{
        u"alert-escalation"_s,
        tr("Address for expiry escalations (14 days left); default the notice address."),
        u"address"_s};
    QCommandLineOption alertCritical{
        u"alert-critical"_s,
        tr("Address for critical expiry alerts (7 days left, expired or missing); default the "
           "escalation address."),
        u"address"_s};
    QCommandLineOption force{u"force"_s, tr("Overwrite files that already exist (write).")};
    QCommandLineOption dane{
        u"dane"_s,
        tr("auto (from the latest discovery), on or off: whether the deploy hooks guard the "
           "TLSA key."),
        u"mode"_s, u"auto"_s};
    QCommandLineOption webroot{u"webroot"_s,
                               tr("nginx webroot for the policy and ACME challenges."), u"dir"_s};
    QCommandLineOption scriptDir{
        u"script-dir"_s, tr("Where the hooks and the alert script are installed."), u"dir"_s};
    QCommandLineOption tlsDir{
        u"tls-dir"_s, tr("Where the deploy hooks install keys and certificates."), u"dir"_s};
    QCommandLineOption certbotDir{u"certbot-config-dir"_s, tr("certbot's configuration folder."),
                                  u"dir"_s};
    QCommandLineOption tsigSecret{
        u"tsig-secret-file"_s,
        tr("File holding the TSIG secret (base64) for the dns-rfc2136 credentials file (write); "
           "without it the file gets a placeholder. The secret is never stored."),
        u"file"_s};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({out, hosting, mta, alert, alertEscalation, alertCritical, force, dane,
                      webroot, scriptDir, tlsDir, certbotDir, tsigSecret});
    }

    Q_DECLARE_TR_FUNCTIONS(sts::cli::Options)
};

// Fills `options` from the command line; returns a usage message, or an empty string. What is not
// given stays unset: the engagement's saved delivery settings apply (DeployInputLoader).
QString readOptions(const QCommandLineParser &p, const Options &o, deploy::ArtifactOptions &options)
{
    if (p.isSet(o.hosting)) {
        options.hosting = deploy::artifactHostingFromKey(p.value(o.hosting));
        if (!options.hosting)
            return tr("--hosting takes one of: %1.").arg(hostingKeys().join(u", "_s));
    }
    if (p.isSet(o.mta)) {
        options.mta = deploy::mtaFromKey(p.value(o.mta));
        if (!options.mta)
            return tr("--mta takes “postfix” or “exim”.");
    }
    const QString dane = p.value(o.dane);
    if (dane == u"on"_s || dane == u"off"_s) {
        options.daneFromDiscovery = false;
        options.daneActive = dane == u"on"_s;
    } else if (dane != u"auto"_s) {
        return tr("--dane takes “auto”, “on” or “off”.");
    }
    for (const auto &[option, target] : {std::pair{&o.alert, &options.alerts.notice},
                                         std::pair{&o.alertEscalation, &options.alerts.escalation},
                                         std::pair{&o.alertCritical, &options.alerts.critical}}) {
        *target = p.value(*option).trimmed();
        if (!target->isEmpty() && !services::DeliverySettings::isMailAddress(*target))
            return tr("--%1 needs a mail address.").arg(option->names().first());
    }
    for (const auto &[option, target] :
         {std::pair{&o.webroot, &options.webroot}, std::pair{&o.scriptDir, &options.scriptDir},
          std::pair{&o.tlsDir, &options.tlsDir},
          std::pair{&o.certbotDir, &options.certbotConfigDir}}) {
        if (!p.isSet(*option))
            continue;
        if (!p.value(*option).startsWith(u'/'))
            return tr("--%1 needs an absolute path.").arg(option->names().first());
        *target = p.value(*option);
    }
    return {};
}

QJsonArray listJson(const QList<deploy::Artifact> &artifacts)
{
    QJsonArray out;
    for (const deploy::Artifact &a : artifacts)
        out.append(QJsonObject{{u"path"_s, a.relativePath},
                               {u"executable"_s, a.executable},
                               {u"size"_s, a.content.size()},
                               {u"description"_s, a.description}});
    return out;
}

int runArtifacts(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write or list every file the customer installs or publishes for an engagement: "
           "policy files, DNS exports, the hosting files (nginx, Pages, Worker or Apache), certbot "
           "scripts, deploy hooks, "
           "systemd units, the expiry alert and MTA snippets."));
    p.addPositionalArgument(u"action"_s, tr("write ID --out DIR | list ID"));
    const Options o;
    o.addTo(p);
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    qint64 id = 0;
    if (args.size() != 2 || (action != u"write"_s && action != u"list"_s) ||
        !parseEngagementId(args.at(1), id))
        return ctx.usageError(tr("Use “artifacts write ID --out DIR” or “artifacts list ID”."));
    if (action == u"write"_s && !p.isSet(o.out))
        return ctx.usageError(tr("write needs --out DIR."));

    auto services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    const std::shared_ptr<storage::Database> db = services->database;
    auto engagement = EngagementService(*services).get(id);
    if (!engagement)
        return ctx.failure(engagement.error());
    deploy::ArtifactOptions options;
    if (const QString usage = readOptions(p, o, options); !usage.isEmpty())
        return ctx.usageError(usage);
    // Files written for deployment name a version STS Desk has saved (and can verify later).
    if (action == u"write"_s)
        if (auto current = PolicyVersions(*services).ensureCurrent(id); !current)
            return ctx.failure(current.error());
    auto artifacts = deploy::buildEngagementArtifacts(db, id, options);
    if (!artifacts)
        return ctx.failure(artifacts.error());

    if (action == u"list"_s) {
        if (ctx.json()) {
            ctx.printJson(listJson(*artifacts));
        } else {
            for (const deploy::Artifact &a : *artifacts)
                ctx.out() << printable(a.relativePath) << (a.executable ? u" *"_s : QString())
                          << u"\n    "_s << printable(a.description) << '\n';
            ctx.out().flush();
        }
        return ExitOk;
    }
    if (p.isSet(o.tsigSecret)) {
        QFile file(p.value(o.tsigSecret));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.usageError(
                tr("Cannot read the TSIG secret file “%1”.").arg(p.value(o.tsigSecret)));
        if (Status inserted =
                deploy::insertTsigSecret(*artifacts, engagement->domain.ace, file.readLine(4096));
            !inserted)
            return ctx.failure(inserted.error());
    }
    auto written = deploy::writeArtifacts(*artifacts, p.value(o.out), p.isSet(o.force));
    if (!written)
        return ctx.failure(written.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"out"_s, p.value(o.out)},
                                  {u"files"_s, listJson(*artifacts)},
                                  {u"written"_s, QJsonArray::fromStringList(*written)}});
    } else {
        ctx.out() << QCoreApplication::translate("cli", "%n file(s) written below %1", nullptr,
                                                 int(written->size()))
                         .arg(printable(p.value(o.out)))
                  << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

} // namespace

static const Registration reg{
    u"artifacts"_s,
    QT_TRANSLATE_NOOP("cli", "Write the policy, DNS, hosting and renewal files of an engagement"),
    &runArtifacts};

} // namespace sts::cli

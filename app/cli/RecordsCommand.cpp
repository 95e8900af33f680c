#include "CliContext.h"
#include "records/ExportFormats.h"
#include "services/PolicyVersions.h"
#include "services/PublishPlanner.h"
#include "services/RecordPush.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

struct Options
{
    QCommandLineOption format{u"format"_s, tr("Output format, one of the formats listed above."),
                              u"format"_s};
    QCommandLineOption domain{u"domain"_s, tr("The mail domain."), u"domain"_s};
    QCommandLineOption engagement{
        u"engagement"_s,
        tr("Export what this engagement in the workspace publishes (its publish plan, as the "
           "wizard, the artifacts and the runbook show it); the options below replace parts."),
        u"id"_s};
    QCommandLineOption policyId{
        u"policy-id"_s,
        tr("The policy version whose id the _mta-sts record carries (push: the one about to be "
           "published; default the live version)."),
        u"id"_s};
    QCommandLineOption rua{
        u"rua"_s, tr("A TLS-RPT report address (mailto: or https:); repeatable."), u"uri"_s};
    QCommandLineOption mx{u"mx"_s, tr("An MX host that gets TLSA records; repeatable."), u"host"_s};
    QCommandLineOption tlsa{u"tlsa"_s,
                            tr("SPKI SHA-256 digest for an MX host, published as “3 1 1”; give a "
                               "second one for the staged key during a rollover."),
                            u"host=hex"_s};
    QCommandLineOption hostTlsRpt{u"host-tlsrpt"_s,
                                  tr("Also publish _smtp._tls.<mx> for every MX host (DANE).")};
    QCommandLineOption cname{u"mta-sts-cname"_s, tr("mta-sts.<domain> is a CNAME to this host."),
                             u"target"_s};
    QCommandLineOption address{u"mta-sts-a"_s,
                               tr("An IPv4 or IPv6 address of mta-sts.<domain>; repeatable."),
                               u"address"_s};
    QCommandLineOption ttl{u"ttl"_s, tr("TTL of every record in seconds."), u"seconds"_s,
                           u"3600"_s};
    QCommandLineOption server{
        u"server"_s,
        tr("nsupdate and push: the primary server to update (push: HOST[:PORT], port 53 by "
           "default)."),
        u"host"_s};
    QCommandLineOption port{u"port"_s, tr("nsupdate: the server's port."), u"port"_s};
    QCommandLineOption zone{u"zone"_s, tr("nsupdate: the zone (default: the domain)."), u"zone"_s};
    QCommandLineOption tsigFile{
        u"tsig-file"_s,
        tr("nsupdate: a file holding the TSIG key as “[algorithm:]name:secret” (kept off the "
           "command line, where other users could read it)."),
        u"file"_s};
    QCommandLineOption tsigKeyFile{
        u"tsig-key-file"_s,
        tr("push: the TSIG key file (BIND key block, keymgr -t output or “[algorithm:]name:"
           "secret”), readable by its owner only."),
        u"file"_s};
    QCommandLineOption out{u"out"_s, tr("Write to this file instead of standard output."),
                           u"file"_s};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({format, domain, engagement, policyId, rua, mx, tlsa, hostTlsRpt, cname,
                      address, ttl, server, port, zone, tsigFile, tsigKeyFile, out});
    }

    Q_DECLARE_TR_FUNCTIONS(sts::cli::Options)
};

// --port into `port` when given (untouched otherwise); false when it is not a port number.
bool readPort(const QCommandLineParser &p, const Options &o, quint16 &port)
{
    if (!p.isSet(o.port))
        return true;
    bool ok = false;
    port = p.value(o.port).toUShort(&ok);
    return ok && port != 0;
}

// The engagement's publish plan, with the explicit options as the consultant's choices.
int fromEngagement(sts::cli::Context &ctx, const QString &idText,
                   const sts::services::PublishChoices &choices, sts::records::RecordSetInput &in)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(tr("--engagement needs a positive engagement ID."));
    auto services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    // Exported records are published: their _mta-sts id names a version STS Desk has saved.
    if (!choices.policyId)
        if (auto current = sts::PolicyVersions(*services).ensureCurrent(id); !current)
            return ctx.failure(current.error());
    auto plan = sts::services::PublishPlanner(services->database).plan(id, choices);
    if (!plan)
        return ctx.failure(plan.error());
    in = plan->records;
    return sts::cli::ExitOk;
}

// "[algorithm:]name:secret", as nsupdate -y takes it.
int readTsig(sts::cli::Context &ctx, const QString &path, sts::records::NsupdateOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failure(
            {u"records.tsig-file"_s,
             tr("Cannot read the TSIG key file “%1”: %2").arg(path, file.errorString())});
    const QStringList parts = QString::fromUtf8(file.readAll()).trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.contains(QString()))
        return ctx.failure({u"records.tsig-file"_s,
                            tr("“%1” must hold one line “[algorithm:]name:secret”.").arg(path)});
    if (parts.size() == 3)
        options.keyAlgorithm = parts[0];
    options.keyName = parts[parts.size() - 2];
    options.keySecret = parts.last();
    return sts::cli::ExitOk;
}

int runExport(sts::cli::Context &ctx, const QCommandLineParser &p, const Options &o)
{
    const QString format = p.value(o.format);
    if (!sts::records::findExportFormat(format)) {
        QStringList keys;
        for (const sts::records::ExportFormat &known : sts::records::exportFormats())
            keys.append(known.key);
        return ctx.usageError(tr("--format must be one of: %1.").arg(keys.join(u", "_s)));
    }
    bool ttlOk = false;
    const quint32 ttl = p.value(o.ttl).toUInt(&ttlOk);
    if (!ttlOk)
        return ctx.usageError(tr("--ttl needs a number of seconds."));
    sts::records::RecordSetInput in;
    if (p.isSet(o.engagement)) {
        sts::services::PublishChoices choices;
        choices.ttl = ttl;
        if (p.isSet(o.policyId))
            choices.policyId = p.value(o.policyId);
        if (p.isSet(o.rua))
            choices.rua = p.values(o.rua);
        if (p.isSet(o.address) || p.isSet(o.cname))
            choices.policyHost =
                sts::records::PolicyHostTarget{p.values(o.address), p.value(o.cname)};
        if (const int code = fromEngagement(ctx, p.value(o.engagement), choices, in); code != 0)
            return code;
    } else {
        in.policyId = p.value(o.policyId);
        in.rua = p.values(o.rua);
        in.policyHost = sts::records::PolicyHostTarget{p.values(o.address), p.value(o.cname)};
        in.ttl = ttl;
    }
    if (p.isSet(o.domain))
        in.domain = p.value(o.domain);
    if (in.domain.isEmpty())
        return ctx.usageError(tr("Give --domain or --engagement."));
    if (in.policyId.isEmpty())
        return ctx.usageError(tr("Give --policy-id (the engagement has no policy version yet)."));

    // Explicit MX hosts replace the plan's.
    QStringList hosts;
    if (p.isSet(o.mx))
        in.mxHosts.clear();
    for (const QString &host : p.values(o.mx)) {
        sts::records::MxHostInput mx;
        mx.host = host;
        mx.hostTlsReporting = p.isSet(o.hostTlsRpt);
        in.mxHosts.append(mx);
        hosts.append(host.toLower());
    }
    for (const QString &item : p.values(o.tlsa)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString host = item.left(eq).toLower();
        const QString hex = item.mid(eq + 1);
        static const QRegularExpression hexForm(u"^([0-9A-Fa-f]{2})+$"_s);
        if (eq <= 0 || !hexForm.match(hex).hasMatch())
            return ctx.usageError(tr("--tlsa takes HOST=HEXDIGEST, not “%1”.").arg(item));
        const qsizetype index = hosts.indexOf(host);
        if (index < 0)
            return ctx.usageError(tr("--tlsa names “%1”, which is not given with --mx.").arg(host));
        in.mxHosts[index].tlsa.append(
            sts::dane::TlsaRecord::fromSpkiSha256(QByteArray::fromHex(hex.toLatin1())));
    }
    auto set = sts::records::RecordSet::build(in);
    if (!set)
        return ctx.failure(set.error());

    sts::records::NsupdateOptions nsupdate;
    nsupdate.server = p.value(o.server);
    nsupdate.zone = p.value(o.zone);
    if (!readPort(p, o, nsupdate.port))
        return ctx.usageError(tr("--port needs a port number."));
    if (p.isSet(o.tsigFile))
        if (const int code = readTsig(ctx, p.value(o.tsigFile), nsupdate); code != 0)
            return code;
    const QByteArray content = sts::records::makeExporter(format, nsupdate)->render(*set);

    if (p.isSet(o.out)) {
        // A TSIG secret in the script: the owner's alone.
        const bool secret = !nsupdate.keySecret.isEmpty() && format == u"nsupdate"_s;
        if (Status saved = writeFileAtomically(p.value(o.out), content, secret ? 0600 : 0666);
            !saved)
            return ctx.failure(saved.error());
    }
    if (ctx.json()) {
        QJsonArray records;
        for (const auto &r : set->records())
            records.append(r.toJson());
        ctx.printJson(QJsonObject{
            {u"domain"_s, set->domain()}, {u"format"_s, format}, {u"records"_s, records}});
    } else if (!p.isSet(o.out)) {
        ctx.out() << QString::fromUtf8(content);
        ctx.out().flush();
    }
    return sts::cli::ExitOk;
}

QString servedText(sts::dns::ServedState state)
{
    switch (state) {
    case sts::dns::ServedState::Present:
        return tr("present");
    case sts::dns::ServedState::Different:
        return tr("different");
    case sts::dns::ServedState::Missing:
        return tr("missing");
    }
    return {};
}

// records push ENGAGEMENT: the plan's records as one TSIG-signed update, then read back.
int runPush(sts::cli::Context &ctx, const QCommandLineParser &p, const Options &o)
{
    const QStringList args = p.positionalArguments();
    qint64 id = 0;
    if (args.size() != 2 || !sts::cli::parseEngagementId(args.at(1), id))
        return ctx.usageError(tr("Usage: records push ENGAGEMENT --server HOST[:PORT] "
                                 "--tsig-key-file FILE [--zone ZONE]."));
    if (!p.isSet(o.server) || !p.isSet(o.tsigKeyFile))
        return ctx.usageError(tr("records push needs --server and --tsig-key-file."));
    sts::services::PushTarget target;
    target.server = p.value(o.server);
    target.keyFile = p.value(o.tsigKeyFile);
    target.zone = p.value(o.zone);
    target.policyId = p.value(o.policyId); // the version about to be published
    if (!readPort(p, o, target.port))
        return ctx.usageError(tr("--port needs a port number."));
    auto services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    auto outcome = sts::services::RecordPush(*services).push(id, target);
    if (!outcome)
        return ctx.failure(outcome.error());
    if (ctx.json()) {
        ctx.printJson(outcome->toJson());
    } else {
        ctx.out() << QCoreApplication::translate(
                         "sts::cli", "Pushed %n record(s) to the zone %1 at %2 (key %3).", nullptr,
                         int(outcome->records.size()))
                         .arg(outcome->zone, outcome->server, outcome->keyName)
                  << u'\n';
        for (const sts::services::PushedRecord &r : outcome->records) {
            ctx.out() << u"  %1  %2 %3 %4 %5\n"_s
                             .arg(servedText(r.state).leftJustified(10), r.record.owner)
                             .arg(r.record.ttl)
                             .arg(r.record.typeName(), r.record.rdata());
            for (const QString &found : r.found)
                if (r.state == sts::dns::ServedState::Different)
                    ctx.out() << u"              "_s << tr("served: %1").arg(found) << u'\n';
        }
        if (!outcome->outsideZone.isEmpty())
            ctx.out()
                << tr("Not in the zone %1, publish them in their own zone:").arg(outcome->zone)
                << u'\n';
        for (const sts::records::DnsRecordSpec &r : outcome->outsideZone)
            ctx.out() << u"  %1 %2 IN %3 %4\n"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(),
                                                                             r.rdata());
        ctx.out().flush();
    }
    if (!outcome->checkProblem.isEmpty())
        return ctx.failure(
            {u"records.push-check"_s, tr("The update was applied, but reading it back failed: %1")
                                          .arg(outcome->checkProblem)});
    if (!outcome->allServed())
        return ctx.failure({u"records.push-check"_s,
                            tr("The update was applied, but the server does not serve every "
                               "record as sent (see above).")});
    return sts::cli::ExitOk;
}

// The formats as the one table lists them (records/ExportFormats.h).
QString formatHelp()
{
    QString text = tr("Export the DNS records of a domain's MTA-STS, TLS-RPT and DANE setup.") +
                   u"\n"_s +
                   tr("records push ENGAGEMENT sends the engagement's records to the zone's "
                      "primary server as one TSIG-signed dynamic update (RFC 2136) and reads "
                      "them back.") +
                   u"\n\n"_s + tr("Formats (--format):") + u'\n';
    qsizetype width = 0;
    for (const sts::records::ExportFormat &format : sts::records::exportFormats())
        width = std::max(width, format.key.size());
    for (const sts::records::ExportFormat &format : sts::records::exportFormats())
        text += u"  %1  %2: %3\n"_s.arg(format.key.leftJustified(width), format.displayName(),
                                        format.displayDescription());
    return text;
}

int runRecords(sts::cli::Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(formatHelp());
    p.addPositionalArgument(u"action"_s, tr("export, or push ENGAGEMENT"),
                            u"export|push ENGAGEMENT"_s);
    const Options o;
    o.addTo(p);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action == u"push"_s)
        return runPush(ctx, p, o);
    if (p.positionalArguments() != QStringList{u"export"_s})
        return ctx.usageError(tr("Expected the action “export” or “push”."));
    return runExport(ctx, p, o);
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"records"_s,
    QT_TRANSLATE_NOOP("cli", "Export the DNS records to publish, or push them to a DNS server"),
    &sts::cli::runRecords};

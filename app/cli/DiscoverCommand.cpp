#include "DiscoverCommand.h"

#include "CliContext.h"
#include "MxCommand.h"
#include "dns/Discovery.h"
#include "dns/DnssecValidator.h"
#include "dns/ResolverProblem.h"
#include "services/DiscoveryService.h"
#include "util/PrintableText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {

int resolverFailure(Context &ctx, const Error &error, const sts::dns::DiscoveryOptions &options)
{
    ctx.failure(error);
    const QString anchor = options.trustAnchorFile.isEmpty()
                               ? sts::dns::DnssecValidator::defaultTrustAnchorFile()
                               : options.trustAnchorFile;
    ctx.err() << printable(QCoreApplication::translate(
                               "sts::cli",
                               "Next: ask a resolver that works with --resolver HOST:PORT (used: "
                               "%1), or check the trust anchor with --trust-anchor FILE (used: "
                               "%2); then run the command again.")
                               .arg(options.resolver.describe(), anchor))
              << '\n';
    ctx.err().flush();
    return sts::cli::ExitResolver;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

void printLookup(QTextStream &out, const QString &label, const sts::dns::LookupResult &r)
{
    // Names and record data are what the domain's servers published: never raw to a terminal.
    out << u"  %1: %2\n"_s.arg(label, printable(r.verdict.describe()));
    for (const sts::dns::DnsRecord &record : r.records)
        out << u"    %1 %2\n"_s.arg(sts::dns::rrTypeName(record.type), printable(record.rdata));
}

void printReport(QTextStream &out, const sts::dns::DiscoveryReport &report)
{
    using namespace sts::dns;
    out << tr("Domain %1 (resolver %2, trust anchor %3)\n")
               .arg(report.domain, report.resolver, report.anchorZone);
    printLookup(out, tr("MX"), report.mx);
    for (const MxHostReport &host : report.hosts) {
        out << tr("MX host %1 (preference %2), DANE: %3\n")
                   .arg(printable(host.name))
                   .arg(host.preference)
                   .arg(daneStateText(host.dane));
        if (host.ipLiteral)
            continue;
        printLookup(out, tr("A"), host.a);
        printLookup(out, tr("AAAA"), host.aaaa);
        printLookup(out, tr("TLSA"), host.tlsa);
    }
    printLookup(out, u"_mta-sts TXT"_s, report.stsTxt);
    printLookup(out, u"_smtp._tls TXT"_s, report.tlsRptTxt);
    printLookup(out, u"mta-sts A"_s, report.policyHostA);
    out << tr("Findings:\n");
    if (report.findings.isEmpty())
        out << tr("  none\n");
    for (const Finding &f : report.findings)
        out << u"  [%1] %2: %3\n"_s.arg(Finding::severityName(f.severity), f.code,
                                        printable(f.text()));
    out.flush();
}

int runDiscover(sts::cli::Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Find MX hosts, MTA-STS/TLS-RPT/TLSA records and their "
                                   "DNSSEC status for a mail domain."));
    p.addPositionalArgument(
        u"domain"_s, tr("The mail domain (default with --engagement: its domain)."), u"[domain]"_s);
    const QCommandLineOption resolver(u"resolver"_s,
                                      tr("DNS server as HOST:PORT (default: the system resolver)."),
                                      u"host:port"_s);
    const QCommandLineOption anchor(
        u"trust-anchor"_s, tr("DNSSEC trust anchor file (default: /usr/share/dns/root.key)."),
        u"file"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Per-query timeout in milliseconds."),
                                     u"ms"_s, u"2000"_s);
    const QCommandLineOption engagementOption(
        u"engagement"_s,
        tr("Store the run as a discovery snapshot of this engagement (ID) in the workspace."),
        u"id"_s);
    p.addOption(resolver);
    p.addOption(anchor);
    p.addOption(timeout);
    p.addOption(engagementOption);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() > 1 || (args.isEmpty() && !p.isSet(engagementOption)))
        return ctx.usageError(tr("Expected exactly one domain."));

    // With --engagement the workspace is opened first: a wrong ID fails before any DNS traffic.
    std::optional<sts::DiscoveryService> service;
    std::optional<sts::ServiceContext> workspace; // with --engagement
    qint64 engagementId = 0;
    QString domain = args.value(0);
    if (p.isSet(engagementOption)) {
        if (!parseEngagementId(p.value(engagementOption), engagementId))
            return ctx.usageError(tr("--engagement needs a positive engagement ID."));
        auto opened = ctx.openServices();
        if (!opened)
            return ctx.failure(opened.error());
        service.emplace(*opened);
        workspace = *opened;
        auto target = service->domainFor(engagementId, domain);
        if (!target) // a domain that is not the engagement's, or none at all: a usage error
            return target.error().code == u"discovery.domain-mismatch"_s ||
                           target.error().code == u"domain.invalid"_s
                       ? ctx.usageError(target.error().message)
                       : ctx.failure(target.error());
        domain = target->ace;
    }
    sts::dns::DiscoveryOptions options;
    if (p.isSet(resolver)) {
        auto parsed = sts::dns::ResolverConfig::parse(p.value(resolver));
        if (!parsed)
            return ctx.usageError(parsed.error().message);
        options.resolver = *parsed;
    }
    bool ok = false;
    const int ms = p.value(timeout).toInt(&ok);
    if (!ok || ms < 1)
        return ctx.usageError(tr("--timeout needs a positive number of milliseconds."));
    options.resolver.timeoutMs = ms;
    options.trustAnchorFile = p.value(anchor);
    auto report = sts::dns::discover(domain, options);
    if (!report) {
        if (report.error().code == u"dns.domain"_s)
            return ctx.usageError(report.error().message);
        if (report.error().code == QLatin1String(sts::dns::ResolverProblem::errorCode))
            return resolverFailure(ctx, report.error(), options);
        return ctx.failure(report.error());
    }
    if (service) {
        auto saved = service->store(engagementId, *report, options.trustAnchorFile);
        if (!saved)
            return ctx.failure(saved.error());
        if (!ctx.json())
            ctx.err() << tr("Stored as discovery snapshot %1 of engagement %2.\n")
                             .arg(*saved)
                             .arg(engagementId);
        printHandEntriesAgainstScan(ctx, *workspace, engagementId); // the next discovery
    }
    if (ctx.json())
        ctx.printJson(report->toJson());
    else
        printReport(ctx.out(), *report);
    return sts::cli::ExitOk;
}

const sts::cli::Registration reg{
    u"discover"_s, QT_TRANSLATE_NOOP("cli", "Find MX hosts, records and DNSSEC status"),
    &runDiscover};

} // namespace
} // namespace sts::cli

// stsdesk-cli probe DOMAIN|HOST: STARTTLS pre-flight of MX hosts (and the MTA-STS policy host).
#include "CliContext.h"
#include "DiscoverCommand.h"
#include "dns/Discovery.h"
#include "dns/ResolverProblem.h"
#include "probe/ProbePlan.h"
#include "probe/ProbeTask.h"
#include "services/ProbeService.h"
#include "tls/BsiCipherPolicy.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <optional>

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

void printProbe(QTextStream &out, const tls::AddressProbe &a)
{
    const QString where = a.address.contains(u':') ? u"[%1]:%2"_s.arg(a.address).arg(a.port)
                                                   : u"%1:%2"_s.arg(a.address).arg(a.port);
    // Names, errors and certificate fields carry what the probed server sent.
    out << printable(a.host) << ' ' << where << "  " << a.verdict();
    if (a.tlsEstablished)
        out << "  " << a.tlsProtocol << ' ' << a.cipher;
    out << '\n';
    if (!a.error.isEmpty())
        out << "    " << printable(a.error) << '\n';
    if (a.tlsEstablished) {
        const tls::Certificate leaf = a.chain.leaf();
        out << "    " << tr("Certificate:") << ' ' << printable(leaf.subject()) << " ("
            << printable(leaf.dnsNames().join(u", "_s)) << ")\n"
            << "    " << tr("Valid until:") << ' ' << leaf.notAfter().toString(Qt::ISODate) << '\n'
            << "    " << tr("Chain:") << ' ' << printable(a.verification.summary()) << '\n';
        if (a.dane)
            out << "    " << tr("DANE:") << ' '
                << (a.dane->matched ? tr("matches %1").arg(a.dane->matchedRecord.toString())
                                    : printable(a.dane->problems.join(u"; "_s)))
                << '\n';
        const tls::BsiCipherRating bsi = tls::rateCipherSuite(a.tlsProtocol, a.cipher);
        out << "    " << tls::bsiGuideline() << ": " << tls::displayName(bsi.rating) << " ("
            << printable(bsi.ianaName) << ")\n";
    }
    QStringList legacy;
    for (const tls::LegacyProtocolCheck &check : a.legacyProtocols)
        legacy.append(
            u"%1 %2"_s.arg(check.protocol, tls::describeLegacyOutcome(tls::toKey(check.outcome))));
    if (!legacy.isEmpty())
        out << "    " << tr("Old protocols:") << ' ' << legacy.join(u", "_s) << '\n';
}

// The MX hosts of `domain` as discovery sees them, with addresses and secure TLSA records.
Result<QList<tls::ProbeTarget>> discoverTargets(Context &ctx, const QString &domain,
                                                const QString &resolver, const QString &anchor,
                                                bool policyHost)
{
    dns::DiscoveryOptions options;
    if (!resolver.isEmpty()) {
        Result<dns::ResolverConfig> parsed = dns::ResolverConfig::parse(resolver);
        if (!parsed)
            return Error{u"cli.usage"_s, parsed.error().message};
        options.resolver = *parsed;
    }
    options.trustAnchorFile = anchor;
    Result<dns::DiscoveryReport> report = dns::discover(domain, options);
    if (!report)
        return Error{report.error().code == u"dns.domain"_s ? u"cli.usage"_s : report.error().code,
                     report.error().message};
    if (report->nullMx)
        return Error{u"probe.null-mx"_s,
                     tr("%1 publishes a null MX (RFC 7505): it accepts no mail, there is nothing "
                        "to probe.")
                         .arg(report->domain)};
    const tls::ProbePlan plan = tls::ProbePlan::fromDiscovery(*report, policyHost);
    for (const QString &host : plan.skippedHosts)
        ctx.err() << tr("MX host %1 has no address; skipped.").arg(printable(host)) << '\n';
    if (plan.targets.isEmpty())
        return Error{u"probe.no-address"_s,
                     tr("Discovery found no MX host address of %1 to probe, so nothing about its "
                        "mail servers can be checked. Next: check its MX and A/AAAA records, or "
                        "name the hosts with --mx HOST and their addresses with --connect ADDR.")
                         .arg(report->domain)};
    return plan.targets;
}

// The pre-flight of a stored engagement: the addresses of its newest scan, as the wizard's
// pre-flight page probes them (ProbeService::plan), the policy host only when asked for.
Result<QList<tls::ProbeTarget>> engagementTargets(Context &ctx, ProbeService &service,
                                                  qint64 engagementId, bool policyHost)
{
    Result<std::optional<PreflightPlan>> planned = service.plan(engagementId);
    if (!planned)
        return planned.error();
    if (!*planned)
        return Error{u"probe.no-discovery"_s,
                     tr("Engagement %1 has no discovery yet: run “discover --engagement %1” "
                        "first, or enter its mail servers with “mx add %1 HOST --address A”.")
                         .arg(engagementId)};
    const tls::ProbePlan &plan = (*planned)->plan;
    for (const QString &host : plan.skippedHosts)
        ctx.err() << tr("MX host %1 has no address; skipped.").arg(printable(host)) << '\n';
    QList<tls::ProbeTarget> targets;
    for (const tls::ProbeTarget &t : plan.targets)
        if (policyHost || t.protocol == tls::AddressProbe::Protocol::Smtp)
            targets.append(t);
    if (targets.isEmpty())
        return Error{u"probe.no-address"_s,
                     tr("Engagement %1 has no MX host address to probe: neither its newest "
                        "discovery nor the mail servers entered by hand give one, so nothing "
                        "about its mail servers can be checked. Next: check the domain's MX and "
                        "A/AAAA records and run “discover --engagement %1” again, or enter the "
                        "servers by hand with “mx add %1 HOST --address A”.")
                         .arg(engagementId)};
    return targets;
}

int runProbe(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Probe STARTTLS on every address of the MX hosts (port 25 by default): banner, "
           "EHLO, STARTTLS, TLS handshake with SNI, certificate chain, and a verdict in RFC 8460 "
           "terms. Without --mx and --connect, the MX hosts, their addresses and secure TLSA "
           "records are found by discovery (a host without MX records is probed itself); with "
           "--mx, exactly the hosts given are probed; with --connect alone, the argument is one "
           "host probed at those addresses."));
    p.addPositionalArgument(u"target"_s, tr("A mail domain or a host name."));
    const QCommandLineOption mx(u"mx"_s, tr("An MX host of the domain (repeatable)."), u"host"_s);
    const QCommandLineOption port(u"port"_s, tr("SMTP port (default 25)."), u"n"_s, u"25"_s);
    const QCommandLineOption httpsPort(
        u"https-port"_s, tr("HTTPS port for --policy-host (default 443)."), u"n"_s, u"443"_s);
    const QCommandLineOption policy(u"policy-host"_s,
                                    tr("Also probe mta-sts.<domain> over HTTPS."));
    const QCommandLineOption caFile(u"ca-file"_s, tr("Trust only the CAs in this PEM file."),
                                    u"file"_s);
    const QCommandLineOption connectTo(
        u"connect"_s, tr("Connect to this address instead of resolving (repeatable)."), u"addr"_s);
    const QCommandLineOption tlsa(
        u"tlsa"_s, tr("A TLSA record “3 1 1 <hex>” to check (repeatable)."), u"rdata"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Seconds allowed for each step (default 30)."), u"s"_s, u"30"_s);
    const QCommandLineOption resolver(
        u"resolver"_s, tr("DNS server for discovery as HOST:PORT (default: the system resolver)."),
        u"host:port"_s);
    const QCommandLineOption anchor(
        u"trust-anchor"_s,
        tr("DNSSEC trust anchor file for discovery (default: /usr/share/dns/root.key)."),
        u"file"_s);
    const QCommandLineOption engagementOption(
        u"engagement"_s,
        tr("Probe the MX hosts of this engagement's newest discovery (ID) at the addresses it "
           "found, and store the results with the engagement, as the pre-flight page does."),
        u"id"_s);
    p.addOptions({mx, port, httpsPort, policy, caFile, connectTo, tlsa, timeout, resolver, anchor,
                  engagementOption});
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    const bool forEngagement = p.isSet(engagementOption);
    qint64 engagementId = 0;
    if (forEngagement) {
        if (!parseEngagementId(p.value(engagementOption), engagementId))
            return ctx.usageError(tr("--engagement needs a positive engagement ID."));
        if (!p.positionalArguments().isEmpty() || p.isSet(mx) || p.isSet(connectTo) ||
            p.isSet(resolver) || p.isSet(anchor))
            return ctx.usageError(tr("--engagement probes what the engagement's discovery found: "
                                     "give no domain, --mx, --connect, --resolver or "
                                     "--trust-anchor with it."));
    } else if (p.positionalArguments().size() != 1) {
        return ctx.usageError(tr("Give exactly one domain or host."));
    }
    const QString target =
        forEngagement ? QString() : p.positionalArguments().constFirst().trimmed();

    tls::ProbeOptions options;
    bool ok = false;
    options.smtpPort = quint16(p.value(port).toUShort(&ok));
    if (!ok || options.smtpPort == 0)
        return ctx.usageError(tr("--port takes a port number."));
    options.httpsPort = quint16(p.value(httpsPort).toUShort(&ok));
    if (!ok || options.httpsPort == 0)
        return ctx.usageError(tr("--https-port takes a port number."));
    const int seconds = p.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return ctx.usageError(tr("--timeout takes 1 to 600 seconds."));
    options.connectTimeoutMs = options.bannerTimeoutMs = options.commandTimeoutMs =
        options.handshakeTimeoutMs = seconds * 1000;
    if (p.isSet(caFile))
        options.trust = tls::TrustSettings::fromCaFile(p.value(caFile));

    QList<QHostAddress> addresses;
    for (const QString &text : p.values(connectTo)) {
        QHostAddress address;
        if (!address.setAddress(text))
            return ctx.usageError(tr("“%1” is not an IP address.").arg(text));
        addresses.append(address);
    }
    QList<dane::TlsaRecord> records;
    for (const QString &text : p.values(tlsa)) {
        Result<dane::TlsaRecord> record = dane::TlsaRecord::parse(text);
        if (!record)
            return ctx.usageError(record.error().message);
        records.append(*record);
    }

    // The workspace is opened before any network traffic: a wrong ID fails at once.
    std::optional<ProbeService> service;
    QList<tls::ProbeTarget> targets;
    if (forEngagement) {
        Result<ServiceContext> opened = ctx.openServices();
        if (!opened)
            return ctx.failure(opened.error());
        service.emplace(*opened);
        Result<QList<tls::ProbeTarget>> planned =
            engagementTargets(ctx, *service, engagementId, p.isSet(policy));
        if (!planned)
            return ctx.failure(planned.error());
        targets = *planned;
        if (!records.isEmpty())
            for (tls::ProbeTarget &t : targets)
                if (t.protocol == tls::AddressProbe::Protocol::Smtp)
                    t.tlsa = records;
    } else if (!p.isSet(mx) && !p.isSet(connectTo)) {
        Result<QList<tls::ProbeTarget>> discovered =
            discoverTargets(ctx, target, p.value(resolver), p.value(anchor), p.isSet(policy));
        if (!discovered) {
            if (discovered.error().code == QLatin1String(dns::ResolverProblem::errorCode)) {
                dns::DiscoveryOptions used; // discoverTargets() parsed these already
                used.resolver = dns::ResolverConfig::parse(p.value(resolver)).valueOr({});
                used.trustAnchorFile = p.value(anchor);
                return resolverFailure(ctx, discovered.error(), used);
            }
            return discovered.error().code == u"cli.usage"_s
                       ? ctx.usageError(discovered.error().message)
                       : ctx.failure(discovered.error());
        }
        targets = *discovered;
        // TLSA given on the command line replaces what DNS published, for what-if checks.
        if (!records.isEmpty())
            for (tls::ProbeTarget &t : targets)
                if (t.protocol == tls::AddressProbe::Protocol::Smtp)
                    t.tlsa = records;
    } else {
        QStringList hosts = p.values(mx);
        if (hosts.isEmpty())
            hosts = {target};
        for (const QString &host : std::as_const(hosts)) {
            tls::ProbeTarget t = tls::ProbeTarget::smtp(host, addresses);
            t.tlsa = records;
            targets.append(t);
        }
        if (p.isSet(policy))
            targets.append(tls::ProbeTarget::policyHost(target, addresses));
    }

    const Result<tls::ProbeReport> probed = tls::probeTargets(targets, options);
    if (!probed)
        return ctx.failure(probed.error());
    const tls::ProbeReport &report = *probed;
    if (service) {
        // Stored as the GUI's pre-flight stores it: the runbook and the publish plan read it.
        if (Status stored = service->store(engagementId, report); !stored)
            return ctx.failure(stored.error());
        if (!ctx.json())
            ctx.err() << tr("Stored %n probe result(s) with engagement %1.", nullptr,
                            int(report.addresses.size()))
                             .arg(engagementId)
                      << '\n';
    }
    if (ctx.json()) {
        ctx.printJson(report.toJson());
    } else {
        for (const tls::AddressProbe &a : report.addresses)
            printProbe(ctx.out(), a);
        ctx.out().flush();
    }
    return report.allOk() ? ExitOk : ExitFailure;
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"probe"_s, QT_TRANSLATE_NOOP("cli", "Probe STARTTLS and certificates of MX hosts"),
    &sts::cli::runProbe};

// stsdesk-cli probe DOMAIN|HOST: STARTTLS pre-flight of MX hosts (and the MTA-STS policy host).
#include "CliContext.h"
#include "tls/StarttlsProbe.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printProbe(QTextStream &out, const tls::AddressProbe &a)
{
    const QString where = a.address.contains(u':') ? u"[%1]:%2"_s.arg(a.address).arg(a.port)
                                                   : u"%1:%2"_s.arg(a.address).arg(a.port);
    out << a.host << ' ' << where << "  " << a.verdict();
    if (a.tlsEstablished)
        out << "  " << a.tlsProtocol << ' ' << a.cipher;
    out << '\n';
    if (!a.error.isEmpty())
        out << "    " << a.error << '\n';
    if (a.tlsEstablished) {
        const tls::Certificate leaf = a.chain.leaf();
        out << "    " << tr("Certificate:") << ' ' << leaf.subject() << " ("
            << leaf.dnsNames().join(u", "_s) << ")\n"
            << "    " << tr("Valid until:") << ' ' << leaf.notAfter().toString(Qt::ISODate) << '\n'
            << "    " << tr("Chain:") << ' ' << a.verification.summary() << '\n';
        if (a.dane)
            out << "    " << tr("DANE:") << ' '
                << (a.dane->matched ? tr("matches %1").arg(a.dane->matchedRecord.toString())
                                    : a.dane->problems.join(u"; "_s))
                << '\n';
    }
}

int runProbe(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Probe STARTTLS on every address of the given MX hosts (port 25 by default): banner, "
           "EHLO, STARTTLS, TLS handshake with SNI, certificate chain, and a verdict in RFC 8460 "
           "terms. With --mx, the argument is the mail domain; without, it is one host."));
    p.addPositionalArgument(u"target"_s, tr("A mail domain (with --mx) or a host name."));
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
    p.addOptions({mx, port, httpsPort, policy, caFile, connectTo, tlsa, timeout});
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(tr("Give exactly one domain or host."));
    const QString target = p.positionalArguments().constFirst().trimmed();

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

    QStringList hosts = p.values(mx);
    if (hosts.isEmpty())
        hosts = {target};
    QList<tls::ProbeTarget> targets;
    for (const QString &host : std::as_const(hosts)) {
        tls::ProbeTarget t = tls::ProbeTarget::smtp(host, addresses);
        t.tlsa = records;
        targets.append(t);
    }
    if (p.isSet(policy))
        targets.append(tls::ProbeTarget::policyHost(target, addresses));

    const tls::ProbeReport report = tls::StarttlsProbe::run(targets, options);
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

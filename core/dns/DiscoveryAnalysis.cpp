// The findings of discover(): everything here reads the report only, no DNS.
#include "Discovery.h"
#include "mtasts/StsTxtRecord.h"
#include "mtasts/TlsRptTxtRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::dns", text);
}

using Severity = Finding::Severity;

DaneState daneFor(const MxHostReport &host, const DnssecVerdict &addresses)
{
    if (host.ipLiteral)
        return DaneState::NotPossible;
    const Security tlsa = host.tlsa.verdict.security;
    if (tlsa == Security::Bogus || addresses.security == Security::Bogus)
        return DaneState::Broken;
    if (tlsa == Security::Indeterminate || addresses.security == Security::Indeterminate)
        return DaneState::Unknown;
    // RFC 7672 §2.2.2: insecure addresses (or TLSA) mean no DANE for this host.
    if (tlsa == Security::Insecure || addresses.security == Security::Insecure)
        return DaneState::NotPossible;
    const bool usable = std::any_of(host.tlsa.records.cbegin(), host.tlsa.records.cend(),
                                    [](const DnsRecord &r) { return isUsableTlsa(r); });
    return usable ? DaneState::Usable : DaneState::Possible;
}

void addProblems(DiscoveryReport &report, const QString &owner,
                 const QList<mtasts::Problem> &problems)
{
    for (const mtasts::Problem &p : problems)
        report.findings.append(
            {p.code,
             p.severity == mtasts::Problem::Severity::Error ? Severity::Error : Severity::Warning,
             owner, p.message});
}

void analyzeHost(DiscoveryReport &report, MxHostReport &host)
{
    auto add = [&](const QString &code, Severity severity, const QString &message) {
        report.findings.append({code, severity, host.name, message});
    };
    if (host.ipLiteral) {
        add(u"mx.ip-literal"_s, Severity::Error,
            tr("MX target “%1” is an IP address; MX records must name a host (RFC 5321 §5.1).")
                .arg(host.name));
        host.dane = DaneState::NotPossible;
        return;
    }
    if (!host.provider.isEmpty())
        add(u"mx.provider"_s, Severity::Info,
            tr("“%1” is run by %2.").arg(host.name, providerDisplayName(host.provider)));
    const QStringList alias =
        !host.a.cnameChain.isEmpty() ? host.a.cnameChain : host.aaaa.cnameChain;
    if (!alias.isEmpty())
        add(u"mx.cname-target"_s, Severity::Warning,
            tr("MX target “%1” is a CNAME (to “%2”); MX records must name the host itself "
               "(RFC 2181 §10.3).")
                .arg(host.name, alias.join(u" → "_s)));
    if (!host.a.answered() || !host.aaaa.answered())
        add(u"mx.address-lookup-failed"_s, Severity::Warning,
            tr("The addresses of “%1” could not be looked up: %2")
                .arg(host.name, !host.a.answered() ? host.a.error : host.aaaa.error));
    else if (host.addresses().isEmpty())
        add(u"mx.host-without-address"_s, Severity::Error,
            tr("MX host “%1” has no A or AAAA record; mail cannot be delivered to it.")
                .arg(host.name));

    DnssecVerdict addresses = DnssecVerdict::secure({});
    for (const LookupResult *r : {&host.a, &host.aaaa})
        addresses = weakest(addresses, r->verdict);
    report.findings.append(checkTlsaRecords(host.name, host.tlsa.records));
    host.dane = daneFor(host, addresses);
    if (host.dane == DaneState::Broken)
        add(u"dane.broken"_s, Severity::Error,
            tr("DNSSEC for “%1” is bogus (%2): DANE senders will defer mail to it.")
                .arg(host.name, weakest(host.tlsa.verdict, addresses).describe()));
    if (host.dane == DaneState::Usable && report.mx.verdict.security == Security::Insecure)
        add(u"dane.secure-host-insecure-mx"_s, Severity::Info,
            tr("The MX RRset is not signed, but “%1” lives in a signed zone: DANE still applies "
               "to it (RFC 7672 §2.2.1).")
                .arg(host.name));
}

} // namespace

void analyzeReport(DiscoveryReport &report)
{
    report.findings.clear();
    auto add = [&](const QString &code, Severity severity, const QString &host,
                   const QString &message) {
        report.findings.append({code, severity, host, message});
    };
    const QString d = report.domain;
    if (!report.mx.answered())
        add(u"mx.lookup-failed"_s, Severity::Error, d,
            tr("The MX records of “%1” could not be looked up: %2").arg(d, report.mx.error));
    else if (report.mx.isNxDomain())
        add(u"domain.nxdomain"_s, Severity::Error, d, tr("“%1” does not exist in DNS.").arg(d));
    if (report.mx.verdict.security == Security::Bogus)
        add(u"dnssec.mx-bogus"_s, Severity::Error, d,
            tr("The MX RRset of “%1” fails DNSSEC validation: %2")
                .arg(d, report.mx.verdict.describe()));
    if (report.nullMx)
        add(u"mx.null"_s, Severity::Info, d,
            tr("“%1” publishes a null MX (RFC 7505): it accepts no mail.").arg(d));
    if (report.implicitMx)
        add(u"mx.implicit"_s, Severity::Warning, d,
            tr("“%1” has no MX records; senders use its own A/AAAA records instead.").arg(d));

    QHash<QString, int> seen;
    for (const DnsRecord &r : report.mx.records)
        ++seen[r.target];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() > 1)
            add(u"mx.duplicate-host"_s, Severity::Warning, it.key(),
                tr("MX host “%1” is listed %2 times.").arg(it.key()).arg(it.value()));
    for (MxHostReport &host : report.hosts)
        analyzeHost(report, host);

    const mtasts::StsTxtLookup sts = mtasts::parseStsTxtRecords(report.stsTxtStrings());
    report.stsId = sts.record ? sts.record->id : QString();
    addProblems(report, u"_mta-sts."_s + d, sts.problems);
    const mtasts::TlsRptTxtLookup rpt = mtasts::parseTlsRptTxtRecords(report.tlsRptTxtStrings());
    report.tlsRptRua = rpt.record ? rpt.record->rua : QStringList();
    addProblems(report, u"_smtp._tls."_s + d, rpt.problems);
    if (!report.txtOf(report.oldTlsRptTxt).isEmpty())
        add(u"tlsrpt.old-name"_s, Severity::Warning, u"_smtp-tlsrpt."_s + d,
            tr("A TXT record exists at the draft name “_smtp-tlsrpt.%1”; senders only read "
               "“_smtp._tls.%1” (RFC 8460 §3).")
                .arg(d));
}

} // namespace sts::dns

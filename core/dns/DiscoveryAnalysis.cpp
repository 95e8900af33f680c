// The findings of discover(): everything here reads the report only, no DNS.
#include "Discovery.h"
#include "mtasts/StsTxtRecord.h"
#include "mtasts/TlsRptTxtRecord.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

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
             owner, p.args});
}

// The sentences of these codes are in FindingText.cpp.
void analyzeHost(DiscoveryReport &report, MxHostReport &host)
{
    auto add = [&](const QString &code, Severity severity, const QStringList &more = {}) {
        report.findings.append({code, severity, host.name, QStringList{host.name} + more});
    };
    if (host.ipLiteral) {
        add(u"mx.ip-literal"_s, Severity::Error);
        host.dane = DaneState::NotPossible;
        return;
    }
    if (!host.provider.isEmpty())
        add(u"mx.provider"_s, Severity::Info, {host.provider});
    const QStringList alias =
        !host.a.cnameChain.isEmpty() ? host.a.cnameChain : host.aaaa.cnameChain;
    if (!alias.isEmpty())
        add(u"mx.cname-target"_s, Severity::Warning, {alias.join(u" → "_s)});
    if (!host.a.answered() || !host.aaaa.answered())
        add(u"mx.address-lookup-failed"_s, Severity::Warning,
            {!host.a.answered() ? host.a.error : host.aaaa.error});
    else if (host.addresses().isEmpty())
        add(u"mx.host-without-address"_s, Severity::Error);

    DnssecVerdict addresses = DnssecVerdict::secure({});
    for (const LookupResult *r : {&host.a, &host.aaaa})
        addresses = weakest(addresses, r->verdict);
    report.findings.append(checkTlsaRecords(host.name, host.tlsa.records));
    host.dane = daneFor(host, addresses);
    if (host.dane == DaneState::Broken) {
        const DnssecVerdict bogus = weakest(host.tlsa.verdict, addresses);
        add(u"dane.broken"_s, Severity::Error,
            {DnssecVerdict::reasonName(bogus.reason), bogus.zone});
    }
    if (host.dane == DaneState::Usable && report.mx.verdict.security == Security::Insecure)
        add(u"dane.secure-host-insecure-mx"_s, Severity::Info);
}

} // namespace

void analyzeReport(DiscoveryReport &report)
{
    report.findings.clear();
    const QString d = report.domain;
    auto add = [&](const QString &code, Severity severity, const QString &host,
                   const QStringList &args) {
        report.findings.append({code, severity, host, args});
    };
    if (!report.mx.answered())
        add(u"mx.lookup-failed"_s, Severity::Error, d, {d, report.mx.error});
    else if (report.mx.isNxDomain())
        add(u"domain.nxdomain"_s, Severity::Error, d, {d});
    if (report.mx.verdict.security == Security::Bogus)
        add(u"dnssec.mx-bogus"_s, Severity::Error, d,
            {d, DnssecVerdict::reasonName(report.mx.verdict.reason), report.mx.verdict.zone});
    if (report.nullMx)
        add(u"mx.null"_s, Severity::Info, d, {d});
    if (report.implicitMx)
        add(u"mx.implicit"_s, Severity::Warning, d, {d});

    QHash<QString, int> seen;
    for (const DnsRecord &r : report.mx.records)
        ++seen[r.target];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() > 1)
            add(u"mx.duplicate-host"_s, Severity::Warning, it.key(),
                {it.key(), QString::number(it.value())});
    for (MxHostReport &host : report.hosts)
        analyzeHost(report, host);

    const mtasts::StsTxtLookup sts = mtasts::parseStsTxtRecords(report.stsTxtStrings());
    report.stsId = sts.record ? sts.record->id : QString();
    addProblems(report, u"_mta-sts."_s + d, sts.problems);
    const mtasts::TlsRptTxtLookup rpt = mtasts::parseTlsRptTxtRecords(report.tlsRptTxtStrings());
    report.tlsRptRua = rpt.record ? rpt.record->rua : QStringList();
    addProblems(report, u"_smtp._tls."_s + d, rpt.problems);
    if (!report.txtOf(report.oldTlsRptTxt).isEmpty())
        add(u"tlsrpt.old-name"_s, Severity::Warning, u"_smtp-tlsrpt."_s + d, {d});
}

void rephraseStoredFindings(DiscoveryReport &report)
{
    const auto storedAsText = [](const Finding &f) { return !f.storedText.isEmpty(); };
    if (std::none_of(report.findings.cbegin(), report.findings.cend(), storedAsText))
        return;
    DiscoveryReport again = report;
    analyzeReport(again);
    const auto identities = [](const QList<Finding> &findings) {
        QStringList out;
        for (const Finding &f : findings)
            out << f.code + u'\n' + f.host + u'\n' + Finding::severityName(f.severity);
        out.sort();
        return out;
    };
    if (identities(again.findings) == identities(report.findings))
        report.findings = again.findings;
}

} // namespace sts::dns

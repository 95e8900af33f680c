// The BSI TR-03108 checklist, each row from stored evidence (probes, discovery, policy versions,
// renewal settings) with what it rests on; "not tested" where nothing was measured.
#include "runbook/BsiEvidence.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

// Protocol and cipher of every probe, judged against TR-02102-2; whether TLS 1.0 and 1.1 are
// refused only as far as the probe recorded trying them.
QString OperationsSections::tlsEvidence(bool *met) const
{
    QStringList lines, weak;
    bool legacyKnown = !m_in.data.probes.isEmpty();
    bool legacyOk = true;
    for (const storage::StoredProbe &p : m_in.data.probes) {
        const QString protocol = p.detail.value(u"tlsProtocol"_s).toString();
        const QString cipher = p.detail.value(u"cipher"_s).toString();
        const QString where = u"%1 (%2)"_s.arg(p.host, p.address);
        if (protocol.isEmpty()) {
            weak.append(tr("%1: no TLS session").arg(where));
            continue;
        }
        const tls::BsiCipherRating rating = bsi::cipherRating(p);
        const bool good = rating.rating == tls::BsiRating::Recommended;
        lines.append(u"%1: %2, %3"_s.arg(where, protocol, cipher) +
                     (good ? QString()
                      : rating.rating == tls::BsiRating::Acceptable
                          ? u" – "_s + tr("acceptable for a transition, not recommended by "
                                          "TR-02102-2")
                          : u" – "_s + tr("not recommended by TR-02102-2")));
        if (!good)
            weak.append(where);
        const std::optional<bool> legacy = bsi::legacyRefused(p);
        legacyKnown = legacyKnown && legacy.has_value();
        legacyOk = legacyOk && legacy.value_or(false);
    }
    if (m_in.data.probes.isEmpty())
        lines.append(tr("no probe stored"));
    if (!legacyKnown)
        lines.append(tr("Refusal of TLS 1.0 and 1.1: not tested (the probe did not try them)."));
    else
        lines.append(legacyOk ? tr("TLS 1.0 and 1.1 are refused by every host probed.")
                              : tr("A host accepts TLS 1.0 or 1.1."));
    *met = weak.isEmpty() && legacyKnown && legacyOk;
    if (!weak.isEmpty() || (legacyKnown && !legacyOk))
        lines.prepend(tr("no"));
    else
        lines.prepend(legacyKnown ? tr("yes") : tr("not tested"));
    return lines.join(u'\n');
}

std::optional<RunbookSection> OperationsSections::bsiChecklist(QString *) const
{
    const RunbookData &d = m_in.data;
    if (!m_in.options.bsiChecklist && d.engagement.profile != Profile::BsiTr03108)
        return std::nullopt;
    RunbookSection s{u"bsi"_s, tr("BSI TR-03108 checklist"), {}, {}};
    const QString yes = tr("yes"), no = tr("no");
    QList<QStringList> rows;

    QStringList starttls;
    bool starttlsOk = false;
    for (const storage::StoredProbe &p : d.probes)
        if (p.protocol == u"smtp"_s) {
            starttlsOk = p.verdict == u"ok"_s && (starttls.isEmpty() || starttlsOk);
            starttls.append(u"%1 (%2): %3"_s.arg(p.host, p.address, p.verdict));
        }
    rows.append({tr("STARTTLS offered by every MX host with a valid certificate"),
                 starttlsOk ? yes : no,
                 starttls.isEmpty() ? tr("no probe stored") : starttls.join(u'\n')});

    rows.append(
        {tr("DNSSEC-signed zone for the domain and the MX hosts"), d.daneAvailable() ? yes : no,
         d.discovery ? tr("discovery of %1").arg(m_in.language.formatTime(d.discovery->takenAt))
                     : tr("no discovery")});

    QStringList tlsa;
    bool tlsaOk = d.daneAvailable();
    for (const auto &[host, state] : bsi::tlsaInDns(d)) {
        tlsaOk = tlsaOk && state == bsi::TlsaState::Matches;
        const QString why =
            state == bsi::TlsaState::Matches    ? tr("found in DNS, secure, matches the served key")
            : state == bsi::TlsaState::NotInDns ? tr("no TLSA records found in DNS")
            : state == bsi::TlsaState::NotSecure ? tr("found, but not DNSSEC-secure")
            : state == bsi::TlsaState::NoMatch   ? tr("found, but none matches the served key")
                                                 : tr("found, served key unknown (no probe)");
        tlsa.append(u"%1: %2"_s.arg(host, why));
    }
    rows.append({tr("DANE TLSA records published for every MX host"), tlsaOk ? yes : no,
                 tlsa.isEmpty() ? tr("DANE not possible for this domain") : tlsa.join(u'\n')});

    const storage::StoredPolicyVersion *live = d.liveVersion();
    const bool enforce = live && live->version.policy.mode == mtasts::PolicyMode::Enforce;
    rows.append({tr("MTA-STS policy in enforce mode"), enforce ? yes : no,
                 live
                     ? tr("live version %1 (%2) since %3")
                           .arg(live->version.id, mtasts::policyModeName(live->version.policy.mode),
                                m_in.language.formatTime(live->publishedAt))
                     : tr("no version published")});

    const bool rptPublished = d.discovery && d.discovery->report.tlsRptTxt.hasRecords();
    rows.append({tr("TLS reporting (TLS-RPT) record published and reports evaluated"),
                 rptPublished && !d.reportDays.isEmpty() ? yes : no,
                 (rptPublished ? tr("record found in DNS") : tr("no record found in DNS")) + u'\n' +
                     (d.reportDays.isEmpty() ? tr("no reports imported")
                                             : tr("reports from %1 to %2")
                                                   .arg(m_in.language.formatDay(d.reportsFrom),
                                                        m_in.language.formatDay(d.reportsTo)))});

    bool tlsMet = false;
    const QString tls = tlsEvidence(&tlsMet);
    const qsizetype cut = tls.indexOf(u'\n');
    rows.append({tr("TLS 1.2 or newer only, with the cipher suites of BSI TR-02102-2"),
                 tls.left(cut), tls.mid(cut + 1)});

    // Monitored means someone is told: the alert script exists and an address was recorded.
    const bool alerts = d.renewal && d.alertsConfigured;
    rows.append(
        {tr("Certificate expiry monitored (30/14/7 days)"), alerts ? yes : no,
         !d.renewal ? tr("no renewal automation generated")
         : alerts   ? tr("%1 on %2 → %3")
                        .arg(d.renewal->alertScriptPath(),
                             d.renewal->certificateHosts().join(u", "_s), d.renewal->alerts.notice)
                  : tr("alert script generated, but no alert address has been recorded for "
                       "this engagement (it would mail %1)")
                        .arg(d.renewal->alerts.notice)});

    s.html = html::para(tr("Each row says what it rests on: the stored probes, the latest "
                           "discovery, the policy versions and the renewal settings."));
    s.html += html::table({tr("Requirement"), tr("Met"), tr("Evidence")}, rows, {34, 12, 54});
    return s;
}

} // namespace sts::runbook

#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"
#include "util/Saturating.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString OperationsSections::tr(const char *text, const char *disambiguation, int n) const
{
    return m_in.language.translate("sts::runbook::OperationsSections", text, disambiguation, n);
}

std::optional<RunbookSection> OperationsSections::tlsReports(QString *omitted) const
{
    const RunbookData &d = m_in.data;
    if (d.reportDays.isEmpty()) {
        *omitted = tr("TLS-RPT summary: no TLS reports have been imported.");
        return std::nullopt;
    }
    const QStringList charts{QString::fromUtf16(figures::dailyResults),
                             QString::fromUtf16(figures::senders)};
    RunbookSection s{u"tlsrpt"_s, tr("TLS reporting summary"), {}, charts};
    qint64 ok = 0, failed = 0;
    QMap<QString, QPair<qint64, qint64>> bySender;
    for (const tlsrpt::DailySummary &day : d.reportDays) {
        addCount(ok, day.successfulSessions);
        addCount(failed, day.failedSessions);
        addCount(bySender[day.sender].first, day.successfulSessions);
        addCount(bySender[day.sender].second, day.failedSessions);
    }
    QMap<QString, qint64> byType;
    for (const tlsrpt::FailureBreakdown &f : d.reportFailures)
        addCount(byType[f.resultType], f.failedSessions);
    // Counts with the document language's digit grouping, as in the Reports view.
    const auto count = [this](qint64 n) { return m_in.language.formatCount(n); };
    s.html = html::para(
        tr("Reports from %1 to %2: %3 successful and %4 failed sessions from %5 "
           "sending organisations.")
            .arg(m_in.language.formatDay(d.reportsFrom), m_in.language.formatDay(d.reportsTo))
            .arg(count(ok), count(failed), count(bySender.size())));
    if (!d.extraReportDomains.isEmpty())
        s.html += html::para(
            tr("Besides %1, the engagement takes the reports for these domains, and they are "
               "counted here: %2.")
                .arg(d.engagement.domain.display, d.extraReportDomains.join(u", "_s)));
    for (const QString &chart : charts)
        s.html += html::image(chart, 640);
    QList<QStringList> typeRows;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        typeRows.append({it.key(), count(it.value())});
    if (!typeRows.isEmpty()) {
        s.html += html::heading(tr("Failures by category"));
        s.html += html::table({tr("Result type"), tr("Failed sessions")}, typeRows);
    }
    QList<QPair<qint64, QString>> order;
    for (auto it = bySender.cbegin(); it != bySender.cend(); ++it)
        order.append({-(it.value().first + it.value().second), it.key()});
    std::sort(order.begin(), order.end());
    QList<QStringList> senderRows;
    for (const auto &[negTotal, sender] : order.mid(0, 15))
        senderRows.append({sender, count(bySender[sender].first), count(bySender[sender].second)});
    s.html += html::heading(tr("Top senders"));
    s.html += html::table({tr("Sender"), tr("Successful"), tr("Failed")}, senderRows);
    return s;
}

std::optional<RunbookSection> OperationsSections::timeline(QString *omitted) const
{
    if (!m_in.data.timeline) {
        *omitted = tr("Rollout timeline: no timeline picture is available.");
        return std::nullopt;
    }
    const QString picture = QString::fromUtf16(figures::timeline);
    RunbookSection s{u"timeline"_s, tr("Rollout timeline"), {}, {picture}};
    s.html = html::image(picture, 640);
    if (m_in.data.rollout) {
        QList<QStringList> rows;
        for (const PhaseChange &c : m_in.data.rollout->history)
            rows.append({m_in.language.formatTime(c.at), displayName(c.to, m_in.language.text()),
                         c.policyId, c.reason});
        if (!rows.isEmpty())
            s.html += html::table({tr("When"), tr("Phase"), tr("Policy id"), tr("Why")}, rows);
        // Major senders whose missing reports did not block readiness, and on whose word.
        QList<QStringList> excluded;
        for (const SenderExclusion &e : m_in.data.rollout->excludedSenders)
            excluded.append({e.sender, e.why, e.who, m_in.language.formatTime(e.at)});
        if (!excluded.isEmpty()) {
            s.html += html::heading(tr("Senders that do not send to this customer"));
            s.html += html::para(tr("These major senders were not expected to report; readiness "
                                    "for enforce was judged without them."));
            s.html +=
                html::table({tr("Sender"), tr("Why"), tr("Recorded by"), tr("When")}, excluded);
        }
    }
    return s;
}

namespace {

struct Incident
{
    QString title, resultType, symptom;
    QStringList diagnosis, fix;
};
} // namespace

std::optional<RunbookSection> OperationsSections::incidents(QString *) const
{
    const QString domain = m_in.data.engagement.domain.ace;
    const QList<Incident> incidents{
        {tr("Certificate name mismatch"),
         u"certificate-host-mismatch"_s,
         tr("Senders report that the MX certificate does not carry the MX host name."),
         {tr("Run “stsdesk-cli probe” for the host and compare the SANs with the MX name."),
          tr("Check which certificate the MTA serves for that name (SNI) on every address.")},
         {tr("Issue a certificate whose SANs include the exact MX host name, deploy it and reload "
             "the MTA."),
          tr("If the MX name itself is wrong, fix the MX record and the policy's mx patterns.")}},
        {tr("Missing intermediate certificate"),
         u"certificate-not-trusted"_s,
         tr("Senders report an untrusted certificate although the certificate itself is valid."),
         {tr("Probe the host: the chain it serves must lead to a public root."),
          tr("Look at the file the MTA loads: it must be the full chain, not only the leaf.")},
         {tr("Point the MTA at fullchain.pem (certbot) or append the CA's intermediates, then "
             "reload.")}},
        {tr("Expired certificate on a backup MX"),
         u"certificate-expired"_s,
         tr("Failures come from one MX host with a lower preference."),
         {tr("Probe every MX host, not only the primary; check the expiry alerts."),
          tr("Check that the renewal timer also runs on the backup MX.")},
         {tr("Renew and deploy the certificate on the backup MX; enable the renewal timer and the "
             "alert script there.")}},
        {tr("MX pattern mismatch"),
         u"validation-failure"_s,
         tr("In enforce mode mail to a new or renamed MX host is refused."),
         {tr("Compare the MX records with the policy's mx lines."),
          tr("Remember that “*.%1” matches exactly one label.").arg(domain)},
         {tr("Publish a new policy version that covers the MX host, then change the TXT id; keep "
             "the old MX until the new policy's max_age has passed.")}},
        {tr("STARTTLS stripped"),
         u"starttls-not-supported"_s,
         tr("A sender reports that the MX did not offer STARTTLS."),
         {tr("Probe the host from outside: does EHLO list STARTTLS?"),
          tr("If the probe succeeds, the failure comes from a middlebox in the sender's network.")},
         {tr("Fix the MTA or firewall that hides STARTTLS; if it is on the sender's side, "
             "acknowledge the failure in STS Desk with the reason.")}},
        {tr("Policy fetch failure"),
         u"sts-policy-fetch-error"_s,
         tr("Senders cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt.").arg(domain),
         {tr("Fetch the URL yourself: status 200, text/plain, no redirect, valid certificate for "
             "mta-sts.%1.")
              .arg(domain),
          tr("Check the policy host's certificate expiry and the web server logs.")},
         {tr("Restore the web server or certificate; senders keep their cached policy until its "
             "max_age, so act within that time.")}},
        {tr("DANE mismatch"),
         u"tlsa-invalid"_s,
         tr("DANE senders defer mail: no TLSA record matches the served key."),
         {tr("Compare the TLSA digests with the SPKI SHA-256 of the key every address serves."),
          tr("Check whether a certificate renewal created a new key.")},
         {tr("Publish the digest of the served key next to the old one at once; configure certbot "
             "to reuse the key (--reuse-key) and rotate keys only with the rollover procedure.")}},
    };
    RunbookSection s{u"incidents"_s, tr("Incident response"), {}, {}};
    s.html = html::para(tr("Each failure category as TLS reports name it, how to diagnose it and "
                           "how to fix it. In testing mode nothing is refused; in enforce mode "
                           "act at once."));
    for (const Incident &i : incidents) {
        s.html += html::heading(u"%1 (%2)"_s.arg(i.title, i.resultType));
        s.html += html::para(i.symptom);
        s.html += u"<p><b>%1</b></p>"_s.arg(html::esc(tr("Diagnosis")));
        s.html += html::list(i.diagnosis, true);
        s.html += u"<p><b>%1</b></p>"_s.arg(html::esc(tr("Fix")));
        s.html += html::list(i.fix, true);
    }
    return s;
}

std::optional<RunbookSection> OperationsSections::rollback(QString *) const
{
    const QString domain = m_in.data.engagement.domain.ace;
    // How long senders keep an enforce policy: the max_age of the newest enforce version that
    // went live, else the one an enforce version gets by default.
    qint64 maxAge = mtasts::kEnforceMaxAge;
    QDateTime newest;
    for (const storage::StoredPolicyVersion &v : m_in.data.policies)
        if (!v.isDraft() && v.version.policy.mode == mtasts::PolicyMode::Enforce &&
            (!newest.isValid() || v.publishedAt > newest)) {
            newest = v.publishedAt;
            maxAge = v.version.policy.maxAge;
        }
    const int maxAgeDays = int(std::max<qint64>(1, (maxAge + 86399) / 86400));
    RunbookSection s{u"rollback"_s, tr("Rollback and removal"), {}, {}};
    s.html = html::heading(tr("Rollback from enforce to testing"));
    s.html += html::list(
        {tr("Generate a testing policy with a new id (STS Desk: Timeline → Rollout → Roll back)."),
         tr("Publish the policy file at https://mta-sts.%1/.well-known/mta-sts.txt.").arg(domain),
         tr("Then change the TXT record _mta-sts.%1 to the new id.").arg(domain),
         tr("Senders that cached the enforce policy apply it until its max_age (%n day(s)) "
            "has passed; fix the cause in parallel.",
            nullptr, maxAgeDays)},
        true);
    s.html += html::heading(tr("Removing MTA-STS"));
    s.html += html::list(
        {tr("Publish a policy with “mode: none” and a new id, then change the TXT id."),
         tr("Keep serving it for at least the max_age of the last policy."),
         tr("Only then delete the _mta-sts.%1 TXT record and the mta-sts.%1 host.").arg(domain),
         tr("Remove TLSA records only after the MX hosts no longer present the keys they name, "
            "or remove them before DNSSEC is switched off.")},
        true);
    s.html += html::note(tr("Never delete the TXT record while senders may still hold an enforce "
                            "policy: they would keep enforcing it without being able to see "
                            "updates."));
    return s;
}

} // namespace sts::runbook

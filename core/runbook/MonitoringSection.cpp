#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"
#include "services/FindingText.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

// What the customer can count on after handover: the consultant's daily checks, who hears of
// a problem, and what is open now. It is the same list the monitor works through
// (services/MonitorEngagement.cpp), in the customer's words.
std::optional<RunbookSection> OperationsSections::monitoring(QString *) const
{
    const RunbookData &d = m_in.data;
    const QString domain = d.engagement.domain.ace;
    RunbookSection s{u"monitoring"_s, tr("Monitoring after handover"), {}, {}};
    s.html = html::para(tr("The consultant's STS Desk checks %1 every day and opens a finding "
                           "when something needs attention. A finding is reported once, by "
                           "mail, and closes by itself when the check passes again.")
                            .arg(domain));
    QStringList checks{
        tr("TLS reports: fetched from the reporting mailbox and added to the daily summary."),
        tr("MX hosts: compared with the last discovery, and with the mx lines of the live policy "
           "(a host the policy does not cover is refused mail under enforce)."),
        tr("Policy: fetched from https://mta-sts.%1/.well-known/mta-sts.txt and compared with the "
           "id in the _mta-sts.%1 TXT record.")
            .arg(domain),
        tr("Certificates: every MX host over STARTTLS and mta-sts.%1 over HTTPS; alerts 30, 14 "
           "and 7 days before they expire.")
            .arg(domain),
        tr("Failure rate: the share of failed sessions of the last day against the 14 days "
           "before; a jump to three times the usual rate is a finding."),
    };
    if (d.daneAvailable())
        checks.insert(4, tr("DANE: the TLSA records against the keys the MX hosts present."));
    if (d.rollout && d.rollout->phase == RolloutPhase::Testing)
        checks << tr("Readiness: the day the rollout is ready for enforce.");
    s.html += html::heading(tr("What is checked"));
    s.html += html::list(checks);

    QList<QPair<QString, QString>> rows;
    rows.append({tr("Last check"), d.lastMonitorRun.isValid()
                                       ? m_in.language.formatTime(d.lastMonitorRun)
                                       : tr("Monitoring has not run yet.")});
    rows.append({tr("Weekly summary"),
                 d.weeklyRecipients.isEmpty()
                     ? tr("Not sent to the customer (the consultant can add recipients).")
                     : d.weeklyRecipients.join(u", "_s)});
    rows.append({tr("Alerts"), tr("Mailed to the consultant; a critical certificate alert also "
                                  "to the critical alert address of the consultant's settings.")});
    s.html += html::keyValues(rows);

    s.html += html::heading(tr("Open monitoring findings"));
    QStringList open;
    for (const storage::Finding &f : d.monitorFindings)
        open << tr("%1 (%2, %3 since %4)")
                    .arg(services::findingText(f, m_in.language.text()),
                         services::severityText(f.severity, m_in.language.text()),
                         services::stateText(f.state, m_in.language.text()),
                         m_in.language.formatDay(f.firstSeen.date()));
    s.html += open.isEmpty() ? html::para(tr("None.")) : html::list(open);
    return s;
}

} // namespace sts::runbook

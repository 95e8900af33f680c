// The page for the customer: what opportunistic STARTTLS, MTA-STS and DANE each protect against,
// and which of them this domain has now (from the stored probes, policy versions and discovery).
#include "runbook/BsiEvidence.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString OverviewSections::starttlsStatus() const
{
    QStringList bad;
    int smtp = 0;
    for (const storage::StoredProbe &p : m_in.data.probes)
        if (p.protocol == u"smtp"_s) {
            ++smtp;
            if (!p.detail.value(u"tlsEstablished"_s).toBool())
                bad.append(p.host);
        }
    if (smtp == 0)
        return tr("Not checked yet: no mail server has been probed.");
    if (!bad.isEmpty())
        return tr("Not on every server: no encrypted session with %1.").arg(bad.join(u", "_s));
    return tr("Yes: every mail server probed offers STARTTLS.");
}

QString OverviewSections::mtaStsStatus() const
{
    const storage::StoredPolicyVersion *live = m_in.data.liveVersion();
    if (!live)
        return tr("Not yet: no policy has been published.");
    const QString since = m_in.language.formatDay(live->publishedAt.date());
    switch (live->version.policy.mode) {
    case mtasts::PolicyMode::Enforce:
        return tr("Yes, enforced since %1: senders that support MTA-STS refuse to deliver over "
                  "an unprotected connection.")
            .arg(since);
    case mtasts::PolicyMode::Testing:
        return tr("In testing since %1: senders report problems but still deliver.").arg(since);
    case mtasts::PolicyMode::None:
        break;
    }
    return tr("Being removed since %1 (mode none).").arg(since);
}

QString OverviewSections::daneStatus() const
{
    if (!m_in.data.daneAvailable())
        return tr("Not possible yet: it needs DNSSEC-signed zones for the domain and the mail "
                  "servers.");
    QStringList missing;
    for (const auto &[host, state] : bsi::tlsaInDns(m_in.data))
        if (state != bsi::TlsaState::Matches)
            missing.append(host);
    if (missing.isEmpty())
        return tr("Yes: the keys of all mail servers are published in DNS and match what the "
                  "servers present.");
    return tr("Possible, not complete: no matching TLSA record in DNS for %1.")
        .arg(missing.join(u", "_s));
}

std::optional<RunbookSection> OverviewSections::protections(QString *) const
{
    const RunbookData &d = m_in.data;
    RunbookSection s{u"protections"_s, tr("How your incoming e-mail is protected"), {}, {}};
    s.html = html::para(tr("Other companies' mail servers deliver e-mail for %1 to your mail "
                           "servers over the internet. Three mechanisms decide whether that "
                           "connection is encrypted and whether the sender really talks to your "
                           "server. They build on each other:")
                            .arg(d.engagement.domain.display));
    s.html += html::table(
        {tr("Mechanism"), tr("Protects against"), tr("Does not protect against"),
         tr("Your domain now")},
        {{tr("Opportunistic STARTTLS"),
          tr("Passive eavesdropping: the connection is encrypted whenever both sides support "
             "it."),
          tr("An attacker on the path who removes the STARTTLS offer or presents a false "
             "certificate: the sender then delivers unencrypted, or to the attacker, without "
             "noticing."),
          starttlsStatus()},
         {tr("MTA-STS"),
          tr("That attack, for senders that support MTA-STS: they deliver only over TLS to a "
             "server whose certificate is valid and names a mail server of your policy."),
          tr("The very first delivery of a sender that has not fetched your policy yet, and "
             "senders without MTA-STS."),
          mtaStsStatus()},
         {tr("DANE"),
          tr("The same attack without relying on certificate authorities: your servers' keys "
             "are published in DNSSEC-signed DNS and checked on every delivery, the first one "
             "included."),
          tr("Senders that do not validate DNSSEC."), daneStatus()},
         {tr("TLS reporting (TLS-RPT)"),
          tr("Nothing by itself: senders report every day which deliveries failed, so a "
             "problem is seen before mail is lost."),
          {},
          d.reportDays.isEmpty() ? tr("No reports received yet.")
                                 : tr("Reports received from %1 to %2.")
                                       .arg(m_in.language.formatDay(d.reportsFrom),
                                            m_in.language.formatDay(d.reportsTo))}},
        {20, 28, 26, 26});
    s.html += html::para(tr("STARTTLS alone encrypts, but cannot stop an attacker who sits "
                            "between the servers. MTA-STS makes the large mail providers insist "
                            "on a verified connection; DANE does the same for senders that check "
                            "DNSSEC. With both, nearly every delivery to you is encrypted and "
                            "authenticated, and the daily reports show where it is not."));
    return s;
}

} // namespace sts::runbook

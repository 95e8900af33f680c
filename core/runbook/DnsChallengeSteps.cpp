// The runbook's steps for certificates validated over DNS (certbot's dns-rfc2136 plugin): the
// TSIG key and its narrow update permission on the DNS server, the credentials file with the
// secret filled in on the host (never in the runbook), and what certbot then does.
#include "deploy/Rfc2136Credentials.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QString PublishingSections::dnsChallengeSteps() const
{
    if (!m_in.data.renewal)
        return {};
    const deploy::RenewalSettings &r = *m_in.data.renewal;
    const QStringList hosts = r.dnsChallengeHosts();
    if (hosts.isEmpty())
        return {};
    const deploy::Rfc2136Settings &dns = r.challenges.rfc2136;
    QStringList owners;
    for (const QString &host : hosts)
        owners.append(u"_acme-challenge."_s + host);
    const QString ini = deploy::rfc2136CredentialsArtifact(r.domain);
    QString out = html::heading(tr("DNS-01 through RFC 2136 (no port 80)"));
    out += html::para(tr("%1 prove control of their names with a TXT record instead of port 80: "
                         "certbot's dns-rfc2136 plugin adds it on the DNS server %2 (port %3) by "
                         "an update signed with the TSIG key %4, and removes it afterwards.")
                          .arg(hosts.join(u", "_s), dns.server)
                          .arg(dns.port)
                          .arg(dns.keyName));
    out += html::list(
        {tr("On the DNS server, create the TSIG key %1 (%2) and allow it to update only the TXT "
            "records of %3 in the zone %4, as in the example for Knot or BIND below.")
             .arg(dns.keyName, dns.algorithm, owners.join(u", "_s), deploy::rfc2136Zone(r)),
         tr("On each of these hosts, copy %1 to %2, replace %3 by the key's secret and run "
            "“chmod 600 %2”. The secret is never stored in STS Desk, in this runbook or in the "
            "handover bundle.")
             .arg(ini, r.rfc2136CredentialsPath(),
                  QString::fromLatin1(deploy::kTsigSecretPlaceholder)),
         tr("Run certbot/issue-<host>.sh: certbot waits %n second(s) after the update before the "
            "CA looks up the record. The script refuses to run while the placeholder is still "
            "in the credentials file.",
            nullptr, dns.propagationSeconds)},
        true);
    out += html::para(tr("Knot DNS (knot.conf):"));
    out += html::code(deploy::knotUpdateAcl(r));
    out += html::para(tr("BIND (named.conf):"));
    out += html::code(deploy::bindUpdatePolicy(r));
    return out;
}

} // namespace sts::runbook

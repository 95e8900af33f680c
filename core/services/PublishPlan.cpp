#include "services/PublishPlan.h"

#include "dane/PublishedTlsa.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services", text);
}

// The TLSA digests of one DANE host, one rule for every face:
// - current: the key the host serves now (its newest SMTP probe), because that is what a DANE
//   sender compares the record with: a record of any other key fails delivery. Without a probe,
//   the "3 1 1" DNS publishes now (a secure RRset: what senders already trust). Without either,
//   the current key of a staged pair (generated here, not deployed yet).
// - next: the staged next key of a rollover (the key files in the engagement's secrets folder).
// - every further "3 1 1" DNS publishes now stays: withdrawing a record is the last step of a
//   rollover, done on purpose, never as a side effect of an export.
HostDigests digestsFor(const dns::MxHostReport &host, const PublishFacts &facts)
{
    HostDigests out;
    out.host = host.name;
    out.state = host.dane;
    for (const storage::StoredProbe &probe : facts.probes) {
        if (probe.protocol == u"smtp"_s && probe.host == host.name &&
            !probe.leafSpkiSha256.isEmpty()) {
            out.current = QByteArray::fromHex(probe.leafSpkiSha256.toLatin1());
            out.currentSource =
                tr("served by the host (probe of %1)").arg(probe.probedAt.toString(Qt::ISODate));
            break;
        }
    }
    const QList<QByteArray> published = host.tlsa.verdict.isSecure()
                                            ? dane::publishedSpkiSha256(host.tlsa.records)
                                            : QList<QByteArray>{};
    if (out.current.isEmpty() && !published.isEmpty()) {
        out.current = published.first();
        out.currentSource = tr("published in DNS now");
    }
    const std::optional<tls::StagedKey> &staged = facts.stagedKey;
    if (out.current.isEmpty() && staged && !staged->currentSpkiSha256.isEmpty()) {
        out.current = staged->currentSpkiSha256;
        out.currentSource = tr("key %1").arg(staged->currentKeyPath);
    }
    if (staged && staged->nextSpkiSha256 != out.current) {
        out.next = staged->nextSpkiSha256;
        out.nextSource = tr("staged key %1").arg(staged->nextKeyPath);
    }
    for (const QByteArray &digest : published)
        if (digest != out.current && digest != out.next && !out.alsoPublished.contains(digest))
            out.alsoPublished.append(digest);
    return out;
}

QString unavailableReason(const PublishFacts &facts)
{
    if (!facts.discovery || facts.handEntriesOnly)
        return tr("DANE needs a DNSSEC-signed zone, and there is no scan of the domain yet: go "
                  "back to “Mail servers” and press Rescan (F5).");
    const dns::DiscoveryReport &report = facts.discovery->report;
    const bool ownHost = std::any_of(report.hosts.cbegin(), report.hosts.cend(), [](const auto &h) {
        return h.provider.isEmpty() && !h.ipLiteral;
    });
    if (!report.mx.verdict.isSecure())
        return tr("DANE needs a DNSSEC-signed zone: the MX records of %1 are %2. Sign the zone "
                  "(and publish the DS at the parent) first; MTA-STS works without it.")
            .arg(report.domain, report.mx.verdict.describe());
    if (!report.hosts.isEmpty() && !ownHost)
        return tr("Every mail server of %1 is run by a provider: its TLSA records are the "
                  "provider's to publish.")
            .arg(report.domain);
    return tr("DANE needs a DNSSEC-signed zone: none of the mail servers' addresses of %1 "
              "validate as secure.")
        .arg(report.domain);
}

} // namespace

QList<QByteArray> HostDigests::all() const
{
    QList<QByteArray> out;
    for (const QByteArray &digest : QList<QByteArray>{current, next} + alsoPublished)
        if (!digest.isEmpty() && !out.contains(digest))
            out.append(digest);
    return out;
}

Result<records::RecordSet> PublishPlan::recordSet(TextLanguage language) const
{
    if (records.policyId.isEmpty())
        // Spelled out: lupdate would file a tr() inside a member under the class.
        return Error{
            u"publish.no-policy"_s,
            language.translate("sts::services", "no MTA-STS policy version has been created")};
    return records::RecordSet::build(records);
}

const storage::StoredPolicyVersion *
policyForRecords(const QList<storage::StoredPolicyVersion> &versions)
{
    for (qsizetype i = versions.size() - 1; i >= 0; --i)
        if (versions[i].publishedAt.isValid() && !versions[i].supersededAt.isValid())
            return &versions[i];
    return versions.isEmpty() ? nullptr : &versions.last();
}

bool isDaneHost(const dns::MxHostReport &host)
{
    // Usable and Possible both mean the address and TLSA lookups validated as secure.
    return host.provider.isEmpty() && !host.ipLiteral &&
           (host.dane == dns::DaneState::Usable || host.dane == dns::DaneState::Possible);
}

records::PolicyHostTarget discoveredPolicyHost(const dns::DiscoveryReport &report)
{
    records::PolicyHostTarget out;
    for (const dns::LookupResult *lookup : {&report.policyHostA, &report.policyHostAaaa}) {
        // Following a CNAME, the lookup also returns the target's addresses: those belong to the
        // hosting provider, and publishing them as our own A records would pin them.
        if (!lookup->cnameChain.isEmpty()) {
            out.cname = lookup->cnameChain.first();
            out.addresses.clear();
            return out;
        }
        for (const dns::DnsRecord &record : lookup->records)
            if (!record.address.isEmpty() && !QHostAddress(record.address).isNull() &&
                !out.addresses.contains(record.address))
                out.addresses.append(record.address);
    }
    return out;
}

PublishPlan planPublication(const PublishFacts &facts, const PublishChoices &choices)
{
    PublishPlan plan;
    records::RecordSetInput &in = plan.records;
    in.domain = facts.engagement.domain.ace;
    in.ttl = choices.ttl;
    if (choices.policyId)
        in.policyId = *choices.policyId;
    else if (const storage::StoredPolicyVersion *policy = policyForRecords(facts.policies))
        in.policyId = policy->version.id;
    const dns::DiscoveryReport *report = facts.discovery ? &facts.discovery->report : nullptr;
    // What the consultant saved wins over what DNS publishes today (the record we hand over may
    // be the one that fixes it).
    in.rua = choices.rua.value_or(facts.settings.rua ? *facts.settings.rua
                                  : report           ? report->tlsRptRua
                                                     : QStringList{});
    in.policyHost = choices.policyHost.value_or(report ? discoveredPolicyHost(*report)
                                                       : records::PolicyHostTarget{});
    // Hosted on the consultant's policy host: the customer points the name there by CNAME.
    if (!choices.policyHost && !facts.consultantPolicyHost.isEmpty()) {
        in.policyHost = records::PolicyHostTarget{{}, facts.consultantPolicyHost};
        plan.consultantPolicyHost = facts.consultantPolicyHost;
    }

    // DANE needs the domain's own zone signed (its MX RRset secure), so that the TLSA records of
    // its hosts are reached through a secure chain; then each own host in a signed zone.
    const bool fromDiscovery =
        choices.dane == DaneChoice::FromDiscovery && report && report->mx.verdict.isSecure();
    if (report && (choices.dane == DaneChoice::On || fromDiscovery)) {
        for (const dns::MxHostReport &host : report->hosts) {
            const bool own = host.provider.isEmpty() && !host.ipLiteral;
            if (choices.dane == DaneChoice::On ? own : isDaneHost(host))
                plan.daneHosts.append(digestsFor(host, facts));
        }
    }
    plan.daneAvailable = !plan.daneHosts.isEmpty();
    if (!plan.daneAvailable && choices.dane != DaneChoice::Off)
        plan.daneUnavailableReason = unavailableReason(facts);
    for (const HostDigests &host : plan.daneHosts) {
        // Records without the served key would make DANE senders refuse the host.
        if (host.current.isEmpty())
            continue;
        const QList<QByteArray> digests = host.all();
        records::MxHostInput mx;
        mx.host = host.host;
        for (const QByteArray &digest : digests)
            mx.tlsa.append(dane::TlsaRecord::fromSpkiSha256(digest));
        // RFC 8460 reports about a DANE host may name the host, not the domain: the host gets
        // the domain's TLS-RPT record exactly when it gets TLSA records.
        mx.hostTlsReporting = !in.rua.isEmpty();
        in.mxHosts.append(mx);
    }
    return plan;
}

} // namespace sts::services

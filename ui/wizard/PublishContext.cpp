#include "wizard/PublishContext.h"

#include "dane/PublishedTlsa.h"
#include "mainwindow/Workspace.h"
#include "storage/ProbeRepository.h"
#include "tls/StagedKeyFinder.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui::PublishContext", text);
}

PublishContext PublishContext::load(Workspace *workspace, qint64 engagementId)
{
    PublishContext out;
    if (engagementId <= 0)
        return out;
    Result<Engagement> engagement = workspace->engagements().get(engagementId);
    if (!engagement) {
        out.error = engagement.error().message;
        return out;
    }
    out.engagement = *engagement;
    auto latest = storage::DiscoveryRepository(workspace->databasePtr()).latest(engagementId);
    if (latest)
        out.snapshot = *latest;
    else
        out.error = latest.error().message;
    auto versions = storage::PolicyRepository(workspace->databasePtr()).forEngagement(engagementId);
    if (versions)
        out.versions = *versions;
    else if (out.error.isEmpty())
        out.error = versions.error().message;
    return out;
}

QString PublishContext::domain() const
{
    return engagement ? engagement->domain.ace : QString();
}

QStringList PublishContext::mxHosts() const
{
    QStringList hosts;
    if (snapshot)
        for (const dns::MxHostReport &host : snapshot->report.hosts)
            if (!host.ipLiteral)
                hosts << host.name;
    return hosts;
}

const storage::StoredPolicyVersion *PublishContext::policyForRecords() const
{
    for (qsizetype i = versions.size() - 1; i >= 0; --i)
        if (versions[i].publishedAt.isValid() && !versions[i].supersededAt.isValid())
            return &versions[i];
    return versions.isEmpty() ? nullptr : &versions.last();
}

static bool signedHost(dns::DaneState state)
{
    return state == dns::DaneState::Usable || state == dns::DaneState::Possible;
}

bool PublishContext::daneAvailable() const
{
    if (!snapshot || !snapshot->report.mx.verdict.isSecure())
        return false;
    for (const dns::MxHostReport &host : snapshot->report.hosts)
        if (signedHost(host.dane))
            return true;
    return false;
}

QString PublishContext::daneUnavailableReason() const
{
    if (!snapshot)
        return tr("DANE needs a DNSSEC-signed zone, and there is no scan of the domain yet: go "
                  "back to “Mail servers” and press Rescan (F5).");
    const dns::DiscoveryReport &report = snapshot->report;
    if (!report.mx.verdict.isSecure())
        return tr("DANE needs a DNSSEC-signed zone: the MX records of %1 are %2. Sign the zone "
                  "(and publish the DS at the parent) first; MTA-STS works without it.")
            .arg(report.domain, report.mx.verdict.describe());
    if (!daneAvailable())
        return tr("DANE needs a DNSSEC-signed zone: none of the mail servers' addresses of %1 "
                  "validate as secure.")
            .arg(report.domain);
    return {};
}

QList<HostDigests> PublishContext::daneDigests(Workspace *workspace) const
{
    QList<HostDigests> out;
    if (!snapshot || !engagement)
        return out;
    QList<storage::StoredProbe> probes;
    if (auto latest = storage::ProbeRepository(workspace->databasePtr()).latest(engagement->id))
        probes = *latest;
    const std::optional<tls::StagedKey> staged =
        tls::StagedKeyFinder::find(tls::StagedKeyFinder::secretsDir(engagement->id));

    for (const dns::MxHostReport &host : snapshot->report.hosts) {
        if (host.ipLiteral || !signedHost(host.dane))
            continue;
        HostDigests digests;
        digests.host = host.name;
        digests.state = host.dane;
        for (const storage::StoredProbe &probe : probes) {
            if (probe.protocol == u"smtp"_s && probe.host == host.name &&
                !probe.leafSpkiSha256.isEmpty()) {
                digests.current = QByteArray::fromHex(probe.leafSpkiSha256.toLatin1());
                digests.currentSource = tr("served by the host (probe of %1)")
                                            .arg(probe.probedAt.toString(Qt::ISODate));
                break;
            }
        }
        if (digests.current.isEmpty()) {
            const QList<QByteArray> published = dane::publishedSpkiSha256(host.tlsa.records);
            if (!published.isEmpty()) {
                digests.current = published.first();
                digests.currentSource = tr("published in DNS now");
            }
        }
        if (digests.current.isEmpty() && staged && !staged->currentSpkiSha256.isEmpty()) {
            digests.current = staged->currentSpkiSha256;
            digests.currentSource = tr("key %1").arg(staged->currentKeyPath);
        }
        if (staged && staged->nextSpkiSha256 != digests.current) {
            digests.next = staged->nextSpkiSha256;
            digests.nextSource = tr("staged key %1").arg(staged->nextKeyPath);
        }
        out.append(digests);
    }
    return out;
}

records::RecordSetInput PublishContext::recordInput(Workspace *workspace, const QStringList &rua,
                                                    const records::PolicyHostTarget &policyHost,
                                                    quint32 ttl) const
{
    records::RecordSetInput in;
    in.domain = domain();
    if (const storage::StoredPolicyVersion *policy = policyForRecords())
        in.policyId = policy->version.id;
    in.rua = rua;
    in.policyHost = policyHost;
    in.ttl = ttl;
    if (daneAvailable()) {
        for (const HostDigests &host : daneDigests(workspace)) {
            if (host.current.isEmpty())
                continue;
            records::MxHostInput mx =
                records::MxHostInput::withDigests(host.host, host.current, host.next);
            // RFC 8460 reports about a DANE host may name the host, not the domain.
            mx.hostTlsReporting = !rua.isEmpty();
            in.mxHosts.append(mx);
        }
    }
    return in;
}

QStringList PublishContext::discoveredRua() const
{
    return snapshot ? snapshot->report.tlsRptRua : QStringList{};
}

QStringList PublishContext::discoveredPolicyHostAddresses() const
{
    QStringList out;
    if (!snapshot)
        return out;
    for (const dns::LookupResult *lookup :
         {&snapshot->report.policyHostA, &snapshot->report.policyHostAaaa})
        for (const dns::DnsRecord &record : lookup->records)
            if (!record.address.isEmpty() && !QHostAddress(record.address).isNull())
                out << record.address;
    return out;
}

} // namespace sts::ui

#include "services/DeployInputLoader.h"

#include "dane/PublishedTlsa.h"
#include "dns/DiscoveryReport.h"
#include "storage/DiscoveryRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/PolicyRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::deploy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::deploy", text);
}

// The "3 1 1" digests a secure TLSA RRset publishes for `host`, in DNS order (without the
// digest of empty input a broken script may have published: it would stop the DNS exports, and
// the renewal hook must not count it as a published key).
QStringList publishedDigests(const dns::MxHostReport &host)
{
    QStringList out;
    if (!host.tlsa.verdict.isSecure())
        return out;
    for (const QByteArray &digest : dane::publishedSpkiSha256(host.tlsa.records))
        out.append(QString::fromLatin1(digest.toHex()));
    return out;
}

struct StoredVersions
{
    std::optional<mtasts::PolicyVersion> current, enforce, remove;
};

Result<StoredVersions> storedVersions(const std::shared_ptr<const storage::Database> &db, qint64 id)
{
    storage::PolicyRepository repo(db);
    auto all = repo.forEngagement(id);
    if (!all)
        return all.error();
    auto live = repo.current(id);
    if (!live)
        return live.error();
    StoredVersions out;
    if (*live)
        out.current = (*live)->version;
    else if (!all->isEmpty())
        out.current = all->last().version;
    // Versions prepared after the current one (oldest first, so the newest wins).
    const QDateTime since = out.current ? out.current->createdAt : QDateTime();
    for (const storage::StoredPolicyVersion &v : *all) {
        if (out.current && v.version.id == out.current->id)
            continue;
        if (since.isValid() && v.version.createdAt < since)
            continue;
        if (v.version.policy.mode == mtasts::PolicyMode::Enforce)
            out.enforce = v.version;
        else if (v.version.policy.mode == mtasts::PolicyMode::None)
            out.remove = v.version;
    }
    return out;
}

} // namespace

Result<DeployInput> loadDeployInput(const std::shared_ptr<const storage::Database> &db,
                                    qint64 engagementId, const ArtifactOptions &options)
{
    auto engagement = storage::EngagementRepository(db).get(engagementId);
    if (!engagement)
        return engagement.error();
    auto discovery = storage::DiscoveryRepository(db).latest(engagementId);
    if (!discovery)
        return discovery.error();
    auto stored = storedVersions(db, engagementId);
    if (!stored)
        return stored.error();

    DeployInput in;
    in.domain = engagement->domain.ace;
    in.hosting = options.hosting;
    in.language = options.language;
    const mtasts::PolicyGenerator generator(options.clock);

    QStringList mxNames;
    bool daneFound = false;
    RenewalSettings &r = in.renewal;
    if (*discovery) {
        const dns::DiscoveryReport &report = (*discovery)->report;
        for (const dns::MxHostReport &host : report.hosts) {
            mxNames.append(host.name);
            if (!host.provider.isEmpty() || host.ipLiteral) {
                in.notes.append(tr("%1 is run by a provider (%2): its certificate is not renewed "
                                   "here.")
                                    .arg(host.name, host.provider));
                continue;
            }
            r.mxHosts.append(host.name);
            const QStringList digests = publishedDigests(host);
            daneFound = daneFound || host.dane == dns::DaneState::Usable;
            r.acceptedSpkiDigests.insert(host.name, digests);
        }
        in.records.rua = report.tlsRptRua;
        for (const dns::LookupResult *lookup : {&report.policyHostA, &report.policyHostAaaa}) {
            if (!lookup->cnameChain.isEmpty()) {
                in.records.policyHost.cname = lookup->cnameChain.first();
                continue;
            }
            for (const dns::DnsRecord &rec : lookup->records)
                if (!rec.address.isEmpty())
                    in.records.policyHost.addresses.append(rec.address);
        }
    } else {
        in.notes.append(tr("No discovery has been run for this engagement: no MX host "
                           "certificates, TLSA records or TLS-RPT address are included."));
    }
    if (!options.policyHostAddresses.isEmpty() || !options.policyHostCname.isEmpty()) {
        in.records.policyHost.addresses = options.policyHostAddresses;
        in.records.policyHost.cname = options.policyHostCname;
    }
    if (in.records.policyHost.cname.isEmpty())
        in.records.policyHost.addresses.removeDuplicates();
    else
        in.records.policyHost.addresses.clear();

    if (stored->current) {
        in.current = *stored->current;
    } else {
        const mtasts::PatternSuggestion suggestion = generator.suggestPatterns(mxNames);
        if (suggestion.patterns.isEmpty())
            return Error{u"deploy.no-mx"_s,
                         tr("The engagement has no policy version and its discovery found no MX "
                            "host to put into one. Run a discovery or generate a policy first.")};
        in.current = generator.testing(suggestion.patterns);
        in.notes.append(tr("No policy version was stored yet: the testing policy %1 was generated "
                           "from the discovered MX hosts.")
                            .arg(in.current.id));
    }
    in.enforce = stored->enforce.value_or(generator.enforce(in.current.policy));
    in.remove = stored->remove.value_or(generator.remove(in.current.policy));
    // Generated in the same second, both would carry the same id; a sender that cached one would
    // never fetch the other.
    if (!stored->remove && in.remove.id == in.enforce.id)
        in.remove =
            mtasts::PolicyGenerator(std::make_shared<FixedClock>(options.clock->now().addSecs(1)))
                .remove(in.current.policy);

    r.domain = in.domain;
    r.policyHost = options.hosting == Hosting::Nginx;
    r.mta = options.mta;
    r.alertAddress =
        options.alertAddress.isEmpty() ? u"postmaster@"_s + in.domain : options.alertAddress;
    r.webroot = options.webroot;
    r.certbotConfigDir = options.certbotConfigDir;
    r.scriptDir = options.scriptDir;
    r.tlsDir = options.tlsDir;
    r.daneActive = options.daneActive || (options.daneFromDiscovery && daneFound);
    for (auto it = options.stagedSpkiSha256.cbegin(); it != options.stagedSpkiSha256.cend(); ++it) {
        QStringList &list = r.acceptedSpkiDigests[it.key().toLower()];
        const QString hex = QString::fromLatin1(it.value().toHex());
        if (!list.contains(hex))
            list.append(hex);
    }

    in.records.domain = in.domain;
    in.records.policyId = in.current.id;
    if (r.daneActive) {
        for (const QString &host : r.mxHosts) {
            records::MxHostInput mx;
            mx.host = host;
            mx.hostTlsReporting = !in.records.rua.isEmpty();
            for (const QString &hex : r.acceptedSpkiDigests.value(host))
                mx.tlsa.append(
                    dane::TlsaRecord::fromSpkiSha256(QByteArray::fromHex(hex.toLatin1())));
            if (!mx.tlsa.isEmpty())
                in.records.mxHosts.append(mx);
        }
    }
    if (in.records.rua.isEmpty())
        in.notes.append(tr("No TLS-RPT address was found: the _smtp._tls record is missing from "
                           "the DNS exports. Add one (rua=mailto:…) to receive reports."));
    return in;
}

Result<QList<Artifact>> buildEngagementArtifacts(std::shared_ptr<const storage::Database> db,
                                                 qint64 engagementId,
                                                 const ArtifactOptions &options)
{
    auto input = loadDeployInput(db, engagementId, options);
    if (!input)
        return input.error();
    return composeArtifacts(*input);
}

} // namespace sts::deploy

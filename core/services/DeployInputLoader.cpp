#include "services/DeployInputLoader.h"

#include "dane/PublishedTlsa.h"
#include "deploy/DeliveryKinds.h"
#include "dns/DiscoveryReport.h"
#include "services/PublishPlanner.h"

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

StoredVersions storedVersions(const QList<storage::StoredPolicyVersion> &all)
{
    StoredVersions out;
    // The version the _mta-sts record carries is the current one (services::policyForRecords).
    if (const storage::StoredPolicyVersion *current = services::policyForRecords(all))
        out.current = current->version;
    // Versions prepared after the current one (oldest first, so the newest wins).
    const QDateTime since = out.current ? out.current->createdAt : QDateTime();
    for (const storage::StoredPolicyVersion &v : all) {
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

services::PublishChoices publishChoices(const ArtifactOptions &options)
{
    services::PublishChoices choices;
    // An explicit "on" wins; "off" only when discovery was not asked (ArtifactOptions).
    choices.dane = options.daneActive          ? services::DaneChoice::On
                   : options.daneFromDiscovery ? services::DaneChoice::FromDiscovery
                                               : services::DaneChoice::Off;
    if (!options.policyHostAddresses.isEmpty() || !options.policyHostCname.isEmpty())
        choices.policyHost =
            records::PolicyHostTarget{options.policyHostAddresses, options.policyHostCname};
    return choices;
}

// The renewal hook of a DANE host may install the keys DNS publishes now and the keys the
// records we hand over publish (the served key, the staged next key).
void addAcceptedDigests(RenewalSettings &r, const services::PublishPlan &plan)
{
    for (const services::HostDigests &host : plan.daneHosts) {
        if (!r.mxHosts.contains(host.host))
            continue;
        QStringList &list = r.acceptedSpkiDigests[host.host];
        for (const QByteArray &digest : host.all())
            if (const QString hex = QString::fromLatin1(digest.toHex()); !list.contains(hex))
                list.append(hex);
    }
}

// Each level given for this run replaces the saved one; the others stay as saved.
AlertAddresses withOverrides(AlertAddresses saved, const AlertAddresses &run)
{
    for (const auto &[target, given] :
         {std::pair{&saved.notice, &run.notice}, std::pair{&saved.escalation, &run.escalation},
          std::pair{&saved.critical, &run.critical}})
        if (!given->trimmed().isEmpty())
            *target = given->trimmed();
    return saved;
}

} // namespace

Result<DeployInput> loadDeployInput(const std::shared_ptr<const storage::Database> &db,
                                    qint64 engagementId, const ArtifactOptions &options)
{
    Result<services::PublishFacts> facts = services::PublishPlanner(db).facts(engagementId);
    if (!facts)
        return facts.error();
    return deployInputFrom(*facts, options);
}

Result<DeployInput> deployInputFrom(const services::PublishFacts &publishFacts,
                                    const ArtifactOptions &options)
{
    const services::PublishFacts *facts = &publishFacts;
    const StoredVersions stored = storedVersions(facts->policies);

    DeployInput in;
    in.domain = facts->engagement.domain.ace;
    // The saved delivery settings, unless this run overrides them.
    const storage::StoredDeliverySettings &saved = facts->settings;
    in.hosting = options.hosting.value_or(artifactHosting(saved.hosting));
    in.language = options.language;
    const mtasts::PolicyGenerator generator(options.clock);

    QStringList mxNames;
    RenewalSettings &r = in.renewal;
    if (facts->discovery) {
        for (const dns::MxHostReport &host : facts->discovery->report.hosts) {
            mxNames.append(host.name);
            if (!host.provider.isEmpty() || host.ipLiteral) {
                in.notes.append(tr("%1 is run by a provider (%2): its certificate is not renewed "
                                   "here.")
                                    .arg(host.name, host.provider));
                continue;
            }
            r.mxHosts.append(host.name);
            r.acceptedSpkiDigests.insert(host.name, publishedDigests(host));
        }
    } else {
        in.notes.append(tr("No discovery has been run for this engagement: no MX host "
                           "certificates, TLSA records or TLS-RPT address are included."));
    }

    services::PublishChoices choices = publishChoices(options);
    if (stored.current) {
        in.current = *stored.current;
    } else {
        const mtasts::PatternSuggestion suggestion = generator.suggestPatterns(mxNames);
        if (suggestion.patterns.isEmpty())
            return Error{u"deploy.no-mx"_s,
                         tr("The engagement has no policy version and its discovery found no MX "
                            "host to put into one. Run a discovery or generate a policy first.")};
        // From the discovery's time: a runbook and the bundle around it, made seconds apart,
        // must name one id.
        in.current =
            mtasts::PolicyGenerator(std::make_shared<FixedClock>(facts->discovery->takenAt))
                .testing(suggestion.patterns);
        in.currentStored = false;
        choices.policyId = in.current.id;
        in.notes.append(tr("No policy version was stored yet: the testing policy %1 was made "
                           "from the discovered MX hosts. Save it in STS Desk before publishing "
                           "(stsdesk-cli policy new), so that its publication can be verified.")
                            .arg(in.current.id));
    }
    // Previews get ids no version of the domain has used (RFC 8461 §3.1: a sender that cached
    // one id never fetches a policy announced with the same id again).
    QStringList used{in.current.id};
    for (const storage::StoredPolicyVersion &v : facts->policies)
        used.append(v.version.id);
    const auto preview = [&](mtasts::PolicyVersion version) {
        version.id = mtasts::nextPolicyId(version.id, used);
        used.append(version.id);
        return version;
    };
    in.enforceStored = stored.enforce.has_value();
    in.enforce = stored.enforce ? *stored.enforce : preview(generator.enforce(in.current.policy));
    in.removeStored = stored.remove.has_value();
    in.remove = stored.remove ? *stored.remove : preview(generator.remove(in.current.policy));

    const services::PublishPlan plan = services::planPublication(*facts, choices);
    in.records = plan.records;

    r.domain = in.domain;
    r.policyHost = in.hosting == Hosting::Nginx;
    r.mta = options.mta.value_or(saved.mta);
    r.alerts = withOverrides(saved.alerts, options.alerts).resolved(in.domain);
    r.webroot = options.webroot;
    r.certbotConfigDir = options.certbotConfigDir;
    r.scriptDir = options.scriptDir;
    r.tlsDir = options.tlsDir;
    r.challenges = saved.challenges;
    // The hooks guard the key exactly when the records we hand over publish TLSA for it.
    r.daneActive = choices.dane == services::DaneChoice::On || !in.records.mxHosts.isEmpty();
    addAcceptedDigests(r, plan);
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

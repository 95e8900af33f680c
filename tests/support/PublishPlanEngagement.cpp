#include "PublishPlanEngagement.h"

#include "discovery/ReportParts.h"
#include "dns/Discovery.h"
#include "dns/MxAnalysis.h"
#include "mtasts/PolicyGenerator.h"
#include "pki/TestPki.h"
#include "probe/ProbeResult.h"
#include "services/EngagementService.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"
#include "tls/CertificateChain.h"
#include "tls/KeyGenerator.h"
#include "tls/StagedKeyFinder.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sts::test {

bool PublishPlanEngagement::populate(const std::shared_ptr<storage::Database> &db,
                                     const QString &dir, const QDateTime &now)
{
    const auto fail = [this](const QString &why) {
        error = why;
        return false;
    };
    auto clock = std::make_shared<FixedClock>(now.addDays(-3));
    Engagement draft;
    draft.customer = u"Publish Plan GmbH"_s;
    draft.domain.ace = domain;
    draft.domain.display = domain;
    Result<Engagement> created = EngagementService(db, clock, u"tester"_s).create(draft);
    if (!created)
        return fail(created.error().describe());
    engagementId = created->id;

    // Keys: the certificates the MX hosts serve (probed), an older key still in DNS, and a
    // staged rollover pair in the engagement's secrets folder.
    TestPki pki(dir, now.addDays(-30));
    if (!pki.isValid())
        return fail(pki.errorString());
    const QString mx1 = u"mx1."_s + domain, mx2 = u"mx2."_s + domain;
    const TestPki::Leaf leaf1 = pki.valid(u"mx1"_s, {mx1});
    const TestPki::Leaf leaf2 = pki.valid(u"mx2"_s, {mx2});
    const TestPki::Leaf old = pki.valid(u"mx1-old"_s, {mx1});
    tls::ProbeReport probes;
    probes.addresses = {tlsProbe(mx1, u"192.0.2.25"_s, 25, leaf1.fullchainPath),
                        tlsProbe(mx2, u"192.0.2.26"_s, 25, leaf2.fullchainPath)};
    for (const tls::AddressProbe &probe : probes.addresses)
        if (probe.chain.isEmpty())
            return fail(u"a test certificate could not be read"_s);
    k1 = probes.addresses[0].chain.leaf().spkiSha256();
    k2 = probes.addresses[1].chain.leaf().spkiSha256();
    k0 = tls::CertificateChain::fromFile(old.certPath).valueOr({}).leaf().spkiSha256();
    if (Status stored = storage::ProbeRepository(db).store(engagementId, now.addDays(-1), probes);
        !stored)
        return fail(stored.error().describe());
    const QString secrets = tls::StagedKeyFinder::secretsDir(engagementId);
    QDir(secrets).removeRecursively(); // left by an earlier run
    auto staged =
        tls::KeyGenerator(secrets).generateWithNext(u"publish-mx"_s, tls::KeyAlgorithm::EcdsaP256);
    if (!staged)
        return fail(staged.error().describe());
    stagedCurrent = staged->current.spkiSha256;
    stagedNext = staged->next.spkiSha256;

    // Discovery: a signed zone; mx1 with DANE in place, mx2 signed without TLSA, Google unsigned.
    const dns::DnssecVerdict secure = dns::DnssecVerdict::secure(domain);
    dns::DiscoveryReport report;
    report.domain = domain;
    report.resolver = u"127.0.0.1:53"_s;
    report.finishedAt = now.addDays(-2);
    QList<dns::DnsRecord> mxRecords;
    for (const auto &[target, preference] :
         {std::pair{mx1, 10}, std::pair{mx2, 20}, std::pair{u"aspmx.l.google.com"_s, 30}})
        mxRecords.append(mxRecord(domain, preference, target));
    report.mx = lookupOf(domain, dns::RrType::MX, mxRecords, secure);
    const QString tlsaOwner = u"_25._tcp."_s + mx1;
    report.hosts = {signedMxHost(mx1, 10, u"192.0.2.25"_s, domain,
                                 {tlsa311Record(tlsaOwner, k1), tlsa311Record(tlsaOwner, k0)}),
                    signedMxHost(mx2, 20, u"192.0.2.26"_s, domain)};
    dns::MxHostReport google;
    google.name = u"aspmx.l.google.com"_s;
    google.preference = 30;
    google.provider = dns::recognizeProvider(google.name);
    const dns::DnssecVerdict unsigned_ = dns::DnssecVerdict::insecure(u"google.com"_s);
    google.a = lookupOf(google.name, dns::RrType::A,
                        {addressRecord(google.name, u"198.51.100.25"_s)}, unsigned_);
    google.aaaa = lookupOf(google.name, dns::RrType::AAAA, {}, unsigned_);
    google.tlsa = lookupOf(u"_25._tcp."_s + google.name, dns::RrType::TLSA, {}, unsigned_);
    report.hosts.append(google);

    const dns::DnsRecord tlsRpt =
        txtRecord(u"_smtp._tls."_s + domain, "v=TLSRPTv1; rua=" + rua.toLatin1());
    report.tlsRptTxt = lookupOf(tlsRpt.owner, dns::RrType::TXT, {tlsRpt}, secure);
    report.stsTxt = lookupOf(u"_mta-sts."_s + domain, dns::RrType::TXT, {}, secure);
    // mta-sts.<domain> CNAME <pagesHost>: the lookup followed it and returned the host's address.
    const QString policyHost = u"mta-sts."_s + domain;
    report.policyHostA =
        lookupOf(policyHost, dns::RrType::A, {addressRecord(pagesHost, u"198.51.100.80"_s)},
                 dns::DnssecVerdict::insecure(u"hoster.example"_s));
    report.policyHostA.cnameChain = {pagesHost};
    report.policyHostAaaa = lookupOf(policyHost, dns::RrType::AAAA, {},
                                     dns::DnssecVerdict::insecure(u"hoster.example"_s));
    report.policyHostAaaa.cnameChain = {pagesHost};
    // Findings, DANE states, provider and rua as discovery derives them.
    dns::analyzeReport(report);
    storage::DiscoverySnapshot snapshot;
    snapshot.engagementId = engagementId;
    snapshot.report = report;
    if (Result<qint64> saved = storage::DiscoveryRepository(db).save(snapshot, u"tester"_s); !saved)
        return fail(saved.error().describe());

    // Policy: the published testing version, then an enforce draft prepared a day later.
    storage::PolicyRepository policies(db);
    mtasts::PolicyGenerator generator(clock);
    QList<mtasts::MxPattern> patterns;
    for (const QString &host : {mx1, mx2, u"aspmx.l.google.com"_s})
        patterns.append(*mtasts::MxPattern::parse(host));
    const mtasts::PolicyVersion testing = generator.testing(patterns);
    policyId = testing.id;
    Result<qint64> row = policies.add(engagementId, testing);
    if (!row || !policies.markPublished(*row, clock->now()))
        return fail(u"storing the testing policy failed"_s);
    clock->set(now.addDays(-2));
    if (!policies.add(engagementId, generator.enforce(testing.policy)))
        return fail(u"storing the enforce draft failed"_s);
    return true;
}

} // namespace sts::test

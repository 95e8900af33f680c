#include "RunbookFixture.h"

#include "discovery/ReportParts.h"
#include "dns/Discovery.h"
#include "import/Importer.h"
#include "mtasts/PolicyGenerator.h"
#include "pki/TestPki.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/PublicationCheck.h"
#include "services/RolloutService.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"
#include "tls/CertificateChain.h"
#include "tls/KeyGenerator.h"
#include "tls/StagedKeyFinder.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sts::test {

bool RunbookFixture::populate(const std::shared_ptr<storage::Database> &db, const QString &dir,
                              const QDateTime &now)
{
    const auto fail = [this](const QString &why) {
        error = why;
        return false;
    };
    auto clock = std::make_shared<FixedClock>(now.addDays(-reportDays - 5));
    Engagement draft;
    draft.customer = u"Runbook Maschinenbau GmbH"_s;
    draft.domain.ace = domain;
    draft.domain.display = domain;
    draft.consultant = u"Erika Mustermann"_s;
    draft.majorSenders = {u"Google"_s, u"Microsoft"_s, u"Yahoo"_s};
    Result<Engagement> created = EngagementService(db, clock, u"tester"_s).create(draft);
    if (!created)
        return fail(created.error().describe());
    engagementId = created->id;

    // Certificates: real ones from a test PKI; the keys stay in secrets/.
    const QString mx1 = u"mx1."_s + domain, mx2 = u"mx2."_s + domain;
    const QString secrets = dir + u"/secrets"_s;
    QDir().mkpath(secrets);
    TestPki pki(secrets, now.addDays(-30));
    if (!pki.isValid())
        return fail(pki.errorString());
    const TestPki::Leaf leaf1 = pki.expiringAt(u"mx1"_s, {mx1}, now.addDays(40));
    const TestPki::Leaf leaf2 = pki.expiringAt(u"mx2"_s, {mx2}, now.addDays(12));
    const TestPki::Leaf web = pki.valid(u"mta-sts"_s, {u"mta-sts."_s + domain});
    privateKeyPath = leaf1.keyPath;
    tls::ProbeReport probes;
    probes.addresses = {tlsProbe(mx1, u"192.0.2.25"_s, 25, leaf1.fullchainPath),
                        tlsProbe(mx2, u"192.0.2.26"_s, 25, leaf2.fullchainPath),
                        tlsProbe(u"mta-sts."_s + domain, u"192.0.2.80"_s, 443, web.fullchainPath)};
    if (probes.addresses.first().chain.isEmpty())
        return fail(u"the test certificate could not be read"_s);
    mx1SpkiSha256Hex = probes.addresses.first().chain.leaf().spkiSha256().toHex();

    // Discovery: both MX hosts in the signed zone, TLS-RPT already published; mx1 has DANE in
    // place (its served key as TLSA 3 1 1, TTL 1800), mx2 has no TLSA record yet.
    dns::DiscoveryReport report;
    report.domain = domain;
    report.resolver = u"127.0.0.1:53"_s;
    report.finishedAt = clock->now();
    report.mx = secureLookup(domain, dns::RrType::MX,
                             {mxRecord(domain, 10, mx1), mxRecord(domain, 20, mx2)}, domain);
    dns::DnsRecord tlsa =
        tlsa311Record(u"_25._tcp."_s + mx1, QByteArray::fromHex(mx1SpkiSha256Hex));
    tlsa.ttl = 1800;
    dns::MxHostReport host1 = signedMxHost(mx1, 10, u"192.0.2.25"_s, domain, {tlsa});
    host1.dane = dns::DaneState::Usable;
    dns::MxHostReport host2 = signedMxHost(mx2, 20, u"192.0.2.26"_s, domain);
    host2.dane = dns::DaneState::Possible;
    report.hosts = {host1, host2};
    const dns::DnsRecord rua =
        txtRecord(u"_smtp._tls."_s + domain, "v=TLSRPTv1; rua=mailto:tlsrpt@" + domain.toLatin1());
    report.tlsRptTxt = secureLookup(rua.owner, dns::RrType::TXT, {rua}, domain);
    report.stsTxt = secureLookup(u"_mta-sts."_s + domain, dns::RrType::TXT, {}, domain);
    report.policyHostA =
        secureLookup(u"mta-sts."_s + domain, dns::RrType::A,
                     {addressRecord(u"mta-sts."_s + domain, u"192.0.2.80"_s)}, domain);
    // The findings and the rua as discovery derives them (no MTA-STS record yet).
    dns::analyzeReport(report);
    storage::DiscoverySnapshot snapshot;
    snapshot.engagementId = engagementId;
    snapshot.report = report;
    if (Result<qint64> saved = storage::DiscoveryRepository(db).save(snapshot, u"tester"_s); !saved)
        return fail(saved.error().describe());

    if (Status stored = storage::ProbeRepository(db).store(engagementId, now.addDays(-1), probes);
        !stored)
        return fail(stored.error().describe());

    // Rollout: prepared, testing with a testing policy, then enforce.
    storage::PolicyRepository policies(db);
    const QDateTime testingAt = now.addDays(-reportDays);
    clock->set(testingAt);
    mtasts::PolicyGenerator generator(clock);
    QList<mtasts::MxPattern> patterns;
    for (const QString &host : {mx1, mx2})
        patterns.append(*mtasts::MxPattern::parse(host));
    const mtasts::PolicyVersion testing = generator.testing(patterns);
    testingPolicyId = testing.id;
    Result<qint64> testingRow = policies.add(engagementId, testing);
    if (!testingRow || !policies.markPublished(*testingRow, testingAt, 0, testingPublishReason))
        return fail(u"storing the testing policy failed"_s);
    RolloutService rollout(db, clock, u"tester"_s);
    if (!rollout.markPrepared(engagementId) || !rollout.startTesting(engagementId, testing.id))
        return fail(u"starting the rollout failed"_s);

    TlsReportWriter writer(dir + u"/reports"_s, domain, mx1);
    // The senders report the testing policy as served (readiness counts only the live version).
    writer.setPolicyStrings(QString::fromUtf8(testing.file()).split(u"\r\n"_s, Qt::SkipEmptyParts));
    QDir().mkpath(dir + u"/reports"_s);
    QStringList files = writer.writeCleanDays(senders, testingAt.date(), now.date().addDays(-1));
    files << writer.write(u"Example Mailer AG"_s, testingAt.date().addDays(2), 40, 3)
          << writer.write(u"Other Sender Inc."_s, testingAt.date().addDays(3), 10, 2,
                          u"starttls-not-supported"_s);
    tlsrpt::Importer importer(db, {}, clock);
    Result<tlsrpt::ImportSummary> imported = importer.importPaths(files);
    if (!imported || imported->imported != files.size())
        return fail(u"importing the reports failed"_s);

    const QDateTime enforceAt = now.addDays(-2);
    clock->set(enforceAt);
    const mtasts::PolicyVersion enforce = generator.enforce(testing.policy);
    enforcePolicyId = enforce.id;
    Result<qint64> enforceRow = policies.add(engagementId, enforce);
    // The enforce version went live on a passing check, recorded as PolicyVersions::publish does.
    services::PublicationCheck check;
    check.policyId = enforce.id;
    check.checkedAt = enforceAt.addSecs(-600);
    check.ok = true;
    check.stsTxt = {u"v=STSv1; id=%1;"_s.arg(enforce.id)};
    check.stsId = enforce.id;
    check.stsTxtSecure = true;
    check.url = u"https://mta-sts.%1/.well-known/mta-sts.txt"_s.arg(domain);
    check.httpStatus = 200;
    check.servedEqual = true;
    storage::StoredVerification verification;
    verification.policyId = enforce.id;
    verification.checkedAt = check.checkedAt;
    verification.ok = true;
    verification.evidence = check.toJson();
    Result<qint64> verified = policies.recordVerification(engagementId, verification);
    if (!enforceRow || !verified || !policies.markPublished(*enforceRow, enforceAt, *verified))
        return fail(u"storing the enforce policy failed"_s);
    enforcePublishedAt = enforceAt;
    enforceVerifiedAt = check.checkedAt;
    if (Status switched =
            rollout.switchToEnforce(engagementId, enforce.id, u"Customer approved after review"_s);
        !switched)
        return fail(switched.error().describe());

    // The next key of a DANE rollover, staged as `stsdesk-cli csr --next` leaves it.
    const QString staged = tls::StagedKeyFinder::secretsDir(engagementId);
    QDir(staged).removeRecursively(); // left by an earlier run
    Result<tls::StagedKeys> keys = tls::KeyGenerator(staged).generateWithNext(
        tls::KeyGenerator::keyName(domain, now), tls::KeyAlgorithm::EcdsaP256);
    if (!keys)
        return fail(keys.error().describe());
    stagedNextSpkiSha256Hex = keys->next.spkiSha256.toHex();
    return true;
}

std::shared_ptr<storage::Database> RunbookFixture::openPopulated(const QString &dir,
                                                                 const QDateTime &now)
{
    storage::DatabaseLocation location;
    location.sqlitePath = dir + u"/runbook.sqlite"_s;
    auto db = storage::Database::open(location);
    if (!db) {
        error = db.error().describe();
        return nullptr;
    }
    return populate(*db, dir, now) ? *db : nullptr;
}

} // namespace sts::test

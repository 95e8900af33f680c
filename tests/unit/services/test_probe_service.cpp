// Probe and store, and what the certificates page reads: the pre-flight plan comes from the
// newest scan, a run is stored as probed at the context's clock, and the chains served come back
// with the scan's MX hosts and the live policy's patterns.
#include "ServiceFixture.h"
#include "TestEnv.h"
#include "discovery/ReportParts.h"
#include "mtasts/PolicyGenerator.h"
#include "pki/TestPki.h"
#include "services/CertificateSources.h"
#include "services/DiscoveryService.h"
#include "services/PolicyVersions.h"
#include "services/ProbeService.h"

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

dns::DiscoveryReport scan(const QDateTime &at)
{
    dns::DiscoveryReport report = test::labScanTwoHosts(at); // mx2 has no address: not probed
    report.policyHostA.records << test::addressRecord(u"mta-sts.lab.test"_s, u"192.0.2.9"_s);
    return report;
}

} // namespace

class TestProbeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planFromTheNewestScan()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        ProbeService probes(f.context);
        Result<std::optional<PreflightPlan>> none = probes.plan(f.engagementId);
        QVERIFY(none);
        QVERIFY(!*none);

        QVERIFY(DiscoveryService(f.context).store(f.engagementId, scan(f.clock->now()), {}));
        Result<std::optional<PreflightPlan>> plan = probes.plan(f.engagementId);
        QVERIFY(plan && *plan);
        QCOMPARE((*plan)->snapshot.report.domain, u"lab.test"_s);
        QCOMPARE((*plan)->plan.skippedHosts, QStringList{u"mx2.lab.test"_s});
        QStringList probed;
        for (const tls::ProbeTarget &target : (*plan)->plan.targets)
            probed << target.host;
        QVERIFY2(probed.contains(u"mx1.lab.test"_s), qPrintable(probed.join(u", "_s)));
        QVERIFY2(probed.contains(u"mta-sts.lab.test"_s), qPrintable(probed.join(u", "_s)));
    }

    void storedRunFeedsTheCertificateSources()
    {
        test::LabDir lab(u"probesvc"_s);
        test::TestPki pki(lab.path());
        QVERIFY(pki.isValid());
        const auto leaf = pki.valid(u"mx1"_s, {u"mx1.lab.test"_s});
        test::ServiceFixture f;
        QVERIFY(f.open());
        QVERIFY(DiscoveryService(f.context).store(f.engagementId, scan(f.clock->now()), {}));

        const tls::AddressProbe served =
            test::tlsProbe(u"mx1.lab.test"_s, u"192.0.2.1"_s, 25, leaf.fullchainPath);
        QVERIFY(!served.chain.isEmpty());
        tls::AddressProbe refused;
        refused.host = u"mta-sts.lab.test"_s;
        refused.address = u"192.0.2.9"_s;
        refused.errorCode = u"refused"_s;
        ProbeService probes(f.context);
        QVERIFY(probes.store(f.engagementId, {{served, refused}, false}));
        Result<QList<StoredProbe>> latest = probes.latest(f.engagementId);
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->first().probedAt, f.clock->now());

        // A live policy with one pattern (published through storage: no use case publishes yet).
        const mtasts::PolicyVersion version = mtasts::PolicyGenerator(f.clock).make(
            mtasts::PolicyMode::Testing, {mtasts::MxPattern::parse(u"mx1.lab.test"_s).value()},
            mtasts::kTestingMaxAge);
        PolicyVersions policies(f.context);
        Result<StoredPolicyVersion> row = policies.add(f.engagementId, version);
        QVERIFY(row);
        QVERIFY(!policies.current(f.engagementId)->has_value()); // a draft is not live
        QVERIFY(storage::PolicyRepository(f.context.database)
                    .markPublished(row->rowId, f.clock->now()));
        QCOMPARE(policies.current(f.engagementId)->value().version.id, version.id);
        QCOMPARE(policies.list(f.engagementId)->size(), 1);

        Result<CertificateSources> sources = loadCertificateSources(f.context, f.engagementId);
        QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().message));
        QCOMPARE(sources->domain, u"lab.test"_s);
        QCOMPARE(sources->served.size(), 1); // the refused address served nothing
        QCOMPARE(sources->served.first().host, u"mx1.lab.test"_s);
        QCOMPARE(sources->served.first().address, u"192.0.2.1"_s);
        QCOMPARE(sources->served.first().chain.leaf(), served.chain.leaf());
        QCOMPARE(sources->served.first().chain.size(), served.chain.size());
        QCOMPARE(sources->mxHosts.size(), 2);
        QCOMPARE(sources->mxHosts.at(1).name, u"mx2.lab.test"_s);
        QCOMPARE(sources->mxHosts.at(1).priority, 20);
        QCOMPARE(sources->plannedPatterns, QStringList{u"mx1.lab.test"_s});

        QCOMPARE(loadCertificateSources(f.context, 4711).error().code, u"engagement.not-found"_s);
    }
};

QTEST_GUILESS_MAIN(TestProbeService)
#include "test_probe_service.moc"

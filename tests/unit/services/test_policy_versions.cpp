// The policy-version spine without servers: ids that never come back, the defaults of a new
// version, which version the deploy files carry, and the guards of publishing (a failed check
// needs a reason, which is recorded; enforce waits for readiness unless overridden).
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "mtasts/PolicyGenerator.h"
#include "services/DiscoveryService.h"
#include "services/PolicyVersions.h"
#include "services/RolloutService.h"
#include "storage/EventLog.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestPolicyVersions : public QObject
{
    Q_OBJECT

    // Where nothing answers: verification fails at once, as with records not yet published.
    static services::PublicationTargets nowhere()
    {
        services::PublicationTargets targets;
        targets.dns.resolver = dns::ResolverConfig::parse(u"127.0.0.1:9"_s).value();
        targets.dns.resolver.timeoutMs = 200;
        targets.dns.resolver.retries = 0;
        targets.https.connectHost = u"127.0.0.1"_s;
        targets.https.port = 9;
        targets.https.connectTimeoutMs = 500;
        targets.https.overallTimeoutMs = 500;
        return targets;
    }
    static NewPolicyVersion version(mtasts::PolicyMode mode)
    {
        return NewPolicyVersion{mode, std::nullopt, QStringList{u"mx1.lab.test"_s}};
    }

private Q_SLOTS:
    void nextIdIsNeverOneUsedBefore()
    {
        using mtasts::nextPolicyId;
        QCOMPARE(nextPolicyId(u"20260504100000"_s, {}), u"20260504100000"_s);
        // Made in the same second as the one before.
        QCOMPARE(nextPolicyId(u"20260504100000"_s, {u"20260504100000"_s}), u"20260504100001"_s);
        // A clock set back: still after the newest.
        QCOMPARE(nextPolicyId(u"20260101000000"_s, {u"20260504100000"_s}), u"20260504100001"_s);
        // Across a minute, hour and day boundary.
        QCOMPARE(nextPolicyId(u"20261231235959"_s, {u"20261231235959"_s}), u"20270101000000"_s);
        // Hand-made ids are avoided, not ordered by.
        QCOMPARE(nextPolicyId(u"20260504100000"_s, {u"abc"_s}), u"20260504100000"_s);
    }

    void newVersionsTakeTheSeedsDefaults()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        PolicyVersions versions(f.context);
        Result<StoredPolicyVersion> testing =
            versions.create(f.engagementId, version(mtasts::PolicyMode::Testing));
        QVERIFY(testing.ok());
        QCOMPARE(testing->version.policy.maxAge, qint64(86400));
        // Same second, so the id is minted once more; the mx comes from the newest saved one.
        Result<StoredPolicyVersion> enforce = versions.create(
            f.engagementId, NewPolicyVersion{mtasts::PolicyMode::Enforce, std::nullopt, {}});
        QVERIFY(enforce.ok());
        QCOMPARE(enforce->version.policy.maxAge, qint64(604800));
        QVERIFY(enforce->version.id > testing->version.id);
        QCOMPARE(enforce->version.policy.mxTexts(), QStringList{u"mx1.lab.test"_s});
        QCOMPARE(policyVersionState(*enforce), u"draft"_s);
        // Both appear as drafts, oldest first.
        Result<QList<StoredPolicyVersion>> all = versions.list(f.engagementId);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().version.id, testing->version.id);
        QVERIFY(!versions.current(f.engagementId)->has_value());
    }

    void noMxNoVersion()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        Result<StoredPolicyVersion> made = PolicyVersions(f.context).create(
            f.engagementId, NewPolicyVersion{mtasts::PolicyMode::Testing, std::nullopt, {}});
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, u"policy.mx-missing"_s);
    }

    void deployFilesSaveTheDraftOnce()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        PolicyVersions versions(f.context);
        // Without a discovery there is nothing to make a version from.
        QVERIFY(!versions.ensureCurrent(f.engagementId).ok());
        dns::DiscoveryReport report;
        report.domain = u"lab.test"_s;
        report.hosts.append(dns::MxHostReport{});
        report.hosts.last().name = u"mx1.lab.test"_s;
        QVERIFY(DiscoveryService(f.context).store(f.engagementId, report, {}).ok());
        Result<StoredPolicyVersion> first = versions.ensureCurrent(f.engagementId);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->version.policy.mode, mtasts::PolicyMode::Testing);
        f.clock->advance(5);
        Result<StoredPolicyVersion> again = versions.ensureCurrent(f.engagementId);
        QCOMPARE(again->version.id, first->version.id);
        QCOMPARE(versions.list(f.engagementId)->size(), 1);
    }

    void publishingWithoutProofNeedsAReason()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        PolicyVersions versions(f.context);
        const QString id =
            versions.create(f.engagementId, version(mtasts::PolicyMode::Testing))->version.id;
        Result<Publication> refused = versions.publish(f.engagementId, id, nowhere());
        QVERIFY(!refused.ok());
        QVERIFY(versions.find(f.engagementId, id)->isDraft());

        Result<Publication> published = versions.publish(
            f.engagementId, id, nowhere(), u"customer's DNS is changed by their provider"_s);
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        QVERIFY(!published->verified);
        QVERIFY(published->version.isLive());
        QCOMPARE(published->version.publishReason,
                 u"customer's DNS is changed by their provider"_s);
        QCOMPARE(published->phaseChange, u"testing"_s);
        // The log says who published it, how, and why.
        Result<QList<storage::EngagementEvent>> log =
            storage::EventLog(f.context.database).forEngagement(f.engagementId);
        bool logged = false;
        for (const storage::EngagementEvent &event : *log)
            if (event.kind == events::kPolicyPublished) {
                logged = true;
                QCOMPARE(event.actor, u"tester"_s);
                QCOMPARE(event.payload.value(u"verified"_s).toBool(), false);
                QCOMPARE(event.payload.value(u"reason"_s).toString(),
                         u"customer's DNS is changed by their provider"_s);
            }
        QVERIFY(logged);
        QCOMPARE(RolloutService(f.context).status(f.engagementId)->policyId, id);

        Result<Publication> twice = versions.publish(f.engagementId, id, nowhere(), u"x"_s);
        QCOMPARE(twice.error().code, u"policy.already-live"_s);
    }

    void enforceWaitsForReadinessOrAnOverride()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        PolicyVersions versions(f.context);
        const QString testing =
            versions.create(f.engagementId, version(mtasts::PolicyMode::Testing))->version.id;
        QVERIFY(versions.publish(f.engagementId, testing, nowhere(), u"lab"_s).ok());
        f.clock->advance(60);
        const QString enforce =
            versions.create(f.engagementId, version(mtasts::PolicyMode::Enforce))->version.id;
        Result<Publication> early = versions.publish(f.engagementId, enforce, nowhere(), u"lab"_s);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().code.startsWith(u"rollout."_s), qPrintable(early.error().code));
        QVERIFY(versions.find(f.engagementId, enforce)->isDraft());

        Result<Publication> forced = versions.publish(f.engagementId, enforce, nowhere(), u"lab"_s,
                                                      u"customer accepts the risk"_s);
        QVERIFY(forced.ok());
        QCOMPARE(forced->phaseChange, u"enforce"_s);
        QVERIFY(!versions.find(f.engagementId, testing)->isLive()); // superseded
        QCOMPARE(versions.current(f.engagementId)->value().version.id, enforce);
        const RolloutStatus status = *RolloutService(f.context).status(f.engagementId);
        QCOMPARE(status.phase, RolloutPhase::Enforce);
        QCOMPARE(status.history.last().reason, u"customer accepts the risk"_s);
    }
};

QTEST_GUILESS_MAIN(TestPolicyVersions)
#include "test_policy_versions.moc"

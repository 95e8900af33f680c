// Where an engagement stands in the wizard, from what is stored, and the page the wizard was left
// on: one answer for the wizard's step list and the main window's overview.
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "services/EngagementService.h"
#include "services/KeyService.h"
#include "services/WizardProgress.h"
#include "storage/PolicyRepository.h"
#include "storage/ProbeRepository.h"

using namespace Qt::StringLiterals;
using namespace sts;
using services::StepState;
using services::WizardStep;

class TestWizardProgress : public QObject
{
    Q_OBJECT

    static StepState stateOf(const QList<services::StepProgress> &steps, WizardStep step)
    {
        for (const services::StepProgress &s : steps)
            if (s.step == step)
                return s.state;
        qFatal("step %d missing", int(step));
    }

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (int i = 0; i < services::kWizardStepCount; ++i) {
            const auto step = WizardStep(i);
            QCOMPARE(services::wizardStepFromKey(services::wizardStepKey(step)), step);
        }
        QVERIFY(!services::wizardStepFromKey(u"nonsense"_s));
    }

    void newEngagementHasNothingStarted()
    {
        const QList<services::StepProgress> steps = services::wizardProgress(std::nullopt, 0);
        QCOMPARE(steps.size(), services::kWizardStepCount);
        for (const services::StepProgress &step : steps)
            QCOMPARE(step.state, StepState::NotStarted);
    }

    void storedEngagementFollowsItsData()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        services::WizardProgress progress(f.context);
        auto steps = progress.steps(f.engagementId);
        QVERIFY(steps);
        QCOMPARE(stateOf(*steps, WizardStep::Basics), StepState::Done);
        QCOMPARE(stateOf(*steps, WizardStep::MailServers), StepState::NotStarted);
        QCOMPARE(stateOf(*steps, WizardStep::Certificates), StepState::NotStarted);

        // A key and CSR generated: the Certificates step is done.
        KeyRequest request;
        request.hosts = {u"mx1.lab.test"_s};
        request.secretsDir = f.dir.filePath(u"secrets"_s);
        QVERIFY(KeyService(f.context).generate(f.engagementId, request));
        steps = progress.steps(f.engagementId);
        QCOMPARE(stateOf(*steps, WizardStep::Certificates), StepState::Done);
    }

    // A probe that reached no server saw no certificate: pre-flight needs attention, and the
    // Certificates step is not done because of it.
    void unreachedHostShowsNoCertificate()
    {
        services::PublishFacts facts;
        facts.engagement.domain.ace = u"example.com"_s;
        facts.engagement.domain.display = u"example.com"_s;
        storage::StoredProbe unreached;
        unreached.host = u"mail.example.com"_s;
        unreached.verdict = u"no-answer"_s;
        facts.probes = {unreached};
        QList<services::StepProgress> steps = services::wizardProgress(facts, 0);
        QCOMPARE(stateOf(steps, WizardStep::Preflight), StepState::NeedsAttention);
        QCOMPARE(stateOf(steps, WizardStep::Certificates), StepState::NotStarted);

        storage::StoredProbe reached = unreached;
        reached.verdict = u"ok"_s;
        reached.leafNotAfter = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
        facts.probes = {reached};
        steps = services::wizardProgress(facts, 0);
        QCOMPARE(stateOf(steps, WizardStep::Certificates), StepState::Done);
    }

    // Records without a TLS-RPT address are not complete: nobody would report failures.
    void recordsWithoutReportingNeedAttention()
    {
        services::PublishFacts facts;
        facts.engagement.domain.ace = u"example.com"_s;
        facts.engagement.domain.display = u"example.com"_s;
        storage::StoredPolicyVersion version;
        version.version.id = u"20261207000000"_s;
        facts.policies = {version};
        facts.settings.rua = QStringList{};
        QCOMPARE(stateOf(services::wizardProgress(facts, 0), WizardStep::Records),
                 StepState::NeedsAttention);
        facts.settings.rua = QStringList{u"mailto:tlsrpt@example.com"_s};
        QCOMPARE(stateOf(services::wizardProgress(facts, 0), WizardStep::Records), StepState::Done);
    }

    void lastStepIsLoggedOncePerChange()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        services::WizardProgress progress(f.context);
        QCOMPARE(*progress.lastStep(f.engagementId), std::optional<WizardStep>());
        QVERIFY(progress.rememberStep(f.engagementId, WizardStep::Certificates));
        QVERIFY(progress.rememberStep(f.engagementId, WizardStep::Certificates));
        QCOMPARE(*progress.lastStep(f.engagementId), WizardStep::Certificates);
        QVERIFY(progress.rememberStep(f.engagementId, WizardStep::Policy));
        QCOMPARE(*progress.lastStep(f.engagementId), WizardStep::Policy);
        int logged = 0;
        for (const auto &e : EngagementService(f.context).events(f.engagementId).valueOr({}))
            if (e.kind == events::kWizardLeft) {
                ++logged;
                QCOMPARE(e.actor, u"tester"_s);
            }
        QCOMPARE(logged, 2); // the repeated Certificates was not logged again
    }
};

QTEST_GUILESS_MAIN(TestWizardProgress)
#include "test_wizard_progress.moc"

// Issue 17's "done when": a consultant on a machine whose resolver cannot answer takes a new
// customer from an empty workspace to a published testing policy and a handover runbook in the
// GUI alone, without a dead end. Offscreen, a real MainWindow and wizard; DNS and the policy host
// point at a loopback port nobody listens on, as a blocked network looks from the desk.
//   New engagement → Rescan fails naming the resolver and the setting (not the customer's zone)
//   → Add mail server… (by hand) → the step list follows → Policy: Save as new version →
//   Records: TLS-RPT address → Save → Timeline: Publish… without proof (DNS unreachable) with a
//   reason → phase Testing → Runbook: Export PDF, which names the hand-entered mail server and
//   the live version.
#include "../wizard/WizardTestSupport.h"
#include "ChildLookup.h"
#include "TestEnv.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SettingsDialog.h"
#include "mainwindow/Workspace.h"
#include "runbook/RunbookView.h"
#include "services/PolicyVersions.h"
#include "services/RolloutService.h"
#include "services/WizardProgress.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "timeline/PolicyVersionsPanel.h"
#include "timeline/PublishDialog.h"
#include "timeline/RolloutView.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"
#include "wizard/ManualMxDialog.h"
#include "wizard/WizardStepList.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

class TestOfflineGuiFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Workspace *m_workspace = nullptr;
    EngagementWizard *m_wizard = nullptr;
    QString m_deadResolver;
    qint64 m_id = 0;
    QString m_versionId;

    services::StepState stepState(services::WizardStep step) const
    {
        return child<WizardStepList>(m_wizard, u"wizardStepList"_s)->stateOf(step);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_offline_gui_flow"_s);
        QUdpSocket probe; // a loopback port nobody listens on, for DNS and the policy host
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        m_deadResolver = u"127.0.0.1:%1"_s.arg(probe.localPort());
        probe.close();
        AppSettings::setResolver(m_deadResolver);
        AppSettings::setPolicyHostConnect(m_deadResolver);

        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::make_unique<Workspace>(*db, Clock::system()));
        m_workspace = m_window->workspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void createTheEngagement()
    {
        m_wizard = m_window->newEngagement();
        QVERIFY(m_wizard);
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::keyClicks(child<QLineEdit>(m_wizard, u"customer"_s), u"Beispiel AG"_s);
        QTest::keyClicks(child<QLineEdit>(m_wizard, u"domain"_s), u"example.com"_s);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::MailServersPageId));
        m_id = m_wizard->engagementId();
        QVERIFY(m_id > 0);
    }

    // The scan fails because of the resolver: the message names it and the setting, and does not
    // say that the customer's domain does not exist or is bogus.
    void offlineScanBlamesTheResolver()
    {
        auto *rescan = child<QPushButton>(m_wizard, u"rescanButton"_s);
        QTest::mouseClick(rescan, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rescan->isEnabled(), 60000);
        auto *error = child<QLabel>(m_wizard, u"discoveryError"_s);
        QTRY_VERIFY(error->isVisible());
        const QString text = error->text();
        QVERIFY2(text.contains(m_deadResolver), qPrintable(text));
        QVERIFY2(text.contains(u"File → Settings…"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"does not exist"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"bogus"_s), qPrintable(text));
        QCOMPARE(stepState(services::WizardStep::MailServers), services::StepState::NotStarted);

        // The setting the message points to can be reached without leaving the wizard.
        bool seen = false;
        test::whenModal<SettingsDialog>(
            [](SettingsDialog *settings) {
                QVERIFY(settings->findChild<QLineEdit *>(u"settingsResolver"_s));
                settings->reject();
            },
            &seen);
        QTest::mouseClick(child<QPushButton>(m_wizard, u"lookupSettingsButton"_s), Qt::LeftButton);
        QTRY_VERIFY(seen);

        // The DNSSEC page says the scan failed and why, not "no scan yet".
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::DnssecPageId));
        const QString dnssec = child<QLabel>(m_wizard, u"dnssecStatus"_s)->text();
        QVERIFY2(dnssec.contains(u"the scan did not complete"_s), qPrintable(dnssec));
        QVERIFY2(dnssec.contains(m_deadResolver), qPrintable(dnssec));
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::MailServersPageId));
    }

    // No dead end: the mail server is entered by hand, and the steps after it work with it.
    void mailServerEnteredByHand()
    {
        QTest::mouseClick(child<QPushButton>(m_wizard, u"addMailServerButton"_s), Qt::LeftButton);
        ManualMxDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_wizard->findChild<ManualMxDialog *>()) != nullptr);
        child<QLineEdit>(dialog, u"manualMxHost"_s)->setText(u"mail.example.com"_s);
        child<QLineEdit>(dialog, u"manualMxAddresses"_s)->setText(u"192.0.2.25"_s);
        QPointer<ManualMxDialog> open = dialog;
        QTest::keyClick(child<QLineEdit>(dialog, u"manualMxAddresses"_s), Qt::Key_Return);
        QTRY_VERIFY(!open || !open->isVisible());
        auto *table = child<QTableWidget>(m_wizard, u"mailServersTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, MailServersPage::HostColumn)->text(), u"mail.example.com"_s);
        QCOMPARE(table->item(0, MailServersPage::OriginColumn)->text(), u"entered by hand"_s);
        QTRY_COMPARE(stepState(services::WizardStep::MailServers), services::StepState::Done);
    }

    void policyVersionSaved()
    {
        for (int i = 0; i < 6 && m_wizard->currentId() != EngagementWizard::PolicyPageId; ++i)
            QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::PolicyPageId));
        QTest::mouseClick(child<QPushButton>(m_wizard, u"saveVersionButton"_s), Qt::LeftButton);
        Result<QList<StoredPolicyVersion>> versions =
            PolicyVersions(m_workspace->context()).list(m_id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 1);
        m_versionId = versions->first().version.id;
        QCOMPARE(versions->first().version.policy.mxTexts(), QStringList{u"mail.example.com"_s});
        QCOMPARE(stepState(services::WizardStep::Policy), services::StepState::Done);
    }

    void reportingAddressAndSave()
    {
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::RecordsPageId));
        QTest::keyClicks(child<QLineEdit>(m_wizard, u"ruaEdit"_s), u"mailto:tls@example.com"_s);
        QSignalSpy accepted(m_wizard, &QWizard::accepted);
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        Result<QList<services::StepProgress>> steps =
            services::WizardProgress(m_workspace->context()).steps(m_id);
        QVERIFY(steps.ok());
        for (const services::StepProgress &step : *steps)
            if (step.step == services::WizardStep::Records)
                QCOMPARE(step.state, services::StepState::Done);
    }

    // DNS cannot be asked: the Publish dialog says the proof did not come, and publishing
    // without it needs a reason. The rollout starts in Testing.
    void publishedWithoutProofOnTheTimeline()
    {
        auto *view = m_window->findChild<EngagementView *>();
        QVERIFY(view);
        RolloutView *rollout = view->rolloutView();
        PublishDialog *dialog = rollout->versionsPanel()->publish(m_versionId);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QVERIFY(!dialog->canPublish());
        child<QCheckBox>(dialog, u"withoutProof"_s)->setChecked(true);
        QVERIFY(!dialog->canPublish());
        QTest::keyClicks(child<QLineEdit>(dialog, u"proofReason"_s),
                         u"DNS not reachable from the desk; customer publishes"_s);
        QVERIFY(dialog->canPublish());
        QTest::mouseClick(child<QPushButton>(dialog, u"publishButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->publication().has_value(), 60000);
        dialog->close();
        Result<RolloutStatus> status = RolloutService(m_workspace->context()).status(m_id);
        QVERIFY(status.ok());
        QCOMPARE(status->phase, RolloutPhase::Testing);
        QCOMPARE(status->policyId, m_versionId);
    }

    void runbookExported()
    {
        auto *runbook = m_window->findChild<RunbookView *>();
        QVERIFY(runbook);
        const QString pdf = m_dir.filePath(u"runbook.pdf"_s);
        QSignalSpy finished(runbook, &RunbookView::finished);
        runbook->exportPdf(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !runbook->isBusy(), 120000);
        // The preview may finish first; the export's signal is the one that names the file.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), 120000);
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(u"mail.example.com"_s), "the runbook lacks the mail server");
        QVERIFY2(content.contains(u"entered by hand"_s), "the hand entry is not marked");
        QVERIFY2(content.contains(m_versionId), "the runbook lacks the live version");
    }
};

QTEST_MAIN(TestOfflineGuiFlow)
#include "test_offline_gui_flow.moc"

// The Timeline's policy versions and rollout controls on a real workspace: the list, New
// version's defaults, Publish with and without proof, the guarded Enforce, Roll back and
// Acknowledge. Verification looks at a resolver and a policy host that do not answer (loopback
// ports nobody listens on), so it fails the way an unpublished version fails.
#include "ChildLookup.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/LookupSettings.h"
#include "mainwindow/SettingsDialog.h"
#include "mainwindow/Workspace.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookLanguage.h"
#include "services/EngagementService.h"
#include "services/PolicyVersions.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "timeline/AcknowledgeDialog.h"
#include "timeline/DayStrip.h"
#include "timeline/NewVersionDialog.h"
#include "timeline/PolicyVersionsPanel.h"
#include "timeline/PublishDialog.h"
#include "timeline/RolloutControls.h"
#include "timeline/RolloutView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using namespace sts::runbook;
using sts::test::child;

class TestRolloutControls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RolloutView> m_view;
    qint64 m_freshId = 0; // the engagement the rollout tests walk through, one step each

    qint64 newEngagement(const QString &domain)
    {
        Engagement draft;
        draft.customer = domain;
        draft.domain.ace = domain;
        Result<Engagement> created = m_workspace->engagements().create(draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }

    RolloutPhase phase(qint64 id)
    {
        Result<RolloutStatus> status = RolloutService(m_workspace->context()).status(id);
        return status ? status->phase : RolloutPhase::Discovery;
    }

    QString cell(int row, int column)
    {
        QTableWidget *table = m_view->versionsPanel()->table();
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    // Dialogs close with WA_DeleteOnClose: wait until gone, so that the next findChild finds the
    // next one.
    void closeAndWait(QDialog *dialog)
    {
        dialog->close();
        QTRY_VERIFY(m_view->findChild<PublishDialog *>() == nullptr);
    }

    // Waits for the dialog's verification (which fails here), then publishes without proof.
    static void publishWithoutProof(PublishDialog *dialog, const QString &reason)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QVERIFY(!dialog->canPublish());
        auto *withoutProof = child<QCheckBox>(dialog, u"withoutProof"_s);
        QVERIFY(withoutProof->isVisibleTo(dialog));
        withoutProof->setChecked(true);
        QVERIFY(!dialog->canPublish()); // the reason is required
        QTest::keyClicks(child<QLineEdit>(dialog, u"proofReason"_s), reason);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_rollout_controls"_s);
        // A loopback port nobody listens on, for DNS and for the policy host.
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.localPort();
        probe.close();
        AppSettings::setResolver(u"127.0.0.1:%1"_s.arg(deadPort));
        AppSettings::setPolicyHostConnect(u"127.0.0.1:%1"_s.arg(deadPort));

        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(
            *db,
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)));
        m_view = std::make_unique<RolloutView>();
        m_view->setWorkspace(m_workspace.get());
        m_view->resize(1100, 900);
        m_view->show();
    }

    void settingsGiveTheTargets()
    {
        QVERIFY(AppSettings::isValidConnectOverride(u"127.0.0.1:8443"_s));
        QVERIFY(AppSettings::isValidConnectOverride(u"[::1]:443"_s));
        QVERIFY(!AppSettings::isValidConnectOverride(u"127.0.0.1"_s)); // the port is required
        QVERIFY(!AppSettings::isValidConnectOverride(u"host:99999"_s));

        // The Settings dialog takes it, refuses it without a port, and verification uses it.
        const QString before = AppSettings::policyHostConnect();
        SettingsDialog dialog;
        auto *host = child<QLineEdit>(&dialog, u"settingsPolicyHost"_s);
        QCOMPARE(host->text(), before);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        host->setText(u"127.0.0.1"_s);
        QVERIFY(!ok->isEnabled());
        host->setText(u"[::1]:8443"_s);
        QVERIFY(ok->isEnabled());
        dialog.save();
        Result<services::PublicationTargets> targets = publicationTargetsFromSettings();
        QVERIFY(targets.ok());
        QCOMPARE(targets->https.connectHost, u"::1"_s);
        QCOMPARE(targets->https.port, quint16(8443));
        QCOMPARE(targets->dns.resolver.describe(), AppSettings::resolver());
        AppSettings::setPolicyHostConnect(before);
    }

    // Before testing no day can be clean: the strip says what starts the count instead of showing
    // a month of question marks; in testing it shows the days.
    void stripSaysWhenTestingHasNotStarted()
    {
        const qint64 id = newEngagement(u"notyet.example"_s);
        m_view->showEngagement(id);
        QCOMPARE(child<QLabel>(m_view.get(), u"testingStretchTitle"_s)->text(),
                 u"Testing stretch"_s);
        QVERIFY(m_view->stretchPlaceholder().contains(u"Testing has not started yet"_s));
        QVERIFY(child<DayStrip>(m_view.get(), u"dayStrip"_s)->days().isEmpty());

        PolicyVersions versions(m_workspace->context());
        NewPolicyVersion testing;
        testing.mx = QStringList{u"mx.notyet.example"_s};
        auto draft = versions.create(id, testing);
        QVERIFY(draft.ok());
        QVERIFY(versions.publish(id, draft->version.id, {}, u"records at the customer"_s).ok());
        if (phase(id) != RolloutPhase::Testing)
            QVERIFY(
                RolloutService(m_workspace->context()).startTesting(id, draft->version.id).ok());
        QCOMPARE(phase(id), RolloutPhase::Testing);
        m_view->refresh();
        QCOMPARE(child<QLabel>(m_view.get(), u"testingStretchTitle"_s)->text(),
                 u"Current testing stretch"_s);
        QVERIFY(!m_view->stretchPlaceholder().contains(u"Testing has not started"_s));
    }

    void listsTheVersions()
    {
        const qint64 id = newEngagement(u"listed.example"_s);
        PolicyVersions versions(m_workspace->context());
        NewPolicyVersion testing;
        testing.mx = QStringList{u"mx.listed.example"_s};
        auto first = versions.create(id, testing);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        auto live = versions.publish(id, first->version.id, {}, u"records at the customer"_s);
        QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error().message));
        auto second =
            versions.create(id, {mtasts::PolicyMode::Enforce, std::nullopt, std::nullopt});
        QVERIFY(second.ok());

        m_view->showEngagement(id);
        QCOMPARE(m_view->versionsPanel()->table()->rowCount(), 2);
        using P = PolicyVersionsPanel;
        QCOMPARE(cell(0, P::IdColumn), first->version.id);
        QCOMPARE(cell(0, P::ModeColumn), u"testing"_s);
        QCOMPARE(cell(0, P::MaxAgeColumn), u"86400"_s);
        QCOMPARE(cell(0, P::MxColumn), u"mx.listed.example"_s);
        QCOMPARE(cell(0, P::StateColumn), u"live"_s);
        QVERIFY(cell(0, P::PublishedColumn) != u"—"_s);
        QCOMPARE(cell(0, P::ProofColumn), u"without proof: records at the customer"_s);
        QCOMPARE(cell(1, P::ModeColumn), u"enforce"_s);
        QCOMPARE(cell(1, P::MaxAgeColumn), u"604800"_s);
        QCOMPARE(cell(1, P::MxColumn), u"mx.listed.example"_s); // from the live version
        QCOMPARE(cell(1, P::StateColumn), u"draft"_s);
        QCOMPARE(cell(1, P::PublishedColumn), u"—"_s);
        QVERIFY(cell(1, P::ProofColumn).startsWith(u"not verified"_s));
        QVERIFY(second->version.id > first->version.id);
        // The newest draft is the one selected to publish next.
        QCOMPARE(m_view->versionsPanel()->selectedVersion()->version.id, second->version.id);
        QVERIFY(child<QPushButton>(m_view.get(), u"publishVersionButton"_s)->isEnabled());
    }

    void newVersionMakesADraftWithTheModesDefaults()
    {
        const qint64 id = m_freshId = newEngagement(u"fresh.example"_s);
        m_view->showEngagement(id);
        QCOMPARE(m_view->versionsPanel()->table()->rowCount(), 0);
        NewVersionDialog *dialog = m_view->versionsPanel()->newVersion();
        QVERIFY(dialog);
        auto *mode = child<QComboBox>(dialog, u"newVersionMode"_s);
        auto *maxAge = child<QSpinBox>(dialog, u"newVersionMaxAge"_s);
        QCOMPARE(mode->currentText(), u"testing"_s);
        QCOMPARE(maxAge->value(), 86400);
        mode->setCurrentIndex(mode->findText(u"enforce"_s));
        QCOMPARE(maxAge->value(), 604800);
        mode->setCurrentIndex(mode->findText(u"testing"_s));
        QCOMPARE(maxAge->value(), 86400);

        // No patterns and no discovery to suggest them from: the use case says so, in the dialog.
        QTest::mouseClick(child<QPushButton>(dialog, u"createVersionButton"_s), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, u"newVersionError"_s);
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY2(error->text().contains(u"mx pattern"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());

        child<QPlainTextEdit>(dialog, u"newVersionMx"_s)->setPlainText(u"mx.fresh.example"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"createVersionButton"_s), Qt::LeftButton);
        QVERIFY(dialog->created().has_value());
        QTRY_VERIFY(m_view->findChild<NewVersionDialog *>() == nullptr); // closed

        Result<QList<StoredPolicyVersion>> stored = PolicyVersions(m_workspace->context()).list(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QVERIFY(stored->first().isDraft());
        QCOMPARE(stored->first().version.policy.mode, mtasts::PolicyMode::Testing);
        QCOMPARE(stored->first().version.policy.maxAge, 86400);
        QCOMPARE(stored->first().version.policy.mxTexts(), QStringList{u"mx.fresh.example"_s});
        QCOMPARE(m_view->versionsPanel()->table()->rowCount(), 1);
        QCOMPARE(cell(0, PolicyVersionsPanel::StateColumn), u"draft"_s);

        // A max_age the consultant typed survives a change of mode.
        NewVersionDialog *again = m_view->versionsPanel()->newVersion(mtasts::PolicyMode::Enforce);
        auto *againAge = child<QSpinBox>(again, u"newVersionMaxAge"_s);
        QCOMPARE(againAge->value(), 604800);
        againAge->setValue(1209600);
        auto *againMode = child<QComboBox>(again, u"newVersionMode"_s);
        againMode->setCurrentIndex(againMode->findText(u"testing"_s));
        QCOMPARE(againAge->value(), 1209600);
        again->reject();
    }

    // Start testing with the draft made above: verification fails, the version goes live on the
    // consultant's word with a reason, and the rollout moves to testing.
    void publishWithoutProofMakesItLiveAndStartsTesting()
    {
        const qint64 id = m_freshId;
        QCOMPARE(phase(id), RolloutPhase::Discovery);
        RolloutControls *controls = m_view->controls();
        QVERIFY(child<QPushButton>(controls, u"startTestingButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(controls, u"enforceButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(controls, u"rollBackButton"_s)->isEnabled());

        controls->startTesting(); // the testing draft exists: straight to Publish
        auto *dialog = m_view->findChild<PublishDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isBusy()); // verifying first, off the GUI thread
        publishWithoutProof(dialog, u"customer publishes tonight"_s);
        QVERIFY2(dialog->messageText().contains(u"did not finish"_s) ||
                     dialog->messageText().contains(u"do not see"_s),
                 qPrintable(dialog->messageText()));
        QVERIFY(dialog->canPublish());
        QTest::mouseClick(child<QPushButton>(dialog, u"publishButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->publication().has_value(), 60000);
        QVERIFY(!dialog->publication()->verified);
        QCOMPARE(dialog->publication()->phaseChange, u"testing"_s);

        Result<std::optional<StoredPolicyVersion>> live =
            PolicyVersions(m_workspace->context()).current(id);
        QVERIFY(live.ok() && live->has_value());
        QCOMPARE((*live)->publishReason, u"customer publishes tonight"_s);
        QCOMPARE(phase(id), RolloutPhase::Testing);
        QCOMPARE(cell(0, PolicyVersionsPanel::StateColumn), u"live"_s);
        QCOMPARE(cell(0, PolicyVersionsPanel::ProofColumn),
                 u"without proof: customer publishes tonight"_s);
        QVERIFY(!child<QPushButton>(controls, u"startTestingButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(controls, u"enforceButton"_s)->isEnabled());
        closeAndWait(dialog);
    }

    // Not ready (no reports at all): Enforce leads to a new enforce draft and its Publish
    // dialog, which refuses until the override is given a reason.
    void enforceIsGuardedAndTakesAnOverrideReason()
    {
        const qint64 id = m_freshId;
        QCOMPARE(phase(id), RolloutPhase::Testing);
        RolloutControls *controls = m_view->controls();
        QVERIFY(controls->hintText().contains(u"guarded"_s));

        controls->enforce(); // no enforce draft yet: New version first, preset to enforce
        auto *create = m_view->findChild<NewVersionDialog *>();
        QVERIFY(create);
        QCOMPARE(create->mode(), mtasts::PolicyMode::Enforce);
        QCOMPARE(child<QSpinBox>(create, u"newVersionMaxAge"_s)->value(), 604800);
        QTest::mouseClick(child<QPushButton>(create, u"createVersionButton"_s), Qt::LeftButton);

        PublishDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<PublishDialog *>()) != nullptr);
        auto *step = child<QLabel>(dialog, u"publishStep"_s);
        QVERIFY2(step->text().contains(u"Not ready for enforce"_s), qPrintable(step->text()));
        auto *stepReason = child<QLineEdit>(dialog, u"stepReason"_s);
        QVERIFY(stepReason->isVisibleTo(dialog));
        publishWithoutProof(dialog, u"records checked by phone"_s);
        QVERIFY(!dialog->canPublish()); // the override still lacks its reason
        QVERIFY(!child<QPushButton>(dialog, u"publishButton"_s)->isEnabled());
        QTest::keyClicks(stepReason, u"customer accepts the risk"_s);
        QVERIFY(dialog->canPublish());
        dialog->publish();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->publication().has_value(), 60000);
        QCOMPARE(dialog->publication()->phaseChange, u"enforce"_s);

        Result<RolloutStatus> status = RolloutService(m_workspace->context()).status(id);
        QVERIFY(status.ok());
        QCOMPARE(status->phase, RolloutPhase::Enforce);
        QCOMPARE(status->history.last().reason, u"customer accepts the risk"_s);
        QVERIFY(child<QPushButton>(controls, u"rollBackButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(controls, u"enforceButton"_s)->isEnabled());
        // The max_age wait of the enforce policy, with its date (now + 7 days).
        QVERIFY2(controls->hintText().contains(u"9 November 2026"_s),
                 qPrintable(controls->hintText()));
        closeAndWait(dialog);
    }

    // Enforce handed over: monitoring starts with a reason, no new version; Roll back stays
    // possible from there.
    void monitoringStartsFromEnforce()
    {
        const qint64 id = m_freshId;
        QCOMPARE(phase(id), RolloutPhase::Enforce);
        auto *button = child<QPushButton>(m_view.get(), u"startMonitoringButton"_s);
        QVERIFY(button->isEnabled());
        const int versions = int(PolicyVersions(m_workspace->context()).list(id)->size());
        m_view->controls()->setReasonPrompt(
            [](QWidget *, const QString &, const QString &, bool) -> std::optional<QString> {
                return u"handed over to the customer's team"_s;
            });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(phase(id), RolloutPhase::Monitoring);
        QCOMPARE(RolloutService(m_workspace->context()).status(id)->history.last().reason,
                 u"handed over to the customer's team"_s);
        QCOMPARE(int(PolicyVersions(m_workspace->context()).list(id)->size()), versions);
        QTRY_VERIFY(!button->isEnabled()); // once in Monitoring
        QVERIFY(child<QPushButton>(m_view.get(), u"rollBackButton"_s)->isEnabled());
    }

    void rollBackPublishesATestingVersionWithAReason()
    {
        const qint64 id = m_freshId;
        m_view->controls()->rollBack();
        auto *create = m_view->findChild<NewVersionDialog *>();
        QVERIFY(create); // the first testing version is live, not a draft: a new one is made
        QCOMPARE(create->mode(), mtasts::PolicyMode::Testing);
        QTest::mouseClick(child<QPushButton>(create, u"createVersionButton"_s), Qt::LeftButton);
        PublishDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<PublishDialog *>()) != nullptr);
        auto *step = child<QLabel>(dialog, u"publishStep"_s);
        QVERIFY2(step->text().contains(u"max_age"_s), qPrintable(step->text()));
        publishWithoutProof(dialog, u"lab"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"stepReason"_s), u"Microsoft fails"_s);
        dialog->publish();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->publication().has_value(), 60000);
        QCOMPARE(phase(id), RolloutPhase::Testing);
        closeAndWait(dialog);
    }

    void acknowledgeRecordsTheReason()
    {
        const qint64 id = m_freshId;
        AcknowledgeDialog *dialog = m_view->controls()->acknowledge();
        QVERIFY(dialog);
        dialog->setDay(QDate(2026, 11, 1));
        child<QComboBox>(dialog, u"ackSender"_s)->setEditText(u"Google LLC"_s);
        auto *ok = child<QPushButton>(dialog, u"ackButton"_s);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(child<QLineEdit>(dialog, u"ackReason"_s), u"their proxy strips TLS"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        Result<RolloutStatus> status = RolloutService(m_workspace->context()).status(id);
        QVERIFY(status.ok());
        QCOMPARE(status->acknowledgements.size(), 1);
        QCOMPARE(status->acknowledgements.first().sender, u"Google LLC"_s);
        QCOMPARE(status->acknowledgements.first().why, u"their proxy strips TLS"_s);
    }

    // The runbook tells the customer where the consultant rolls back: the same words as the
    // Timeline's controls.
    void runbookNamesTheRollBackControl()
    {
        const QDateTime now = m_workspace->clock()->now();
        const RunbookLanguage language(u"en"_s);
        RunbookOptions options;
        options.language = u"en"_s;
        options.now = now;
        Result<RunbookData> data =
            loadRunbookData(m_workspace->databasePtr(), m_freshId, now, language.text());
        QVERIFY(data.ok());
        const RunbookDocument document = RunbookBuilder(*data, options, language).build();
        QString rollback;
        for (const RunbookSection &section : document.sections)
            if (section.key == u"rollback"_s)
                rollback = section.html;
        RolloutControls *controls = m_view->controls();
        const QString button =
            child<QPushButton>(controls, u"rollBackButton"_s)->text().remove(u'&').remove(u'…');
        const QString path = u"STS Desk: Timeline → %1 → %2"_s.arg(controls->title(), button);
        QVERIFY2(rollback.contains(path), qPrintable(path));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestRolloutControls)
#include "test_rollout_controls.moc"

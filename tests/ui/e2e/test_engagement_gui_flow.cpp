// One engagement from discovery to enforce through the GUI's widgets and their own runners,
// offscreen, against real servers: Knot serving the DNSSEC-signed dyn.test and taking RFC 2136
// updates (DnsLabDynamic), nginx serving the policy with a certificate of the test CA. It is
// tests/integration/engagement/test_engagement_flow.cpp done the way a consultant clicks it:
//   Mail servers page (Rescan) → Timeline "New version…" (testing) → file served → Records page
//   "Push to DNS server…" → Timeline "Publish…" (verified, phase Testing) → 16 days of clean
//   reports imported on the Timeline → clock 16 days on → banner ready → "New version…"
//   (enforce) → served and pushed → "Publish…" (verified, no override) → phase Enforce → the
//   runbook lists both versions as published.
// The workspace's clock is fixed and moved on (readiness needs 14 days in testing); DNSSEC
// signatures are checked against the real time. Each step checks what the GUI shows and what
// is stored; the later ones build on the earlier ones' state.
#include "TestEnv.h"
#include "dnslab/DnsLabDynamic.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "nginx/NginxServer.h"
#include "nginx/PolicyHostLab.h"
#include "reports/TlsReportWriter.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookLanguage.h"
#include "services/PolicyVersions.h"
#include "services/RecordPush.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/DiscoveryRepository.h"
#include "timeline/NewVersionDialog.h"
#include "timeline/PolicyVersionsPanel.h"
#include "timeline/PublishDialog.h"
#include "timeline/RolloutView.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"
#include "wizard/RecordPushDialog.h"
#include "wizard/RecordsPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using namespace sts::ui;

namespace {
constexpr int kNetworkTimeoutMs = 60000; // a whole verification or discovery against the labs
}

class TestEngagementGuiFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_dns;
    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<PolicyHostLab> m_policyHost;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    Workspace *m_workspace = nullptr; // the main window's
    RolloutView *m_view = nullptr;    // the main window's Timeline
    EngagementWizard *m_wizard = nullptr;
    QString m_keyFile;
    qint64 m_id = 0;
    QString m_testingId, m_enforceId;
    QDate m_testingDay;

    PolicyVersionsPanel *panel() const { return m_view->versionsPanel(); }
    Result<RolloutStatus> status() const
    {
        return RolloutService(m_workspace->context()).status(m_id);
    }
    // The hosting step: the version's file where nginx serves it (what a consultant uploads).
    bool serve(const QString &policyId) const
    {
        Result<StoredPolicyVersion> version =
            PolicyVersions(m_workspace->context()).find(m_id, policyId);
        return version.ok() && m_policyHost->serve(version->body);
    }
    QString stsTxtOf(const QString &policyId) const
    {
        return u"\"v=STSv1; id=%1;\""_s.arg(policyId);
    }
    // The _mta-sts TXT value the Records page shows (and its push dialog would send).
    static QString stsTxtShown(const RecordsPage &page)
    {
        for (const records::DnsRecordSpec &record : page.recordSet()->records())
            if (record.owner.startsWith(u"_mta-sts."_s))
                return record.rdata();
        return {};
    }
    int rowOf(const QString &policyId) const
    {
        QTableWidget *table = panel()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PolicyVersionsPanel::IdColumn)->text() == policyId)
                return row;
        return -1;
    }
    QString cell(const QString &policyId, int column) const
    {
        const int row = rowOf(policyId);
        return row < 0 ? QString() : panel()->table()->item(row, column)->text();
    }

    // "New version…" on the Timeline's versions panel; returns the draft's id.
    QString newVersion(mtasts::PolicyMode mode, const QString &mx)
    {
        NewVersionDialog *dialog = panel()->newVersion(mode);
        if (!dialog)
            return {};
        if (!mx.isEmpty())
            dialog->findChild<QPlainTextEdit *>(u"newVersionMx"_s)->setPlainText(mx);
        QSignalSpy created(dialog, &NewVersionDialog::versionCreated);
        dialog->findChild<QPushButton *>(u"createVersionButton"_s)->click();
        if (created.count() != 1)
            return {};
        return created.first().first().value<StoredPolicyVersion>().version.id;
    }

    // A draft as the versions panel shows it and as it is stored, mx *.dyn.test.
    void checkDraft(const QString &policyId, const QString &mode, qint64 maxAge) const
    {
        QCOMPARE(cell(policyId, PolicyVersionsPanel::ModeColumn), mode);
        QCOMPARE(cell(policyId, PolicyVersionsPanel::MaxAgeColumn), QString::number(maxAge));
        QCOMPARE(cell(policyId, PolicyVersionsPanel::StateColumn), u"draft"_s);
        Result<StoredPolicyVersion> stored =
            PolicyVersions(m_workspace->context()).find(m_id, policyId);
        QVERIFY(stored.ok());
        QVERIFY(stored->isDraft());
        QCOMPARE(mtasts::policyModeName(stored->version.policy.mode), mode);
        QCOMPARE(stored->version.policy.maxAge, maxAge);
        QCOMPARE(stored->version.policy.mxTexts(), QStringList{u"*.dyn.test"_s});
    }

    // The Records page's "Push to DNS server…": the page's records to Knot with the TSIG key.
    // Returns the TXT value the page's _mta-sts record carried.
    QString pushFromRecordsPage()
    {
        RecordsPage page(m_workspace, [this] { return m_id; });
        page.initializePage();
        if (!page.recordSet())
            return u"no records"_s;
        const QString txt = stsTxtShown(page);
        page.findChild<QPushButton *>(u"pushButton"_s)->click();
        auto *dialog = page.findChild<RecordPushDialog *>(u"recordPushDialog"_s);
        if (!dialog)
            return u"no dialog"_s;
        dialog->findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_dns->host());
        dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(m_dns->port());
        dialog->findChild<QLineEdit *>(u"keyFileEdit"_s)->setText(m_keyFile);
        QSignalSpy finished(dialog, &RecordPushDialog::finished);
        dialog->findChild<QPushButton *>(u"pushButton"_s)->click();
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 30000))
            return u"push did not finish"_s;
        const QString message = dialog->findChild<QLabel *>(u"pushMessage"_s)->text();
        if (!finished.first().first().toBool())
            return u"push failed: "_s + message;
        auto *table = dialog->findChild<QTableWidget *>(u"pushResults"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, RecordPushDialog::ResultColumn)->text() != u"Served as sent"_s &&
                !table->item(row, RecordPushDialog::ResultColumn)->text().startsWith(u"Not sent"_s))
                return u"not served: "_s + table->item(row, RecordPushDialog::NameColumn)->text();
        dialog->close();
        return txt;
    }

    // "Publish…" for `policyId` on the versions panel: it verifies first; publishes when the
    // verification passed. Returns the publication (checked by the caller).
    std::optional<Publication> publishFromPanel(const QString &policyId)
    {
        PublishDialog *dialog = panel()->publish(policyId);
        if (!dialog)
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, kNetworkTimeoutMs))
            return std::nullopt;
        if (!dialog->check() || !dialog->check()->ok || !dialog->canPublish()) {
            qWarning("verification failed: %s", qPrintable(dialog->messageText()));
            return std::nullopt;
        }
        QSignalSpy published(dialog, &PublishDialog::published);
        dialog->findChild<QPushButton *>(u"publishButton"_s)->click();
        if (!QTest::qWaitFor([&] { return published.count() == 1; }, kNetworkTimeoutMs)) {
            qWarning("not published: %s", qPrintable(dialog->messageText()));
            return std::nullopt;
        }
        std::optional<Publication> publication = dialog->publication();
        dialog->close();
        return publication;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!NginxServer::available())
            QSKIP("nginx is not installed");
        STSDESK_START_DYNAMIC_LAB(m_dns);
        m_lab = std::make_unique<LabDir>(u"guiflow"_s);
        QVERIFY(m_lab->isValid());
        m_policyHost = std::make_unique<PolicyHostLab>(*m_lab, m_dns->domain());
        QVERIFY2(m_policyHost->start(), qPrintable(m_policyHost->errorString()));
        m_keyFile = m_dns->writeKeyFile(m_lab->filePath(u"tsig.key"_s),
                                        QFile::ReadOwner | QFile::WriteOwner);

        // What the consultant's Settings dialog stores; the pages and dialogs read it.
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_engagement_gui_flow"_s);
        AppSettings::setResolver(m_dns->resolverSpec());
        AppSettings::setTrustAnchorFile(m_dns->trustAnchorFile());
        AppSettings::setCaFile(m_policyHost->caFile());
        AppSettings::setPolicyHostConnect(m_policyHost->connectSpec());

        m_clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc());
        m_testingDay = m_clock->now().date();
        storage::DatabaseLocation location;
        location.sqlitePath = m_lab->filePath(u"ws.sqlite"_s);
        Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::make_unique<Workspace>(*db, m_clock));
        m_workspace = m_window->workspace();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_policyHost.reset();
        m_dns.reset();
    }

    // File → New engagement: the wizard's first page, typed; Next creates the engagement.
    void createEngagementInTheWizard()
    {
        m_wizard = m_window->newEngagement();
        QVERIFY(m_wizard);
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>(u"customer"_s), u"Dyn AG"_s);
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>(u"domain"_s), m_dns->domain());
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::MailServersPageId));
        m_id = m_wizard->engagementId();
        QVERIFY(m_id > 0);
        Result<Engagement> stored = m_workspace->engagements().get(m_id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->customer, u"Dyn AG"_s);
        QCOMPARE(stored->domain.ace, m_dns->domain());
    }

    // "Mail servers": Rescan against the Knot lab with the resolver and trust anchor of Settings.
    void discoveryOnTheMailServersPage()
    {
        MailServersPage *page = m_wizard->mailServersPage();
        QVERIFY(!page->latest());
        QSignalSpy saved(page, &MailServersPage::snapshotSaved);
        QTest::mouseClick(page->findChild<QPushButton *>(u"rescanButton"_s), Qt::LeftButton);
        QVERIFY(page->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkTimeoutMs);
        QTRY_VERIFY(!page->isRunning());
        auto *error = page->findChild<QLabel *>(u"discoveryError"_s);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));

        auto *table = page->findChild<QTableWidget *>(u"mailServersTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString host = table->item(row, MailServersPage::HostColumn)->text();
            QVERIFY2(host.endsWith(u".dyn.test"_s), qPrintable(host));
        }
        storage::DiscoveryRepository repo(m_workspace->databasePtr());
        auto stored = repo.list(m_id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QVERIFY(page->latest());
        QCOMPARE(page->latest()->report.hosts.size(), 2);

        // Done with the wizard for now; the rollout continues on the engagement's Timeline.
        m_wizard->reject();
        m_wizard = nullptr;
        m_window->openEngagement(m_id);
        m_window->engagementView()->setCurrentSection(EngagementView::TimelineSection);
        m_view = m_window->engagementView()->rolloutView();
        QVERIFY(m_view);
        QTRY_COMPARE(panel()->versions().size(), 0);
        QCOMPARE(panel()->table()->rowCount(), 0);
    }

    void testingDraftFromTheTimeline()
    {
        m_testingId = newVersion(mtasts::PolicyMode::Testing, u"*.dyn.test"_s);
        QVERIFY(!m_testingId.isEmpty());
        QCOMPARE(panel()->messageText(), u"Draft %1 saved."_s.arg(m_testingId));
        checkDraft(m_testingId, u"testing"_s, 86400);
    }

    void testingServedAndPushed()
    {
        QVERIFY(serve(m_testingId));
        // No version is live: the page's records carry the newest draft's id.
        const QString pushed = pushFromRecordsPage();
        QCOMPARE(pushed, stsTxtOf(m_testingId));
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s), QStringList{stsTxtOf(m_testingId)});
        // The push is in the log: the next dialog starts from it.
        auto last = services::RecordPush(m_workspace->context()).lastTarget(m_id);
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE((*last)->keyFile, m_keyFile);
    }

    void testingPublishedVerified()
    {
        std::optional<Publication> published = publishFromPanel(m_testingId);
        QVERIFY(published);
        QVERIFY(published->verified);
        QVERIFY(published->check.stsTxtSecure);
        QVERIFY(published->check.servedEqual);
        QCOMPARE(published->phaseChange, u"testing"_s);
        QCOMPARE(panel()->messageText(), u"Version %1 is live."_s.arg(m_testingId));
        QCOMPARE(cell(m_testingId, PolicyVersionsPanel::StateColumn), u"live"_s);
        QVERIFY2(cell(m_testingId, PolicyVersionsPanel::ProofColumn).startsWith(u"verified"_s),
                 qPrintable(cell(m_testingId, PolicyVersionsPanel::ProofColumn)));

        Result<RolloutStatus> rollout = status();
        QVERIFY(rollout.ok());
        QCOMPARE(rollout->phase, RolloutPhase::Testing);
        QCOMPARE(rollout->policyId, m_testingId);
        QVERIFY(!rollout->readyForEnforce());
        QVERIFY2(!m_view->bannerText().contains(u"Ready for enforce"_s),
                 qPrintable(m_view->bannerText()));
    }

    void cleanReportsImportedOnTheTimeline()
    {
        TlsReportWriter writer(m_lab->filePath(u"reports"_s), m_dns->domain(), u"*.dyn.test"_s);
        const QStringList files =
            writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                  m_testingDay, m_testingDay.addDays(15));
        QVERIFY(!files.isEmpty());
        m_view->importPaths(files);
        QVERIFY(m_view->isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isImporting(), kNetworkTimeoutMs);
        const QString summary = m_view->lastImportSummary();
        QVERIFY2(summary.contains(QString::number(files.size())) &&
                     !summary.startsWith(u"Import failed"_s),
                 qPrintable(summary));

        // Sixteen days later (readiness needs 14 days in testing) the banner says ready.
        m_clock->set(QDateTime(m_testingDay.addDays(16), QTime(9, 0), Qt::UTC));
        m_view->refresh();
        Result<RolloutStatus> rollout = status();
        QVERIFY(rollout.ok());
        QVERIFY2(rollout->readyForEnforce(),
                 qPrintable(rollout->readiness.blockingReasons.join(u"; "_s)));
        QVERIFY2(m_view->bannerText().contains(u"Ready for enforce since"_s),
                 qPrintable(m_view->bannerText()));
    }

    void enforceDraftFromTheTimeline()
    {
        // The mx patterns start as the live version's; max_age follows the enforce seed.
        m_enforceId = newVersion(mtasts::PolicyMode::Enforce, {});
        QVERIFY(!m_enforceId.isEmpty());
        QVERIFY(m_enforceId > m_testingId);
        checkDraft(m_enforceId, u"enforce"_s, 604800);
    }

    // The enforce draft's file is served; its records go out from the Publish dialog ("Push
    // records…" carries the version being published, where the Records page shows the live
    // one), and the dialog verifies again once the push dialog closes.
    void enforceServedAndPushedFromThePublishDialog()
    {
        QVERIFY(serve(m_enforceId));
        PublishDialog *dialog = panel()->publish(m_enforceId);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, kNetworkTimeoutMs));
        QVERIFY(dialog->check() && !dialog->check()->ok); // the TXT still names testing
        RecordPushDialog *push = dialog->pushRecords();
        QVERIFY2(push, qPrintable(dialog->messageText()));
        push->findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_dns->host());
        push->findChild<QSpinBox *>(u"portSpin"_s)->setValue(m_dns->port());
        push->findChild<QLineEdit *>(u"keyFileEdit"_s)->setText(m_keyFile);
        QSignalSpy finished(push, &RecordPushDialog::finished);
        push->findChild<QPushButton *>(u"pushButton"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 30000));
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(push->findChild<QLabel *>(u"pushMessage"_s)->text()));
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s), QStringList{stsTxtOf(m_enforceId)});
        push->close(); // verifies again
        QVERIFY(QTest::qWaitFor([&] { return dialog->isBusy(); }, 5000) || dialog->check()->ok);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, kNetworkTimeoutMs));
        QVERIFY2(dialog->check() && dialog->check()->ok, qPrintable(dialog->messageText()));
        dialog->close();
    }

    void enforcePublishedVerifiedWithoutOverride()
    {
        std::optional<Publication> published = publishFromPanel(m_enforceId);
        QVERIFY(published);
        QVERIFY(published->verified);
        QCOMPARE(published->phaseChange, u"enforce"_s);
        QVERIFY(published->version.publishReason.isEmpty()); // no override reason needed

        QCOMPARE(cell(m_enforceId, PolicyVersionsPanel::StateColumn), u"live"_s);
        QVERIFY2(cell(m_testingId, PolicyVersionsPanel::StateColumn).startsWith(u"superseded"_s),
                 qPrintable(cell(m_testingId, PolicyVersionsPanel::StateColumn)));
        QVERIFY2(cell(m_enforceId, PolicyVersionsPanel::ProofColumn).startsWith(u"verified"_s),
                 qPrintable(cell(m_enforceId, PolicyVersionsPanel::ProofColumn)));

        Result<RolloutStatus> rollout = status();
        QVERIFY(rollout.ok());
        QCOMPARE(rollout->phase, RolloutPhase::Enforce);
        QCOMPARE(rollout->policyId, m_enforceId);
        Result<QList<StoredPolicyVersion>> versions =
            PolicyVersions(m_workspace->context()).list(m_id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QVERIFY(!versions->at(0).isLive() && !versions->at(0).isDraft());
        QCOMPARE(versions->at(0).supersededAt, m_clock->now());
        QVERIFY(versions->at(1).isLive());
    }

    // The runbook the customer gets lists both versions as published, with their dates.
    void runbookListsBothVersions()
    {
        const QDateTime now = m_clock->now();
        const runbook::RunbookLanguage language(u"en"_s);
        runbook::RunbookOptions options;
        options.language = u"en"_s;
        options.now = now;
        Result<runbook::RunbookData> data =
            runbook::loadRunbookData(m_workspace->databasePtr(), m_id, now, language.text());
        QVERIFY(data.ok());
        const runbook::RunbookDocument document =
            runbook::RunbookBuilder(*data, options, language).build();
        QString policies;
        for (const runbook::RunbookSection &section : document.sections)
            if (section.key == u"policies"_s)
                policies = section.html;
        QVERIFY(!policies.isEmpty());
        Result<QList<StoredPolicyVersion>> versions =
            PolicyVersions(m_workspace->context()).list(m_id);
        QVERIFY(versions.ok());
        for (const StoredPolicyVersion &v : *versions) {
            QVERIFY2(policies.contains(v.version.id), qPrintable(v.version.id));
            const QString published =
                u"published %1"_s.arg(language.formatTime(v.publishedAt)).toHtmlEscaped();
            QVERIFY2(policies.contains(published), qPrintable(published));
        }
        QVERIFY(policies.contains(
            u"superseded %1"_s.arg(language.formatTime(versions->at(0).supersededAt))
                .toHtmlEscaped()));
    }
};

QTEST_MAIN(TestEngagementGuiFlow)
#include "test_engagement_gui_flow.moc"

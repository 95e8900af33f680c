// Verify and Publish on the Timeline against the real labs: Knot (DnsLabDynamic, DNSSEC-signed
// dyn.test, records pushed with RFC 2136) and nginx serving the policy with a test-CA
// certificate. Settings point the GUI at them, as a consultant's Settings dialog would.
#include "TestEnv.h"
#include "deploy/NginxSite.h"
#include "deploy/StaticPagesBundle.h"
#include "dnslab/DnsLabDynamic.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"
#include "services/PolicyVersions.h"
#include "services/RecordPush.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "timeline/CheckEvidence.h"
#include "timeline/PolicyVersionsPanel.h"
#include "timeline/PublishDialog.h"
#include "timeline/RolloutControls.h"
#include "timeline/RolloutView.h"

#include <QDir>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using namespace sts::ui;

class TestPolicyVerifyLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_dns;
    std::unique_ptr<LabDir> m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RolloutView> m_view;
    qint64 m_id = 0;
    QString m_policyId;

    static QStringList column(QTableWidget *table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!NginxServer::available())
            QSKIP("nginx is not installed");
        STSDESK_START_DYNAMIC_LAB(m_dns);
        m_dir = std::make_unique<LabDir>(u"verifygui"_s);
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"pki"_s)));
        m_pki = std::make_unique<TestPki>(m_dir->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        const TestPki::Leaf leaf = m_pki->valid(u"policyhost"_s, {u"mta-sts.dyn.test"_s});
        QVERIFY(leaf.isValid());

        storage::DatabaseLocation location;
        location.sqlitePath = m_dir->filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(*db, std::make_shared<SystemClock>());
        Engagement draft;
        draft.customer = u"Dyn"_s;
        draft.domain.ace = u"dyn.test"_s;
        Result<Engagement> created = m_workspace->engagements().create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        NewPolicyVersion request;
        request.mx = QStringList{u"mail.dyn.test"_s, u"mx2.dyn.test"_s};
        Result<StoredPolicyVersion> version =
            PolicyVersions(m_workspace->context()).create(m_id, request);
        QVERIFY(version.ok());
        m_policyId = version->version.id;

        // The customer's side: the records in the zone (RFC 2136), the file on the policy host.
        services::PushTarget target;
        target.server = m_dns->host();
        target.port = m_dns->port();
        target.keyFile = m_dns->writeKeyFile(m_dir->filePath(u"tsig.key"_s),
                                             QFile::ReadOwner | QFile::WriteOwner);
        Result<services::PushOutcome> pushed =
            services::RecordPush(m_workspace->context()).push(m_id, target);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
        QVERIFY(pushed->allServed());
        QVERIFY(
            deploy::StaticPagesBundle::writeTo(m_dir->filePath(u"policy"_s), version->body).ok());
        const quint16 httpsPort = freeTcpPort();
        deploy::NginxSiteOptions site;
        site.domain = u"dyn.test"_s;
        site.certificatePath = leaf.fullchainPath;
        site.keyPath = leaf.keyPath;
        site.policyRoot = m_dir->filePath(u"policy"_s);
        site.acmeWebroot = m_dir->filePath(u"webroot"_s);
        site.httpsListen = {u"127.0.0.1:%1"_s.arg(httpsPort)};
        site.httpListen = {u"127.0.0.1:%1"_s.arg(freeTcpPort())};
        m_nginx = std::make_unique<NginxServer>(m_dir->filePath(u"nginx"_s));
        QVERIFY(m_nginx->writeConfig(deploy::nginxServerBlocks(site)));
        QVERIFY2(m_nginx->start(httpsPort), qPrintable(m_nginx->errorString()));

        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_policy_verify_lab"_s);
        AppSettings::setResolver(m_dns->resolverSpec());
        AppSettings::setTrustAnchorFile(m_dns->trustAnchorFile());
        AppSettings::setCaFile(m_pki->rootCertPath());
        AppSettings::setPolicyHostConnect(u"127.0.0.1:%1"_s.arg(httpsPort));

        m_view = std::make_unique<RolloutView>();
        m_view->setWorkspace(m_workspace.get());
        m_view->showEngagement(m_id);
        m_view->show();
    }

    void cleanupTestCase()
    {
        m_view.reset();
        if (m_nginx)
            m_nginx->stop();
        m_dns.reset();
    }

    void stopEndsAVerification()
    {
        PolicyVersionsPanel *panel = m_view->versionsPanel();
        panel->verifySelected();
        QVERIFY(panel->isVerifying());
        panel->cancelVerify();
        QVERIFY(!panel->isVerifying());
        QVERIFY(panel->messageText().contains(u"stopped"_s));
    }

    void verifyShowsWhatSendersSee()
    {
        PolicyVersionsPanel *panel = m_view->versionsPanel();
        QCOMPARE(panel->selectedVersion()->version.id, m_policyId);
        panel->verifySelected();
        QVERIFY(panel->isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVerifying(), 60000);
        QVERIFY2(panel->messageText().startsWith(u"Senders see version %1"_s.arg(m_policyId)),
                 qPrintable(panel->messageText()));
        QTableWidget *checks = panel->checkTable();
        const QStringList results = column(checks, CheckResultColumn);
        QVERIFY2(!results.isEmpty() && !results.join(u'|').contains(u"failed"_s),
                 qPrintable(column(checks, CheckDetailColumn).join(u'\n')));
        QVERIFY(column(checks, CheckDetailColumn).first().contains(u"id=%1"_s.arg(m_policyId)));
        QVERIFY(column(checks, CheckDetailColumn).first().contains(u"DNSSEC secure"_s));
        QVERIFY(panel->table()
                    ->item(0, PolicyVersionsPanel::ProofColumn)
                    ->text()
                    .startsWith(u"last check passed"_s));
    }

    // Start testing publishes the draft; verified, it needs no reason.
    void publishWithProof()
    {
        m_view->controls()->startTesting();
        auto *dialog = m_view->findChild<PublishDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QVERIFY2(dialog->check() && dialog->check()->ok, qPrintable(dialog->messageText()));
        QVERIFY(dialog->canPublish());
        dialog->publish();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->publication().has_value(), 60000);
        QVERIFY(dialog->publication()->verified);
        QCOMPARE(dialog->publication()->phaseChange, u"testing"_s);
        Result<RolloutStatus> status = RolloutService(m_workspace->context()).status(m_id);
        QVERIFY(status.ok());
        QCOMPARE(status->phase, RolloutPhase::Testing);
        QCOMPARE(status->policyId, m_policyId);
        const QString proof =
            m_view->versionsPanel()->table()->item(0, PolicyVersionsPanel::ProofColumn)->text();
        QVERIFY2(proof.startsWith(u"verified "_s), qPrintable(proof));
        dialog->close();
    }
};

QTEST_MAIN(TestPolicyVerifyLab)
#include "test_policy_verify_lab.moc"

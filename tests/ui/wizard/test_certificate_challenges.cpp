// "Hosting & renewal" → "Certificate challenges…": the consultant picks DNS-01 through RFC 2136 for
// the policy host (a host without port 80), the server and TSIG key name are stored for the
// engagement, a wrong server is refused inline, and the generated files switch at once to
// certbot's dns-rfc2136 plugin with a credentials file holding a placeholder, never a secret.
// Offscreen, on a seeded SQLite workspace.
#include "ChildLookup.h"
#include "PublishedEngagement.h"
#include "TestEnv.h"
#include "WizardTestSupport.h"
#include "mainwindow/Workspace.h"
#include "services/DeliverySettings.h"
#include "wizard/CertificateChallengeDialog.h"
#include "wizard/HostingPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using namespace sts::ui;

class TestCertificateChallenges : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_engagement = 0;

    deploy::ChallengeSettings stored() const
    {
        return services::DeliverySettings(m_workspace->context())
            .load(m_engagement)
            .value()
            .challenges;
    }
    static const deploy::Artifact *artifact(const HostingPage &page, const QString &path)
    {
        for (const deploy::Artifact &a : page.artifacts())
            if (a.relativePath == path)
                return &a;
        return nullptr;
    }
    static CertificateChallengeDialog *openDialog(HostingPage &page)
    {
        child<QPushButton>(&page, u"challengesButton"_s)->click();
        // A dialog closed before waits for the event loop to delete it: take the open one.
        for (auto *dialog : page.findChildren<CertificateChallengeDialog *>())
            if (dialog->isVisible())
                return dialog;
        qFatal("no challenge dialog");
    }
    static void pressOk(CertificateChallengeDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_dir = std::make_unique<LabDir>(u"challengegui"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir->filePath(u"ws.sqlite"_s);
        m_engagement = seedPublishedEngagement(location.sqlitePath, u"Deliver"_s, u"deliver.test"_s,
                                               u"mail.deliver.test"_s, error);
        QVERIFY2(m_engagement > 0, qPrintable(error));
        auto db = storage::Database::open(location);
        QVERIFY(db);
        m_workspace = std::make_unique<Workspace>(*db, std::make_shared<SystemClock>());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void dnsChallengeForPolicyHost()
    {
        HostingPage page(m_workspace.get(), [this] { return m_engagement; });
        page.initializePage();
        auto *summary = child<QLabel>(&page, u"challengeSummary"_s);
        QVERIFY2(summary->text().contains(u"webroot"_s) &&
                     summary->text().contains(u"standalone"_s),
                 qPrintable(summary->text()));
        QVERIFY(!artifact(page, u"secrets/rfc2136-deliver.test.ini"_s));

        CertificateChallengeDialog *dialog = openDialog(page);
        QVERIFY(dialog->isVisible());
        auto *dns = dialog->findChild<QGroupBox *>();
        QVERIFY(!dns->isEnabled()); // nothing uses DNS-01 yet
        auto *policy = child<QComboBox>(dialog, u"policyChallenge"_s);
        policy->setCurrentIndex(policy->findData(int(deploy::Challenge::DnsRfc2136)));
        QVERIFY(dns->isEnabled());
        QCOMPARE(child<QComboBox>(dialog, u"tsigAlgorithm"_s)->currentText(), u"hmac-sha256"_s);

        // A host name is refused (certbot's plugin wants an address); the dialog stays open.
        child<QLineEdit>(dialog, u"rfc2136Server"_s)->setText(u"ns1.deliver.test"_s);
        child<QLineEdit>(dialog, u"tsigKeyName"_s)->setText(u"acme-key"_s);
        pressOk(dialog);
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"challengeError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"ns1.deliver.test"_s), qPrintable(error->text()));
        QCOMPARE(stored().policyHost, deploy::Challenge::Webroot);

        child<QLineEdit>(dialog, u"rfc2136Server"_s)->setText(u"192.0.2.53"_s);
        child<QSpinBox>(dialog, u"propagationSeconds"_s)->setValue(30);
        pressOk(dialog);
        QVERIFY(!dialog->isVisible());
        const deploy::ChallengeSettings saved = stored();
        QCOMPARE(saved.policyHost, deploy::Challenge::DnsRfc2136);
        QCOMPARE(saved.mxHosts, deploy::Challenge::Standalone);
        QCOMPARE(saved.rfc2136.server, u"192.0.2.53"_s);
        QCOMPARE(saved.rfc2136.keyName, u"acme-key"_s);
        QCOMPARE(saved.rfc2136.propagationSeconds, 30);

        // The page shows it and its files follow at once.
        QVERIFY2(summary->text().contains(u"DNS-01"_s), qPrintable(summary->text()));
        const deploy::Artifact *script = artifact(page, u"certbot/issue-mta-sts.deliver.test.sh"_s);
        QVERIFY(script);
        QVERIFY2(script->content.contains("--dns-rfc2136 --dns-rfc2136-credentials "
                                          "'/etc/letsencrypt/rfc2136-deliver.test.ini'"),
                 script->content.constData());
        QVERIFY(script->content.contains("--dns-rfc2136-propagation-seconds 30"));
        const deploy::Artifact *ini = artifact(page, u"secrets/rfc2136-deliver.test.ini"_s);
        QVERIFY(ini);
        QVERIFY(ini->content.contains("dns_rfc2136_server = 192.0.2.53\n"));
        QVERIFY(ini->content.contains("dns_rfc2136_secret = REPLACE-WITH-TSIG-SECRET\n"));
        QVERIFY(!script->content.contains("--webroot"));

        // Opened again, the dialog shows what is stored; the secret is never asked for.
        CertificateChallengeDialog *again = openDialog(page);
        QCOMPARE(child<QLineEdit>(again, u"rfc2136Server"_s)->text(), u"192.0.2.53"_s);
        for (const QLineEdit *edit : again->findChildren<QLineEdit *>())
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
        again->reject();
    }
};

QTEST_MAIN(TestCertificateChallenges)
#include "test_certificate_challenges.moc"

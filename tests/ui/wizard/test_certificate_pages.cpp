// The wizard's "Certificates" and "Pre-flight" pages and the key/CSR dialog against real servers:
// discovery of insecure.test through the Knot lab (MX 10 mail.insecure.test at 127.0.0.4, MX 20
// mx1.secure.test at 127.0.0.1 and ::1 with a secure TLSA RRset, see DnsLab.h), and Postfix
// listening at those addresses on one port: a good chain for mail.insecure.test, a certificate
// for another name at mx1.secure.test.
#include "ChildLookup.h"
#include "TestEnv.h"
#include "WizardTestSupport.h"
#include "dnslab/DnsLab.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "storage/KeyFileRepository.h"
#include "storage/ProbeRepository.h"
#include "wizard/CertificatesPage.h"
#include "wizard/CsrDialog.h"
#include "wizard/EngagementWizard.h"
#include "wizard/PreflightPage.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;
using sts::test::PostfixLab;
using sts::test::runAndWait;
using sts::test::TestPki;

class TestCertificatePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::LabDir> m_labDir;
    std::unique_ptr<test::DnsLab> m_dns;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EngagementWizard> m_wizard;
    quint16 m_port = 0;

    static int rowOf(QTableWidget *table, const QString &host, const QString &address)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PreflightPage::AddressColumn) &&
                table->item(row, PreflightPage::HostColumn)->text() == host &&
                table->item(row, PreflightPage::AddressColumn)->text().startsWith(address))
                return row;
        return -1;
    }
    // Rows for addresses (not the explanation lines under failures).
    static int probeRows(QTableWidget *table)
    {
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            rows += table->item(row, PreflightPage::AddressColumn) ? 1 : 0;
        return rows;
    }
    static QString meaningUnder(QTableWidget *table, int row)
    {
        QTableWidgetItem *line = table->item(row + 1, PreflightPage::HostColumn);
        return line && table->columnSpan(row + 1, 0) == PreflightPage::ColumnCount
                   ? line->data(PreflightPage::MeaningRole).toString()
                   : QString();
    }
    static QString text(QTableWidget *table, int row, int column)
    {
        return row < 0 || !table->item(row, column) ? QString() : table->item(row, column)->text();
    }
    // Clicks a button that starts a run, waits until it is enabled again.
    void saveScreen(const QString &name) { test::saveScreen(m_wizard.get(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_certificate_pages"_s);
        if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QString missing;
        if (!test::DnsLab::toolsAvailable(&missing, false))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        m_dns = std::make_unique<test::DnsLab>();
        QString error;
        QVERIFY2(m_dns->start(&error), qPrintable(error));

        m_labDir = std::make_unique<test::LabDir>(u"tcp"_s);
        QVERIFY(QDir().mkpath(m_labDir->filePath(u"pki"_s)));
        m_pki = std::make_unique<TestPki>(m_labDir->filePath(u"pki"_s));
        QVERIFY(m_pki->isValid());
        const TestPki::Leaf good = m_pki->valid(u"mail"_s, {u"mail.insecure.test"_s});
        const TestPki::Leaf wrong = m_pki->valid(u"wrong"_s, {u"other.insecure.test"_s});
        QVERIFY(good.isValid() && wrong.isValid());
        m_port = test::freeTcpPort();
        m_postfix = std::make_unique<PostfixLab>(m_labDir->path());
        PostfixLab::Listener mail{u"mail"_s, m_port, good.keyChainPath, true, false};
        mail.address = u"127.0.0.4"_s;
        m_postfix->addListener(mail);
        m_postfix->addListener({u"mx1"_s, m_port, wrong.keyChainPath, true, false});
        QVERIFY2(m_postfix->start(&error), qPrintable(error));

        AppSettings::setResolver(m_dns->resolverSpec());
        AppSettings::setTrustAnchorFile(m_dns->trustAnchorFile());
        AppSettings::setCaFile(m_pki->rootCertPath());

        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"pages.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_workspace = std::make_unique<Workspace>(*db, Clock::system());

        Engagement draft;
        draft.customer = u"Lab customer"_s;
        draft.domain = *DomainName::fromUserInput(u"insecure.test"_s);
        auto created = m_workspace->engagements().create(draft);
        QVERIFY(created);
        m_wizard = std::make_unique<EngagementWizard>(m_workspace.get(), *created);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        // Basics → Mail servers, scan there (the snapshot the later pages use).
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::MailServersPageId));
        QVERIFY(runAndWait(child<QPushButton>(m_wizard.get(), u"rescanButton"_s), 60000));
        QCOMPARE(child<QTableWidget>(m_wizard.get(), u"mailServersTable"_s)->rowCount(), 2);
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        if (m_postfix)
            m_postfix->stop();
    }

    void preflightMatrix()
    {
        m_wizard->next(); // DNSSEC
        m_wizard->next(); // Certificates
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::CertificatesPageId));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::PreflightPageId));
        auto *table = child<QTableWidget>(m_wizard.get(), u"preflightTable"_s);
        QCOMPARE(table->rowCount(), 0); // nothing stored yet
        child<QSpinBox>(m_wizard.get(), u"smtpPortSpin"_s)->setValue(m_port);
        auto *run = child<QPushButton>(m_wizard.get(), u"runPreflightButton"_s);
        QVERIFY(runAndWait(run, 120000));

        // mail.insecure.test: complete chain from the test root, right name → ok; its TLSA is in
        // an unsigned zone, so DANE does not apply.
        const int mail = rowOf(table, u"mail.insecure.test"_s, u"127.0.0.4:%1"_s.arg(m_port));
        QVERIFY2(mail >= 0, "no row for mail.insecure.test");
        QCOMPARE(text(table, mail, PreflightPage::ResultColumn), u"✓ ok"_s);
        QCOMPARE(text(table, mail, PreflightPage::StarttlsColumn), u"✓ offered"_s);
        QCOMPARE(text(table, mail, PreflightPage::NameColumn), u"✓ matches"_s);
        QCOMPARE(text(table, mail, PreflightPage::TrustColumn), u"✓ trusted"_s);
        QVERIFY(text(table, mail, PreflightPage::ChainColumn).startsWith(u"✓ complete"_s));
        QCOMPARE(text(table, mail, PreflightPage::DaneColumn), u"n/a"_s);
        // The BSI evidence: TLS 1.3 with a suite TR-02102-2 recommends; the lab's Postfix
        // refuses TLS 1.0 and 1.1, and the tooltip says so.
        QCOMPARE(text(table, mail, PreflightPage::ProtocolColumn), u"✓ TLSv1.3 · recommended"_s);
        const QString protocolTip = table->item(mail, PreflightPage::ProtocolColumn)->toolTip();
        QVERIFY2(protocolTip.contains(u"TLSv1: refused"_s), qPrintable(protocolTip));
        QVERIFY2(protocolTip.contains(u"TLSv1.1: refused"_s), qPrintable(protocolTip));
        QVERIFY2(protocolTip.contains(u"TLS_AES_"_s), qPrintable(protocolTip));
        QCOMPARE(meaningUnder(table, mail), QString()); // nothing to explain

        // mx1.secure.test: trusted chain, wrong name; its zone is signed with a TLSA RRset that
        // matches no key, so a DANE sender reports tlsa-invalid.
        const int mx1 = rowOf(table, u"mx1.secure.test"_s, u"127.0.0.1:%1"_s.arg(m_port));
        QVERIFY2(mx1 >= 0, "no row for mx1.secure.test");
        QCOMPARE(text(table, mx1, PreflightPage::NameColumn), u"✗ mismatch"_s);
        QCOMPARE(text(table, mx1, PreflightPage::TrustColumn), u"✓ trusted"_s);
        QCOMPARE(text(table, mx1, PreflightPage::DaneColumn), u"✗ tlsa-invalid"_s);
        QCOMPARE(text(table, mx1, PreflightPage::ResultColumn), u"✗ tlsa-invalid"_s);
        QCOMPARE(meaningUnder(table, mx1),
                 u"In testing mode this is reported as tlsa-invalid; in enforce mode delivery "
                 "from strict senders fails."_s);
        // Every discovered address is probed: [::1] too (nothing listens there).
        QVERIFY(rowOf(table, u"mx1.secure.test"_s, u"[::1]"_s) >= 0);
        QCOMPARE(probeRows(table), 3);

        // Stored with the engagement: leaving and re-entering the page shows the same verdicts.
        auto stored =
            storage::ProbeRepository(m_workspace->databasePtr()).latest(m_wizard->engagementId());
        QVERIFY(stored);
        QCOMPARE(stored->size(), 3);
        saveScreen(u"wizard-preflight.png"_s);
        m_wizard->back();
        m_wizard->next();
        QCOMPARE(probeRows(table), 3);
        QCOMPARE(text(table, rowOf(table, u"mail.insecure.test"_s, u"127.0.0.4"_s),
                      PreflightPage::ResultColumn),
                 u"✓ ok"_s);
    }

    void certificateInventory()
    {
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(EngagementWizard::CertificatesPageId));
        auto *inventory = child<QTableWidget>(m_wizard.get(), u"certificateInventory"_s);
        QCOMPARE(inventory->rowCount(), 2); // two distinct leaves seen
        int mailRow = -1;
        for (int row = 0; row < inventory->rowCount(); ++row)
            if (text(inventory, row, CertificatesPage::NamesColumn) == u"mail.insecure.test"_s)
                mailRow = row;
        QVERIFY(mailRow >= 0);
        QVERIFY(text(inventory, mailRow, CertificatesPage::SeenAtColumn)
                    .contains(u"mail.insecure.test (127.0.0.4)"_s));
        QVERIFY(text(inventory, mailRow, CertificatesPage::IssuerColumn).contains(u"CN="_s));
        QCOMPARE(text(inventory, mailRow, CertificatesPage::TrustColumn), u"trusted"_s);
        QVERIFY(text(inventory, mailRow, CertificatesPage::ChainColumn).startsWith(u"complete"_s));

        // Coverage: the wrong certificate at mx1.secure.test is a name mismatch; nothing was
        // seen for the policy host (no address in DNS).
        auto *findings = child<QTableWidget>(m_wizard.get(), u"coverageFindings"_s);
        QStringList seen;
        for (int row = 0; row < findings->rowCount(); ++row)
            seen << text(findings, row, CertificatesPage::FindingHostColumn) + u": "_s +
                        text(findings, row, CertificatesPage::FindingColumn);
        QVERIFY2(seen.contains(u"mx1.secure.test: name mismatch"_s), qPrintable(seen.join(u"; ")));
        QVERIFY2(seen.contains(u"mta-sts.insecure.test: no certificate seen"_s),
                 qPrintable(seen.join(u"; ")));
        QVERIFY2(!seen.join(u"\n"_s).contains(u"mail.insecure.test"_s),
                 qPrintable(seen.join(u"; ")));

        // A leaf file without its intermediate: listed, and named as such.
        auto *page = m_wizard->certificatesPage();
        const TestPki::Leaf policy = m_pki->valid(u"policy"_s, {u"mta-sts.insecure.test"_s});
        QVERIFY(page->addCertificateFile(policy.certPath));
        QCOMPARE(inventory->rowCount(), 3);
        QVERIFY(!page->addCertificateFile(m_labDir->filePath(u"pki"_s)));
        bool missingIntermediate = false;
        for (int row = 0; row < findings->rowCount(); ++row)
            missingIntermediate |=
                text(findings, row, CertificatesPage::FindingHostColumn) ==
                    u"mta-sts.insecure.test"_s &&
                text(findings, row, CertificatesPage::FindingColumn) == u"missing intermediate"_s;
        QVERIFY(missingIntermediate);
        saveScreen(u"wizard-certificates.png"_s);
    }

    void csrDialog()
    {
        auto *page = m_wizard->certificatesPage();
        CsrDialog *dialog = page->openCsrDialog();
        QCOMPARE(dialog->hosts(), (QStringList{u"mail.insecure.test"_s, u"mx1.secure.test"_s,
                                               u"mta-sts.insecure.test"_s}));
        const QString secrets = m_dir.filePath(u"secrets"_s);
        dialog->setSecretsDir(secrets);
        const QStringList chosen{u"mail.insecure.test"_s, u"mta-sts.insecure.test"_s};
        dialog->setCheckedHosts(chosen);
        dialog->setStageNext(true);
        QSignalSpy done(dialog, &CsrDialog::generated);
        QTest::mouseClick(child<QPushButton>(dialog, u"csrGenerate"_s), Qt::LeftButton);
        QVERIFY(dialog->isBusy() || done.count() == 1);
        QVERIFY(done.wait(60000) || done.count() == 1);
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(dialog->result());
        const tls::StagedKeys keys = *dialog->result();
        for (const tls::GeneratedKey &key : {keys.current, keys.next}) {
            QVERIFY(key.keyPath.startsWith(secrets));
            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(key.keyPath).constData(), &info), 0);
            QCOMPARE(int(info.st_mode & 0777), 0600);
            const auto verify = test::runTool(
                u"openssl"_s, {u"req"_s, u"-in"_s, key.csrPath, u"-verify"_s, u"-noout"_s});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
            const auto req = test::runTool(
                u"openssl"_s, {u"req"_s, u"-in"_s, key.csrPath, u"-noout"_s, u"-text"_s});
            QStringList sans;
            static const QRegularExpression dns(u"DNS:([^,\\s]+)"_s);
            for (auto it = dns.globalMatch(QString::fromUtf8(req.out)); it.hasNext();)
                sans.append(it.next().captured(1));
            QCOMPARE(sans, chosen);
            QVERIFY(req.out.contains("prime256v1") || req.out.contains("P-256"));
        }
        // The workspace knows the four files as this engagement's, with the key each holds.
        auto recorded = storage::KeyFileRepository(m_workspace->databasePtr())
                            .forEngagement(m_wizard->engagementId());
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->size(), 4);
        for (const storage::KeyFile &file : *recorded) {
            const bool current =
                file.path == keys.current.keyPath || file.path == keys.current.csrPath;
            QVERIFY2(current || file.path == keys.next.keyPath || file.path == keys.next.csrPath,
                     qPrintable(file.path));
            QCOMPARE(file.spkiSha256, current ? keys.current.spkiSha256 : keys.next.spkiSha256);
        }
        // The dialog shows the CSR and both digests; the key itself appears nowhere.
        const QString info = child<QLabel>(dialog, u"csrKeyInfo"_s)->text();
        QVERIFY(info.contains(QString::fromLatin1(keys.current.spkiSha256.toHex())));
        QVERIFY(info.contains(QString::fromLatin1(keys.next.spkiSha256.toHex())));
        const QString pem = child<QPlainTextEdit>(dialog, u"csrPem"_s)->toPlainText();
        QVERIFY(pem.startsWith(u"-----BEGIN CERTIFICATE REQUEST-----"_s));
        QVERIFY(!pem.contains(u"PRIVATE KEY"_s));
        const QString dir = qEnvironmentVariable("STSDESK_SCREENS_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + u"/wizard-csr-dialog.png"_s));
        dialog->close();
    }
};

QTEST_MAIN(TestCertificatePages)
#include "test_certificate_pages.moc"

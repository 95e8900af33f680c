// The Certificates page without servers: the keys and CSRs generated for the engagement listed
// with their files, a name added to the CSR beyond the proposed ones, and the Trust column in view
// at the wizard's default size with a certificate that names many hosts.
#include "TestEnv.h"
#include "WizardTestSupport.h"
#include "pki/TestPki.h"
#include "wizard/CertificatesPage.h"
#include "wizard/CsrDialog.h"
#include "wizard/EngagementWizard.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using test::child;

class TestCertificateFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_id = 0;

    // The wizard on the Certificates page, as Next leads there.
    std::unique_ptr<EngagementWizard> certificatesPage()
    {
        auto wizard = test::showWizard(m_workspace.get(), m_id);
        while (wizard->currentId() < EngagementWizard::CertificatesPageId)
            wizard->next();
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_certificate_files"_s);
        m_workspace = test::openTestWorkspace(m_dir.filePath(u"certs.sqlite"_s));
        m_id = test::createEngagement(m_workspace.get(), u"Beispiel AG"_s, u"beispiel.test"_s);
        test::storeScan(m_workspace.get(), m_id, u"beispiel.test"_s, false);
    }

    void csrDialogAddsNames()
    {
        auto wizard = certificatesPage();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::CertificatesPageId));
        CsrDialog *dialog = wizard->certificatesPage()->openCsrDialog();
        QCOMPARE(dialog->hosts(),
                 (QStringList{u"mail.beispiel.test"_s, u"mta-sts.beispiel.test"_s}));
        auto *name = child<QLineEdit>(dialog, u"csrExtraName"_s);
        auto *add = child<QPushButton>(dialog, u"csrAddName"_s);
        auto *error = child<QLabel>(dialog, u"csrError"_s);
        // Refused with the reason: an address, a name without its domain, one listed already.
        for (const QString &bad : {u"192.0.2.7"_s, u"intranet"_s, u"mail.beispiel.test"_s}) {
            name->setText(bad);
            QTest::mouseClick(add, Qt::LeftButton);
            QVERIFY2(error->isVisible() && !error->text().isEmpty(), qPrintable(bad));
            QCOMPARE(dialog->hosts().size(), 2);
        }
        // Typed and added with Return, in its DNS form, ticked.
        name->clear();
        QTest::keyClicks(name, u"MX2.Beispiel.test"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QVERIFY(name->text().isEmpty());
        QCOMPARE(dialog->hosts().last(), u"mx2.beispiel.test"_s);
        QVERIFY(dialog->checkedHosts().contains(u"mx2.beispiel.test"_s));

        // Generated: the CSR names it, and the page lists the key and the CSR with their files.
        dialog->setSecretsDir(m_dir.filePath(u"secrets"_s));
        QSignalSpy done(dialog, &CsrDialog::generated);
        QTest::mouseClick(child<QPushButton>(dialog, u"csrGenerate"_s), Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        const tls::GeneratedKey key = dialog->result()->current;
        const auto req =
            test::runTool(u"openssl"_s, {u"req"_s, u"-in"_s, key.csrPath, u"-noout"_s, u"-text"_s});
        QVERIFY2(req.exitCode == 0, qPrintable(req.describe()));
        QVERIFY2(req.out.contains("DNS:mx2.beispiel.test"), req.out.constData());
        dialog->close();

        auto *files = child<QTableWidget>(wizard.get(), u"generatedKeyFiles"_s);
        QCOMPARE(files->rowCount(), 2);
        QStringList listed;
        for (int row = 0; row < files->rowCount(); ++row)
            listed << files->item(row, CertificatesPage::KeyKindColumn)->text() + u": "_s +
                          files->item(row, CertificatesPage::KeyPathColumn)->text();
        QVERIFY2(listed.contains(u"private key: "_s + key.keyPath), qPrintable(listed.join(u"; ")));
        QVERIFY2(listed.contains(u"CSR: "_s + key.csrPath), qPrintable(listed.join(u"; ")));

        // Reopened, the page still lists them (they come from the workspace, not the dialog).
        wizard.reset();
        auto again = certificatesPage();
        QCOMPARE(child<QTableWidget>(again.get(), u"generatedKeyFiles"_s)->rowCount(), 2);
    }

    void trustColumnFitsAtTheDefaultSize()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"pki"_s)));
        test::TestPki pki(m_dir.filePath(u"pki"_s));
        QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
        QStringList names;
        for (int i = 1; i <= 8; ++i)
            names << u"mx%1.customer-mail-cluster.beispiel.test"_s.arg(i);
        const test::TestPki::Leaf many = pki.valid(u"many"_s, names);
        QVERIFY(many.isValid());

        auto wizard = certificatesPage();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::CertificatesPageId));
        QVERIFY(wizard->certificatesPage()->addCertificateFile(many.certPath));
        QCoreApplication::processEvents();
        auto *inventory = child<QTableWidget>(wizard.get(), u"certificateInventory"_s);
        QCOMPARE(inventory->rowCount(), 1);
        const QString trust = inventory->item(0, CertificatesPage::TrustColumn)->text();
        QHeaderView *header = inventory->horizontalHeader();
        const int left = header->sectionViewportPosition(CertificatesPage::TrustColumn);
        const int width = header->sectionSize(CertificatesPage::TrustColumn);
        const QString where = u"Trust at %1, %2 wide, viewport %3 wide, \"%4\""_s.arg(left)
                                  .arg(width)
                                  .arg(inventory->viewport()->width())
                                  .arg(trust);
        QVERIFY2(left >= 0 && left + width <= inventory->viewport()->width(), qPrintable(where));
        QVERIFY2(width >= inventory->fontMetrics().horizontalAdvance(trust), qPrintable(where));
        QVERIFY2(inventory->horizontalScrollBar()->maximum() == 0, qPrintable(where));
    }
};

QTEST_MAIN(TestCertificateFiles)
#include "test_certificate_files.moc"

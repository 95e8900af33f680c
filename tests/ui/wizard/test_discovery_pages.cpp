// The wizard's "Mail servers" and "DNSSEC" pages against the Knot lab, driven like a person:
// Next, Rescan, wait, read the tables; Cancel against a resolver that never answers.
// Expected hosts and verdicts come from how DnsLab builds its zones (see DnsLab.h).
#include "ChildLookup.h"
#include "TestEnv.h"
#include "WizardLab.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "storage/DiscoveryRepository.h"
#include "wizard/DiscoveryRunner.h"
#include "wizard/DnssecPage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

class TestDiscoveryPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DnsLab> m_lab;
    std::unique_ptr<Workspace> m_workspace;

    qint64 createEngagement(const QString &domain)
    {
        Engagement draft;
        draft.customer = u"Lab customer"_s;
        draft.domain = *DomainName::fromUserInput(domain);
        auto created = m_workspace->engagements().create(draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }
    // Opens the wizard on an existing engagement and goes to "Mail servers" with Next.
    std::unique_ptr<EngagementWizard> openOnMailServers(const QString &domain)
    {
        const qint64 id = createEngagement(domain);
        auto engagement = m_workspace->engagements().get(id);
        auto wizard = std::make_unique<EngagementWizard>(m_workspace.get(), *engagement);
        wizard->show();
        wizard->activateWindow();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qFatal("wizard not active");
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (wizard->currentId() != EngagementWizard::MailServersPageId)
            qFatal("Next did not reach the mail servers page");
        return wizard;
    }
    static int rowOf(QTableWidget *table, int column, const QString &text, int otherColumn = -1,
                     const QString &otherText = {})
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column)->text() == text &&
                (otherColumn < 0 || table->item(row, otherColumn)->text().startsWith(otherText)))
                return row;
        return -1;
    }
    static QString cellText(QTableWidget *table, int row, int column)
    {
        return row < 0 ? QString() : table->item(row, column)->text();
    }
    // Presses F5 on the page and waits for the scan to finish.
    static bool scan(EngagementWizard *wizard)
    {
        auto *rescan = child<QPushButton>(wizard, u"rescanButton"_s);
        if (!rescan->isEnabled())
            return false;
        // Through the window, as the platform delivers it, so shortcuts apply. A shortcut
        // "animates" the click: the run starts a moment later.
        QTest::keyClick(wizard->windowHandle(), Qt::Key_F5);
        if (!QTest::qWaitFor([&] { return !rescan->isEnabled(); }, 2000))
            return false; // F5 did not start a run
        return QTest::qWaitFor([&] { return rescan->isEnabled(); }, 60000);
    }
    static QString securityText(dns::Security s)
    {
        return dns::DnssecVerdict::translatedSecurity(s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        STSDESK_START_WIZARD_LAB(u"test_discovery_pages"_s, m_dir.filePath(u"pages.sqlite"_s),
                                 Clock::system(), m_lab, m_workspace);
    }
    void cleanupTestCase()
    {
        m_workspace.reset();
        m_lab.reset();
    }

    void rescanShowsHostsAndStoresSnapshots()
    {
        auto wizard = openOnMailServers(u"secure.test"_s);
        auto *table = child<QTableWidget>(wizard.get(), u"mailServersTable"_s);
        auto *changes = child<QListWidget>(wizard.get(), u"changesList"_s);
        QCOMPARE(table->rowCount(), 0);

        QVERIFY(scan(wizard.get()));
        QVERIFY2(!child<QLabel>(wizard.get(), u"discoveryError"_s)->isVisible(),
                 qPrintable(child<QLabel>(wizard.get(), u"discoveryError"_s)->text()));
        // DnsLab: secure.test has MX 10 mx1 (127.0.0.1, ::1) and 20 mx2 (127.0.0.2).
        QCOMPARE(table->rowCount(), 2);
        const int mx1 = rowOf(table, MailServersPage::HostColumn, u"mx1.secure.test"_s);
        const int mx2 = rowOf(table, MailServersPage::HostColumn, u"mx2.secure.test"_s);
        QVERIFY(mx1 >= 0 && mx2 >= 0);
        QCOMPARE(cellText(table, mx1, MailServersPage::PriorityColumn), u"10"_s);
        QCOMPARE(cellText(table, mx2, MailServersPage::PriorityColumn), u"20"_s);
        QCOMPARE(cellText(table, mx1, MailServersPage::AddressesColumn), u"127.0.0.1\n::1"_s);
        QCOMPARE(cellText(table, mx2, MailServersPage::AddressesColumn), u"127.0.0.2"_s);
        // mx2's TLSA set holds an empty-input digest: a finding on that host only.
        QVERIFY(cellText(table, mx2, MailServersPage::FindingsColumn).contains(u"Error"_s) ||
                cellText(table, mx2, MailServersPage::FindingsColumn).contains(u"Warning"_s));

        storage::DiscoveryRepository repo(m_workspace->databasePtr());
        auto list = repo.list(wizard->engagementId());
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).trustAnchor, m_lab->trustAnchorFile());
        QCOMPARE(changes->count(), 1); // "first scan" note
        QCOMPARE(changes->item(0)->data(Qt::UserRole).toString(), QString());

        QVERIFY(scan(wizard.get()));
        QCOMPARE(repo.list(wizard->engagementId())->size(), 2);
        QCOMPARE(changes->count(), 1); // "nothing changed" note, no change entries
        QCOMPARE(changes->item(0)->data(Qt::UserRole).toString(), QString());
        QCOMPARE(table->rowCount(), 2);

        // DNSSEC page: everything in secure.test validates; DANE per host as built.
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DnssecPageId));
        auto *verdicts = child<QTableWidget>(wizard.get(), u"dnssecTable"_s);
        auto *dane = child<QTableWidget>(wizard.get(), u"daneTable"_s);
        QCOMPARE(verdicts->rowCount(), 1 + 2 * 3); // MX + (A, AAAA, TLSA) per host
        for (int row = 0; row < verdicts->rowCount(); ++row)
            QCOMPARE(cellText(verdicts, row, DnssecPage::VerdictColumn),
                     securityText(dns::Security::Secure));
        QVERIFY(rowOf(verdicts, DnssecPage::NameColumn, u"_25._tcp.mx1.secure.test"_s) >= 0);
        QVERIFY(!verdicts->item(0, DnssecPage::VerdictColumn)->icon().isNull());
        QCOMPARE(dane->rowCount(), 2);
        const int d1 = rowOf(dane, DnssecPage::DaneHostColumn, u"mx1.secure.test"_s);
        const int d2 = rowOf(dane, DnssecPage::DaneHostColumn, u"mx2.secure.test"_s);
        QVERIFY(d1 >= 0 && d2 >= 0);
        QCOMPARE(cellText(dane, d1, DnssecPage::DaneStateColumn), vp("DANE in place"));
        QCOMPARE(cellText(dane, d2, DnssecPage::DaneStateColumn), vp("DANE possible"));
        // One line of text each: every row as tall as the first, also when the page is shown
        // again (its rows are then filled while the columns still have their old widths).
        for (int shown = 0; shown < 2; ++shown) {
            if (shown) {
                wizard->back();
                wizard->next();
            }
            QCoreApplication::processEvents();
            for (int row = 1; row < verdicts->rowCount(); ++row)
                QCOMPARE(verdicts->rowHeight(row), verdicts->rowHeight(0));
        }
        // The DANE table is as tall as its two rows, all of them visible; the verdicts get the
        // rest of the page.
        QVERIFY(!dane->verticalScrollBar()->isVisible());
        QVERIFY2(dane->height() < verdicts->height() / 2,
                 qPrintable(u"%1 vs %2"_s.arg(dane->height()).arg(verdicts->height())));
        saveScreens(wizard.get(), u"secure"_s);
    }

    void insecureAndBogusVerdicts()
    {
        auto wizard = openOnMailServers(u"insecure.test"_s);
        QVERIFY(scan(wizard.get()));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        auto *verdicts = child<QTableWidget>(wizard.get(), u"dnssecTable"_s);
        auto *dane = child<QTableWidget>(wizard.get(), u"daneTable"_s);
        // insecure.test: unsigned, MX 10 mail (its own zone) and MX 20 mx1.secure.test.
        QCOMPARE(cellText(verdicts, rowOf(verdicts, DnssecPage::NameColumn, u"insecure.test"_s),
                          DnssecPage::VerdictColumn),
                 securityText(dns::Security::Insecure));
        QCOMPARE(cellText(verdicts,
                          rowOf(verdicts, DnssecPage::NameColumn, u"mail.insecure.test"_s),
                          DnssecPage::VerdictColumn),
                 securityText(dns::Security::Insecure));
        QCOMPARE(cellText(verdicts,
                          rowOf(verdicts, DnssecPage::NameColumn, u"_25._tcp.mx1.secure.test"_s),
                          DnssecPage::VerdictColumn),
                 securityText(dns::Security::Secure));
        QCOMPARE(cellText(dane, rowOf(dane, DnssecPage::DaneHostColumn, u"mail.insecure.test"_s),
                          DnssecPage::DaneStateColumn),
                 vp("DANE not available"));
        QVERIFY(cellText(dane, rowOf(dane, DnssecPage::DaneHostColumn, u"mail.insecure.test"_s),
                         DnssecPage::DaneWhyColumn)
                    .contains(u"insecure.test"_s));
        QCOMPARE(cellText(dane, rowOf(dane, DnssecPage::DaneHostColumn, u"mx1.secure.test"_s),
                          DnssecPage::DaneStateColumn),
                 vp("DANE in place"));
        saveScreens(wizard.get(), u"insecure"_s);

        // badsig.test: mail A altered after signing: bogus, bad signature; DANE broken.
        auto bad = openOnMailServers(u"badsig.test"_s);
        QVERIFY(scan(bad.get()));
        QTest::mouseClick(bad->button(QWizard::NextButton), Qt::LeftButton);
        verdicts = child<QTableWidget>(bad.get(), u"dnssecTable"_s);
        dane = child<QTableWidget>(bad.get(), u"daneTable"_s);
        const int row = rowOf(verdicts, DnssecPage::NameColumn, u"mail.badsig.test"_s,
                              DnssecPage::TypeColumn, u"A "_s);
        QVERIFY(row >= 0);
        const QString verdict = cellText(verdicts, row, DnssecPage::VerdictColumn);
        QVERIFY2(verdict.startsWith(securityText(dns::Security::Bogus)), qPrintable(verdict));
        QVERIFY2(
            verdict.contains(dns::DnssecVerdict::translatedReason(dns::BogusReason::BadSignature)),
            qPrintable(verdict));
        QCOMPARE(cellText(dane, 0, DnssecPage::DaneStateColumn), vp("DANE broken"));
        saveScreens(bad.get(), u"bogus"_s);
    }

    void cancelReturnsToIdleAtOnce()
    {
        // A resolver that never answers: the socket is bound but nobody reads it.
        QUdpSocket blackhole;
        QVERIFY(blackhole.bind(QHostAddress::LocalHost, 0));
        AppSettings::setResolver(u"127.0.0.1:%1"_s.arg(blackhole.localPort()));
        auto wizard = openOnMailServers(u"secure.test"_s);
        auto *page = wizard->mailServersPage();
        auto *rescan = child<QPushButton>(wizard.get(), u"rescanButton"_s);
        auto *cancel = child<QPushButton>(wizard.get(), u"cancelScanButton"_s);
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(rescan, Qt::LeftButton);
        QVERIFY(page->isRunning());
        QVERIFY(cancel->isEnabled());
        QVERIFY(child<QProgressBar>(wizard.get(), u"discoveryProgress"_s)->isVisible());
        // Nothing can be finished while the scan runs.
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::qWait(200); // the worker is inside its first DNS timeout now
        QVERIFY(page->isRunning());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rescan->isEnabled(), 500);
        QVERIFY(!page->isRunning());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // The cancelled worker winds down later; its outcome must not show or be stored.
        QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->hasActiveWorkers(), 30000);
        QTest::qWait(50);
        QVERIFY(!child<QLabel>(wizard.get(), u"discoveryError"_s)->isVisible());
        QCOMPARE(storage::DiscoveryRepository(m_workspace->databasePtr())
                     .list(wizard->engagementId())
                     ->size(),
                 0);

        // Without Cancel, the unreachable resolver is reported in plain words.
        QTest::mouseClick(rescan, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rescan->isEnabled(), 30000);
        auto *error = child<QLabel>(wizard.get(), u"discoveryError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"127.0.0.1:%1"_s.arg(blackhole.localPort())),
                 qPrintable(error->text()));
        AppSettings::setResolver(m_lab->resolverSpec());
    }

private:
    // With STSDESK_SCREENS_DIR set, saves both pages as PNG (for looking at them).
    static void saveScreens(EngagementWizard *wizard, const QString &tag)
    {
        const QString dir = qEnvironmentVariable("STSDESK_SCREENS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString suffix = tag == u"secure"_s ? QString() : u"-"_s + tag;
        wizard->back();
        QCoreApplication::processEvents();
        wizard->grab().save(dir + u"/mailservers"_s + suffix + u".png"_s);
        wizard->next();
        QCoreApplication::processEvents();
        wizard->grab().save(dir + u"/dnssec"_s + suffix + u".png"_s);
    }
    static QString vp(const char *text)
    {
        return QCoreApplication::translate("sts::ui::VerdictPresentation", text);
    }
};

QTEST_MAIN(TestDiscoveryPages)
#include "test_discovery_pages.moc"

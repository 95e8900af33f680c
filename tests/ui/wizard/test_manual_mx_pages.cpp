// Mail servers entered by hand, driven like a person through the wizard: a domain whose MX is not
// in DNS (the Knot lab answers NXDOMAIN for neu.secure.test) gets a host typed with its address,
// and the Pre-flight page then probes it: a real Postfix on 127.0.0.1 with a certificate for the
// typed name. Then a signed domain: hand entries compared with the scan, edited, removed.
#include "TestEnv.h"
#include "WizardLab.h"
#include "WizardTestSupport.h"
#include "mainwindow/AppSettings.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "services/ManualMx.h"
#include "storage/EventLog.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"
#include "wizard/ManualMxDialog.h"
#include "wizard/ManualMxPanel.h"
#include "wizard/PreflightPage.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;
using sts::test::PostfixLab;
using sts::test::runAndWait;
using sts::test::saveScreen;
using sts::test::TestPki;

class TestManualMxPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DnsLab> m_dns;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<test::LabDir> m_labDir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    quint16 m_port = 0;

    std::unique_ptr<EngagementWizard> openOnMailServers(const QString &domain)
    {
        return test::openOnMailServers(m_workspace.get(), domain);
    }
    static int rowOf(QTableWidget *table, int column, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column) && table->item(row, column)->text().startsWith(text))
                return row;
        return -1;
    }
    static QString text(QTableWidget *table, int row, int column)
    {
        return row < 0 || !table->item(row, column) ? QString() : table->item(row, column)->text();
    }
    // Opens the dialog with `button`, types into it with the keyboard, presses Enter. Returns
    // the dialog when it stayed open (a refused entry), nullptr when it closed.
    static ManualMxDialog *typeEntry(QWidget *wizard, QPushButton *button, const QString &host,
                                     int priority, const QString &addresses)
    {
        return typeEntry(
            wizard, [button] { QTest::mouseClick(button, Qt::LeftButton); }, host, priority,
            addresses);
    }
    // The same, the dialog opened by `open` (a click, a key).
    static ManualMxDialog *typeEntry(QWidget *wizard, const std::function<void()> &open,
                                     const QString &host, int priority, const QString &addresses)
    {
        // The dialog of a previous entry deletes itself when closed.
        if (!QTest::qWaitFor([&] { return wizard->findChild<ManualMxDialog *>() == nullptr; },
                             2000))
            qFatal("the previous dialog is still there");
        open();
        QPointer<ManualMxDialog> dialog;
        if (!QTest::qWaitFor(
                [&] { return (dialog = wizard->findChild<ManualMxDialog *>()) != nullptr; }, 2000))
            qFatal("no dialog");
        if (!QTest::qWaitForWindowActive(dialog))
            qFatal("dialog not active");
        auto *hostEdit = child<QLineEdit>(dialog, u"manualMxHost"_s);
        if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == hostEdit; }, 2000))
            qFatal("the host name field does not have the focus: %s",
                   QApplication::focusWidget()
                       ? qPrintable(QApplication::focusWidget()->objectName() + u" "_s +
                                    QString::fromLatin1(
                                        QApplication::focusWidget()->metaObject()->className()))
                       : "none");
        hostEdit->selectAll();
        QTest::keyClicks(hostEdit, host);
        QTest::keyClick(hostEdit, Qt::Key_Tab); // priority
        auto *spin = child<QSpinBox>(dialog, u"manualMxPriority"_s);
        if (QApplication::focusWidget() != spin)
            qFatal("Tab did not reach the priority");
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(priority));
        QTest::keyClick(spin, Qt::Key_Tab); // addresses
        auto *addressEdit = child<QLineEdit>(dialog, u"manualMxAddresses"_s);
        if (QApplication::focusWidget() != addressEdit)
            qFatal("Tab did not reach the addresses");
        addressEdit->selectAll();
        QTest::keyClicks(addressEdit, addresses);
        QTest::keyClick(addressEdit, Qt::Key_Return);
        QCoreApplication::processEvents();
        return dialog && dialog->isVisible() ? dialog.data() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        STSDESK_START_WIZARD_LAB(u"test_manual_mx_pages"_s, m_dir.filePath(u"mx.sqlite"_s),
                                 Clock::system(), m_dns, m_workspace);
        m_labDir = std::make_unique<test::LabDir>(u"mmx"_s);
        QVERIFY(QDir().mkpath(m_labDir->filePath(u"pki"_s)));
        m_pki = std::make_unique<TestPki>(m_labDir->filePath(u"pki"_s));
        QVERIFY(m_pki->isValid());
        const TestPki::Leaf leaf = m_pki->valid(u"neu"_s, {u"mx.neu.secure.test"_s});
        QVERIFY(leaf.isValid());
        m_port = test::freeTcpPort();
        m_postfix = std::make_unique<PostfixLab>(m_labDir->path());
        m_postfix->addListener({u"neu"_s, m_port, leaf.keyChainPath, true, false});
        QString error;
        QVERIFY2(m_postfix->start(&error), qPrintable(error));
        AppSettings::setCaFile(m_pki->rootCertPath());
    }
    void cleanupTestCase()
    {
        if (m_postfix)
            m_postfix->stop();
        m_workspace.reset();
        m_dns.reset();
    }

    // Issue 17: no MX in DNS was a dead end ("no MX host address to probe").
    void noMxInDnsThenEnteredByHandAndProbed()
    {
        auto wizard = openOnMailServers(u"neu.secure.test"_s);
        auto *table = child<QTableWidget>(wizard.get(), u"mailServersTable"_s);
        QVERIFY(runAndWait(child<QPushButton>(wizard.get(), u"rescanButton"_s), 60000));
        QCOMPARE(table->rowCount(), 0);
        auto *hint = child<QLabel>(wizard.get(), u"noMxHint"_s);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"found no MX"_s), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(u"Add mail server…"_s), qPrintable(hint->text()));
        auto *add = child<QPushButton>(wizard.get(), u"addMailServerButton"_s);
        QVERIFY(add->isVisible() && add->isEnabled());
        QVERIFY(!child<QPushButton>(wizard.get(), u"editMailServerButton"_s)->isEnabled());

        // A mistyped address is refused with the reason, the dialog stays open on that field.
        ManualMxDialog *refused =
            typeEntry(wizard.get(), add, u"MX.neu.secure.test"_s, 10, u"127.0.0.300"_s);
        QVERIFY(refused);
        auto *error = child<QLabel>(refused, u"manualMxError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"127.0.0.300"_s), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(refused, u"manualMxAddresses"_s));
        saveScreen(refused, u"manual-mx-dialog-error.png"_s);
        // Corrected in place: Ctrl+A and the right address, Enter saves.
        auto *addresses = child<QLineEdit>(refused, u"manualMxAddresses"_s);
        addresses->selectAll();
        QTest::keyClicks(addresses, u"127.0.0.1"_s);
        QPointer<ManualMxDialog> open = refused; // deletes itself when closed
        QTest::keyClick(addresses, Qt::Key_Return);
        QTRY_VERIFY(!open || !open->isVisible());

        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(text(table, 0, MailServersPage::HostColumn), u"mx.neu.secure.test"_s);
        QCOMPARE(text(table, 0, MailServersPage::PriorityColumn), u"10"_s);
        QCOMPARE(text(table, 0, MailServersPage::AddressesColumn), u"127.0.0.1"_s);
        QCOMPARE(text(table, 0, MailServersPage::OriginColumn), u"entered by hand"_s);
        QVERIFY2(hint->text().contains(u"entered by hand are used"_s), qPrintable(hint->text()));
        saveScreen(wizard.get(), u"manual-mx-mail-servers.png"_s);

        // The event log names it.
        auto events =
            storage::EventLog(m_workspace->databasePtr()).forEngagement(wizard->engagementId());
        QVERIFY(events);
        QVERIFY(
            std::any_of(events->cbegin(), events->cend(), [](const storage::EngagementEvent &e) {
                return e.kind == u"mx.entered"_s &&
                       e.payload.value(u"host"_s).toString() == u"mx.neu.secure.test"_s;
            }));

        // Pre-flight now has an address to probe: the Postfix lab at the typed 127.0.0.1.
        for (int step = 0; step < 6 && wizard->currentId() != EngagementWizard::PreflightPageId;
             ++step)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::PreflightPageId));
        const QString status = child<QLabel>(wizard.get(), u"preflightStatus"_s)->text();
        QVERIFY2(status.contains(u"entered by hand"_s), qPrintable(status));
        child<QSpinBox>(wizard.get(), u"smtpPortSpin"_s)->setValue(m_port);
        auto *preflight = child<QTableWidget>(wizard.get(), u"preflightTable"_s);
        QVERIFY(runAndWait(child<QPushButton>(wizard.get(), u"runPreflightButton"_s), 120000));
        auto *preflightError = child<QLabel>(wizard.get(), u"preflightError"_s);
        QVERIFY2(!preflightError->isVisible(), qPrintable(preflightError->text()));
        const int row =
            rowOf(preflight, PreflightPage::AddressColumn, u"127.0.0.1:%1"_s.arg(m_port));
        QVERIFY2(row >= 0, "no pre-flight row for the hand-entered address");
        QCOMPARE(text(preflight, row, PreflightPage::HostColumn), u"mx.neu.secure.test"_s);
        QCOMPARE(text(preflight, row, PreflightPage::StarttlsColumn), u"✓ offered"_s);
        QCOMPARE(text(preflight, row, PreflightPage::NameColumn), u"✓ matches"_s);
        QCOMPARE(text(preflight, row, PreflightPage::ResultColumn), u"✓ ok"_s);
        saveScreen(wizard.get(), u"manual-mx-preflight.png"_s);

        // The policy page proposes the hand-entered host as the mx pattern of a first version.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::PolicyPageId));
        auto *patterns = child<QListWidget>(wizard.get(), u"patternList"_s);
        QStringList proposed;
        for (int i = 0; i < patterns->count(); ++i)
            proposed << patterns->item(i)->text();
        QVERIFY2(proposed.contains(u"mx.neu.secure.test"_s), qPrintable(proposed.join(u'|')));
    }

    // No scan at all (DNS cannot be asked from here), only a mail server entered by hand: the
    // DANE page says a scan is missing, not that an unnamed resolver failed.
    void daneWithoutAScanSaysSo()
    {
        auto wizard = openOnMailServers(u"offline.example"_s);
        services::ManualMxInput entry;
        entry.host = u"mail.offline.example"_s;
        entry.addresses = {u"127.0.0.1"_s};
        QVERIFY(services::ManualMx(m_workspace->context()).add(wizard->engagementId(), entry));
        for (int step = 0; step < 9 && wizard->currentId() != EngagementWizard::DanePageId; ++step)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DanePageId));
        const QString status = child<QLabel>(wizard.get(), u"daneStatus"_s)->text();
        QVERIFY2(status.contains(u"there is no scan of the domain yet"_s), qPrintable(status));
        QVERIFY2(!status.contains(u"resolver"_s), qPrintable(status));
    }

    // A signed domain whose scan finds mx1 and mx2: the hand entry for mx1 is compared with DNS
    // and removed because DNS has it; a hand-only host is edited, then removed.
    void comparedWithTheScanEditedAndRemoved()
    {
        auto wizard = openOnMailServers(u"secure.test"_s);
        auto *table = child<QTableWidget>(wizard.get(), u"mailServersTable"_s);
        auto *add = child<QPushButton>(wizard.get(), u"addMailServerButton"_s);
        QVERIFY(!typeEntry(wizard.get(), add, u"mx1.secure.test"_s, 10, u"127.0.0.1, ::1"_s));
        QTRY_COMPARE(table->rowCount(), 1);
        QVERIFY(!typeEntry(wizard.get(), add, u"mx9.secure.test"_s, 50, u"192.0.2.9"_s));
        QTRY_COMPARE(table->rowCount(), 2);
        // The same host twice is refused.
        ManualMxDialog *duplicate =
            typeEntry(wizard.get(), add, u"mx1.secure.test"_s, 20, QString());
        QVERIFY(duplicate);
        QVERIFY(child<QLabel>(duplicate, u"manualMxError"_s)->text().contains(u"already"_s));
        QTest::keyClick(duplicate, Qt::Key_Escape);
        QTRY_VERIFY(wizard->findChild<ManualMxDialog *>() == nullptr);

        QVERIFY(runAndWait(child<QPushButton>(wizard.get(), u"rescanButton"_s), 60000));
        // mx1 and mx2 from DNS, mx9 by hand.
        QCOMPARE(table->rowCount(), 3);
        const int mx1 = rowOf(table, MailServersPage::HostColumn, u"mx1.secure.test"_s);
        const int mx2 = rowOf(table, MailServersPage::HostColumn, u"mx2.secure.test"_s);
        const int mx9 = rowOf(table, MailServersPage::HostColumn, u"mx9.secure.test"_s);
        QCOMPARE(text(table, mx1, MailServersPage::OriginColumn),
                 u"found in DNS; also entered by hand"_s);
        QCOMPARE(text(table, mx2, MailServersPage::OriginColumn), u"found in DNS"_s);
        QCOMPARE(text(table, mx9, MailServersPage::OriginColumn), u"entered by hand"_s);

        auto *comparison = child<QListWidget>(wizard.get(), u"manualMxComparison"_s);
        QVERIFY(comparison->isVisible());
        QStringList lines;
        for (int i = 0; i < comparison->count(); ++i)
            lines << comparison->item(i)->text();
        QVERIFY2(lines.contains(u"mx1.secure.test: DNS has it now, with the same priority and "
                                "addresses"_s),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.contains(u"mx9.secure.test: not in DNS (yet)"_s),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.contains(u"mx2.secure.test: found in DNS, not entered by hand"_s),
                 qPrintable(lines.join(u'|')));
        saveScreen(wizard.get(), u"manual-mx-compared.png"_s);

        // Edit mx9 from the keyboard: select its row, Enter opens the dialog.
        table->setFocus();
        table->setCurrentCell(mx9, MailServersPage::HostColumn);
        QVERIFY(child<QPushButton>(wizard.get(), u"editMailServerButton"_s)->isEnabled());
        QVERIFY(!typeEntry(
            wizard.get(), [table] { QTest::keyClick(table, Qt::Key_Return); }, u"mx9.secure.test"_s,
            30, u"192.0.2.9"_s));
        QTRY_COMPARE(text(table, rowOf(table, MailServersPage::HostColumn, u"mx9.secure.test"_s),
                          MailServersPage::PriorityColumn),
                     u"30"_s);

        // "Remove the hand entry, DNS has it now" on mx1's line.
        auto *removeCovered = child<QPushButton>(wizard.get(), u"removeCoveredButton"_s);
        QVERIFY(!removeCovered->isEnabled());
        for (int i = 0; i < comparison->count(); ++i)
            if (comparison->item(i)->text().startsWith(u"mx1.secure.test"_s))
                comparison->setCurrentRow(i);
        QVERIFY(removeCovered->isEnabled());
        QTest::mouseClick(removeCovered, Qt::LeftButton);
        QTRY_COMPARE(text(table, rowOf(table, MailServersPage::HostColumn, u"mx1.secure.test"_s),
                          MailServersPage::OriginColumn),
                     u"found in DNS"_s);

        // A row found in DNS only cannot be removed; Delete on mx9's row removes it.
        table->setFocus();
        table->setCurrentCell(rowOf(table, MailServersPage::HostColumn, u"mx2.secure.test"_s),
                              MailServersPage::HostColumn);
        QVERIFY(!child<QPushButton>(wizard.get(), u"removeMailServerButton"_s)->isEnabled());
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 3);
        table->setCurrentCell(rowOf(table, MailServersPage::HostColumn, u"mx9.secure.test"_s),
                              MailServersPage::HostColumn);
        QVERIFY(child<QPushButton>(wizard.get(), u"removeMailServerButton"_s)->isEnabled());
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(table->rowCount(), 2);
        QVERIFY(!child<QListWidget>(wizard.get(), u"manualMxComparison"_s)->isVisible());
        auto left = services::ManualMx(m_workspace->context()).list(wizard->engagementId());
        QVERIFY(left);
        QVERIFY(left->isEmpty());
        auto events =
            storage::EventLog(m_workspace->databasePtr()).forEngagement(wizard->engagementId());
        QVERIFY(
            std::any_of(events->cbegin(), events->cend(), [](const storage::EngagementEvent &e) {
                return e.kind == u"mx.removed"_s &&
                       e.payload.value(u"reason"_s).toString() == u"dns-has-it"_s;
            }));
    }
};

QTEST_MAIN(TestManualMxPages)
#include "test_manual_mx_pages.moc"

// Reports for a domain no engagement holds, through the main window as a consultant meets them:
// imported from an engagement's Reports view, the import summary says they went to no engagement
// and where to find them; View › Unassigned Reports lists the domain with its reports, days and
// reporting organisations without opening an engagement; "Assign to Engagement…" gives the domain
// to the engagement, whose Reports view then shows them; "Remove from Engagement" gives them
// back. On the code before, the import counted them as imported and nothing showed them again.
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "reports/AssignDomainDialog.h"
#include "reports/ImportPanel.h"
#include "reports/ReportsView.h"
#include "reports/StoredReportsPanel.h"
#include "reports/TlsReportWriter.h"
#include "reports/UnassignedReportsPanel.h"
#include "storage/EventLog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestUnassignedReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;

    std::unique_ptr<Workspace> freshWorkspace()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"gui.sqlite"_s);
        auto db = storage::Database::open(location);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::make_unique<Workspace>(*db, std::make_shared<FixedClock>(QDateTime(
                                                    QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)));
    }

    ReportsView *reports() const { return m_window->engagementView()->reportsView(); }
    QTableWidget *storedReports() const { return reports()->storedReportsPanel()->table(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>(freshWorkspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Engagement draft;
        draft.customer = u"Beispiel AG"_s;
        draft.domain = DomainName::fromUserInput(u"example.com"_s).value();
        Result<Engagement> created = m_window->workspace()->engagements().create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        m_window->workspace()->notifyChanged(m_id);
        QCOMPARE(m_window->engagementView()->engagementId(), m_id);
        m_window->engagementView()->setCurrentSection(EngagementView::ReportsSection);
        reports()->tabs()->setCurrentIndex(ReportsView::StoredReportsTab);
    }
    void cleanupTestCase() { m_window.reset(); }

    void importSaysWhereReportsForAnotherDomainAre()
    {
        test::TlsReportWriter other(m_dir.filePath(u"in"_s), u"beispiel-shop.de"_s,
                                    u"mx.beispiel-shop.de"_s);
        test::TlsReportWriter own(m_dir.filePath(u"own"_s), u"example.com"_s, u"mx.example.com"_s);
        const QStringList files{
            other.writeAs(u"o-1"_s, u"Google LLC"_s, QDate(2026, 12, 1), 40, 2),
            other.writeAs(u"o-2"_s, u"Microsoft Corporation"_s, QDate(2026, 12, 3), 25, 0),
            own.writeAs(u"e-1"_s, u"Google LLC"_s, QDate(2026, 12, 2), 10, 0)};
        QSignalSpy imported(reports()->importPanel(), &ImportPanel::imported);
        reports()->importPaths(files);
        QVERIFY(imported.wait(60000));
        const QString summary = reports()->importPanel()->summaryText();
        QVERIFY2(summary.contains(u"Imported 3 report(s)"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 report(s) were for domains no engagement holds"_s) &&
                     summary.contains(u"Unassigned Reports"_s),
                 qPrintable(summary));
        QTRY_COMPARE_WITH_TIMEOUT(storedReports()->rowCount(), 1, 30000); // its own report only
    }

    void unassignedReportsAreListedWithoutOpeningAnEngagement()
    {
        auto *action = m_window->findChild<QAction *>(u"actionUnassignedReports"_s);
        QVERIFY2(action, "no View › Unassigned Reports action");
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *panel = m_window->findChild<UnassignedReportsPanel *>();
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        QTableWidget *table = panel->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, UnassignedReportsPanel::DomainColumn)->text(),
                 u"beispiel-shop.de"_s);
        QCOMPARE(table->item(0, UnassignedReportsPanel::ReportsColumn)->text(), u"2"_s);
        QCOMPARE(table->item(0, UnassignedReportsPanel::DaysColumn)->text(), u"2"_s);
        QCOMPARE(table->item(0, UnassignedReportsPanel::FirstColumn)->text(), u"2026-12-01"_s);
        QCOMPARE(table->item(0, UnassignedReportsPanel::LastColumn)->text(), u"2026-12-03"_s);
        QCOMPARE(table->item(0, UnassignedReportsPanel::OrgColumn)->text(),
                 u"Google LLC, Microsoft Corporation"_s);
        QCOMPARE(panel->assignedTable()->rowCount(), 0);
    }

    void assigningGivesTheReportsToTheEngagement()
    {
        auto *panel = m_window->findChild<UnassignedReportsPanel *>();
        QVERIFY(panel);
        auto *assign = panel->findChild<QPushButton *>(u"assignDomain"_s);
        QVERIFY(!assign->isEnabled()); // nothing selected yet
        QVERIFY(panel->selectDomain(u"beispiel-shop.de"_s));
        QVERIFY(assign->isEnabled());
        QTest::mouseClick(assign, Qt::LeftButton);
        auto *dialog = panel->findChild<AssignDomainDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *engagement = dialog->findChild<QComboBox *>(u"assignEngagement"_s);
        QCOMPARE(engagement->count(), 1);
        QVERIFY(engagement->currentText().contains(u"Beispiel AG"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"assignDomainName"_s)->text(),
                 u"beispiel-shop.de"_s);
        QSignalSpy assigned(panel, &UnassignedReportsPanel::assigned);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned.first().at(0).toLongLong(), m_id);

        // Refreshed: the domain left the list and is among the engagements' report domains.
        QCOMPARE(panel->table()->rowCount(), 0);
        QVERIFY2(panel->statusText().contains(u"Beispiel AG"_s) &&
                     panel->statusText().contains(u"2 stored report(s)"_s),
                 qPrintable(panel->statusText()));
        QCOMPARE(panel->assignedTable()->rowCount(), 1);
        QCOMPARE(panel->assignedTable()->item(0, 0)->text(), u"beispiel-shop.de"_s);

        // The engagement's Reports view shows them now.
        QCOMPARE(m_window->engagementView()->engagementId(), m_id);
        QTRY_COMPARE_WITH_TIMEOUT(storedReports()->rowCount(), 3, 30000);
        QStringList kinds;
        for (const storage::EngagementEvent &e :
             *storage::EventLog(m_window->workspace()->databasePtr()).forEngagement(m_id))
            kinds << e.kind;
        QVERIFY(kinds.contains(u"engagement.report-domain-added"_s));
    }

    void aDomainAnotherEngagementHasIsRefusedInTheDialog()
    {
        // example.com's own reports cannot be given away: the dialog says why and stays open.
        auto *panel = m_window->findChild<UnassignedReportsPanel *>();
        AssignDomainDialog dialog(m_window->workspace(), u"mx.example.com"_s, panel);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = dialog.findChild<QLabel *>(u"assignError"_s);
        QVERIFY2(error->isVisible() && error->text().contains(u"already"_s),
                 qPrintable(error->text()));
    }

    void removingTheDomainGivesTheReportsBack()
    {
        auto *panel = m_window->findChild<UnassignedReportsPanel *>();
        panel->assignedTable()->selectRow(0);
        auto *remove = panel->findChild<QPushButton *>(u"removeDomain"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel->assignedTable()->rowCount(), 0);
        QCOMPARE(panel->table()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(storedReports()->rowCount(), 1, 30000);
    }
};

QTEST_MAIN(TestUnassignedReports)
#include "test_unassigned_reports.moc"

// Reports for a domain no engagement holds, through the main window as a consultant meets them:
// imported from an engagement's Reports view, the import summary says they went to no engagement
// and where to find them; View › Unassigned Reports lists the domain with its reports, days and
// reporting organisations without opening an engagement; "Assign to Engagement…" gives the domain
// to the engagement, whose Reports view then shows them; "Remove from Engagement" gives them
// back. On the code before, the import counted them as imported and nothing showed them again.
// The test finds the new widgets by object name only, so that it builds on that code and fails.
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "reports/ImportPanel.h"
#include "reports/ReportsView.h"
#include "reports/StoredReportsPanel.h"
#include "reports/TlsReportWriter.h"
#include "storage/EventLog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
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
    QWidget *panel() const { return m_window->findChild<QWidget *>(u"unassignedReportsPanel"_s); }
    template <typename T> T *inPanel(const QString &name) const
    {
        return panel() ? panel()->findChild<T *>(name) : nullptr;
    }
    static QString cell(QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

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
        QVERIFY(panel());
        QVERIFY(QTest::qWaitForWindowExposed(panel()));
        auto *table = inPanel<QTableWidget>(u"unassignedReports"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        // Domain, reports, days, first and last day, reporting organisations.
        QCOMPARE(cell(table, 0, 0), u"beispiel-shop.de"_s);
        QCOMPARE(cell(table, 0, 1), u"2"_s);
        QCOMPARE(cell(table, 0, 2), u"2"_s);
        QCOMPARE(cell(table, 0, 3), u"2026-12-01"_s);
        QCOMPARE(cell(table, 0, 4), u"2026-12-03"_s);
        QCOMPARE(cell(table, 0, 5), u"Google LLC, Microsoft Corporation"_s);
        QCOMPARE(inPanel<QTableWidget>(u"assignedDomains"_s)->rowCount(), 0);
    }

    void assigningGivesTheReportsToTheEngagement()
    {
        QVERIFY(panel());
        auto *table = inPanel<QTableWidget>(u"unassignedReports"_s);
        auto *assign = inPanel<QPushButton>(u"assignDomain"_s);
        QVERIFY(!assign->isEnabled()); // nothing selected yet
        table->selectRow(0);
        QVERIFY(assign->isEnabled());
        QTest::mouseClick(assign, Qt::LeftButton);
        auto *dialog = inPanel<QDialog>(u"assignDomainDialog"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *engagement = dialog->findChild<QComboBox *>(u"assignEngagement"_s);
        QCOMPARE(engagement->count(), 1);
        QVERIFY(engagement->currentText().contains(u"Beispiel AG"_s));
        auto *domain = dialog->findChild<QLineEdit *>(u"assignDomainName"_s);
        QCOMPARE(domain->text(), u"beispiel-shop.de"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // The engagement's own reports cannot be given to it again: the dialog says why and
        // stays open.
        domain->setText(u"mx.example.com"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(u"assignError"_s);
        QVERIFY2(error->isVisible() && error->text().contains(u"already"_s),
                 qPrintable(error->text()));

        domain->setText(u"beispiel-shop.de"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!inPanel<QDialog>(u"assignDomainDialog"_s)); // closed and gone

        // Refreshed: the domain left the list and is among the engagements' report domains.
        QCOMPARE(table->rowCount(), 0);
        const QString status = inPanel<QLabel>(u"unassignedStatus"_s)->text();
        QVERIFY2(status.contains(u"Beispiel AG"_s) && status.contains(u"2 stored report(s)"_s),
                 qPrintable(status));
        auto *assigned = inPanel<QTableWidget>(u"assignedDomains"_s);
        QCOMPARE(assigned->rowCount(), 1);
        QCOMPARE(cell(assigned, 0, 0), u"beispiel-shop.de"_s);

        // The engagement's Reports view shows them now.
        QCOMPARE(m_window->engagementView()->engagementId(), m_id);
        QTRY_COMPARE_WITH_TIMEOUT(storedReports()->rowCount(), 3, 30000);
        QStringList kinds;
        for (const storage::EngagementEvent &e :
             *storage::EventLog(m_window->workspace()->databasePtr()).forEngagement(m_id))
            kinds << e.kind;
        QVERIFY(kinds.contains(u"engagement.report-domain-added"_s));
    }

    void removingTheDomainGivesTheReportsBack()
    {
        QVERIFY(panel());
        auto *assigned = inPanel<QTableWidget>(u"assignedDomains"_s);
        assigned->selectRow(0);
        auto *remove = inPanel<QPushButton>(u"removeDomain"_s);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(assigned->rowCount(), 0);
        QCOMPARE(inPanel<QTableWidget>(u"unassignedReports"_s)->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(storedReports()->rowCount(), 1, 30000);
    }

    void welcomePageLeadsThereToo()
    {
        QVERIFY(panel());
        panel()->close();
        auto *button = m_window->findChild<QPushButton *>(u"welcomeUnassignedReports"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel()->isVisible());
    }
};

QTEST_MAIN(TestUnassignedReports)
#include "test_unassigned_reports.moc"

// The home of the main window is the portfolio: a row per engagement, "Needs attention" filters,
// sorting by header, tooltips that explain a flag, Enter opens the engagement, Alt+Home returns,
// and a change to the workspace shows without reopening.
#include "WizardTestSupport.h" // tests/ui/wizard: saveScreen
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "portfolio/PortfolioLab.h"
#include "portfolio/PortfolioModel.h"
#include "portfolio/PortfolioView.h"
#include "services/EngagementService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestPortfolioView : public QObject
{
    Q_OBJECT

    test::PortfolioLab m_lab;
    std::unique_ptr<MainWindow> m_window;

    PortfolioView *home() const { return m_window->findChild<PortfolioView *>(u"portfolioView"_s); }
    QTableView *table() const { return home()->findChild<QTableView *>(u"portfolioTable"_s); }
    QWidget *shown() const { return m_window->findChild<QStackedWidget *>()->currentWidget(); }
    // The customer shown in `row` of the table as sorted and filtered.
    QString customerAt(int row) const
    {
        return table()->model()->index(row, PortfolioModel::Customer).data().toString();
    }
    int rowOfCustomer(const QString &customer) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            if (customerAt(row) == customer)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString built = m_lab.build();
        QVERIFY2(built.isEmpty(), qPrintable(built));
        // Opened yesterday: the window still starts on the portfolio, not on it.
        QVERIFY(EngagementService(m_lab.context).markOpened(m_lab.enforced).ok());
        m_window = std::make_unique<MainWindow>(std::make_unique<Workspace>(m_lab.context));
        m_window->resize(1500, 560);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void homeShowsARowPerEngagement()
    {
        QVERIFY(home());
        QCOMPARE(shown(), home());
        QTRY_COMPARE(table()->model()->rowCount(), 3); // archived ones are not on it
        QCOMPARE(customerAt(0), u"Blocked GmbH"_s);    // by customer
        const QModelIndex blocked = table()->model()->index(0, PortfolioModel::Readiness);
        QVERIFY2(blocked.data().toString().startsWith(u"Blocked: "_s),
                 qPrintable(blocked.data().toString()));
        const QString summary = home()->findChild<QLabel *>(u"portfolioSummary"_s)->text();
        QVERIFY2(summary.contains(u"3 engagement"_s) && summary.contains(u"2 need"_s),
                 qPrintable(summary));
        test::saveScreen(m_window.get(), u"portfolio-home.png"_s);
    }

    void tooltipsExplainFlagsAndAttention()
    {
        const int row = rowOfCustomer(u"Enforced SA"_s);
        QVERIFY(row >= 0);
        const QString drift =
            table()->model()->index(row, PortfolioModel::Drift).data(Qt::ToolTipRole).toString();
        QVERIFY2(drift.contains(u"last discovery"_s), qPrintable(drift));
        const QString why =
            table()->model()->index(row, PortfolioModel::Customer).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"expires in 12 day"_s), qPrintable(why));
        QVERIFY(table()
                    ->model()
                    ->index(row, PortfolioModel::Certificate)
                    .data()
                    .toString()
                    .startsWith(u"12 day"_s));
    }

    void sortsByHeader()
    {
        QTest::mouseClick(
            table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table()->horizontalHeader()->sectionViewportPosition(PortfolioModel::Findings) +
                       10,
                   5));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
                 int(PortfolioModel::Findings));
        const QString first = customerAt(0);
        const QString last = customerAt(2);
        // One click sorts one way, the next the other; the engagement with findings is at an end.
        QVERIFY2(first == u"Enforced SA"_s || last == u"Enforced SA"_s,
                 qPrintable(first + u" … "_s + last));
        table()->sortByColumn(PortfolioModel::Customer, Qt::AscendingOrder);
    }

    void needsAttentionFilters()
    {
        auto *attention = home()->findChild<QToolButton *>(u"portfolioAttention"_s);
        QTest::mouseClick(attention, Qt::LeftButton);
        QVERIFY(attention->isChecked());
        QCOMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(rowOfCustomer(u"Ready AG"_s), -1);
        test::saveScreen(m_window.get(), u"portfolio-attention.png"_s);
        QTest::mouseClick(attention, Qt::LeftButton);
        QCOMPARE(table()->model()->rowCount(), 3);

        auto *search = home()->findChild<QLineEdit *>(u"portfolioSearch"_s);
        search->setText(u"ready.exa"_s);
        QCOMPARE(table()->model()->rowCount(), 1);
        search->clear();

        auto *mine = home()->findChild<QToolButton *>(u"portfolioMine"_s);
        QTest::mouseClick(mine, Qt::LeftButton);
        QCOMPARE(table()->model()->rowCount(), 0); // nobody is assigned before migration 0018
        QTest::mouseClick(mine, Qt::LeftButton);
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void enterOpensTheEngagementAndAltHomeReturns()
    {
        const int row = rowOfCustomer(u"Ready AG"_s);
        table()->setCurrentIndex(table()->model()->index(row, 0));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(shown(), m_window->engagementView());
        QCOMPARE(m_window->engagementList()->currentId(), m_lab.ready);

        QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(shown(), home());
        QCOMPARE(m_window->engagementList()->currentId(), 0);
    }

    void doubleClickOpensToo()
    {
        const int row = rowOfCustomer(u"Enforced SA"_s);
        const QRect cell = table()->visualRect(table()->model()->index(row, 1));
        // As a person double-clicks: press and release, then the double click.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(shown(), m_window->engagementView());
        QCOMPARE(m_window->engagementList()->currentId(), m_lab.enforced);
        auto *homeAction = m_window->findChild<QAction *>(u"actionHome"_s);
        QVERIFY(homeAction);
        homeAction->trigger();
        QCOMPARE(shown(), home());
    }

    void workspaceChangesShowOnTheHome()
    {
        QVERIFY(m_window->workspace()->engagements().rename(m_lab.ready, u"Renamed AG"_s).ok());
        m_window->workspace()->notifyChanged(m_lab.ready);
        QTRY_VERIFY(rowOfCustomer(u"Renamed AG"_s) >= 0);
        QCOMPARE(rowOfCustomer(u"Ready AG"_s), -1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestPortfolioView)
#include "test_portfolio_view.moc"

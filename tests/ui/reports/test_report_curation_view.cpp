// The Reports view's "Stored reports" and "Conflicts" tabs on a real workspace: a wrong report is
// taken out again (after a confirmation with a reason: removed, or sent back to the quarantine
// with its bytes), a copy with other content waits with both versions shown until the consultant
// keeps one, and every step is in the engagement's event log.
#include "ChartProbe.h"
#include "CompanyYReports.h"
#include "TestEnv.h"
#include "mainwindow/Workspace.h"
#include "reports/ConflictsPanel.h"
#include "reports/ImportPanel.h"
#include "reports/QuarantinePanel.h"
#include "reports/ReportsView.h"
#include "reports/StoredReportsPanel.h"
#include "reports/TlsReportWriter.h"
#include "storage/EventLog.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::barSet;
using sts::test::values;

class TestReportCurationView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::CompanyYReports m_reports;

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_reports.view->isBusy(), 60000);
        QCoreApplication::processEvents();
    }
    QStringList eventKinds()
    {
        QStringList kinds;
        for (const storage::EngagementEvent &event :
             *storage::EventLog(m_reports.workspace->databasePtr())
                  .forEngagement(m_reports.engagementId))
            kinds << event.kind;
        return kinds;
    }
    int rowWith(QTableWidget *table, int column, const QString &text)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, column)->text() == text)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    // Company-X's RFC example (1 April), Google (2 April, 7 failures) and Microsoft (3 April, 4
    // dnssec-invalid failures) for company-y.example.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failed = m_reports.open(m_dir.filePath(u"curation.sqlite"_s));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(QTest::qWaitForWindowExposed(m_reports.view.get()));

        test::TlsReportWriter writer(m_dir.filePath(u"inputs"_s), u"company-y.example"_s,
                                     u"mx.company-y.example"_s);
        m_reports.view->importPaths(
            {test::testDataDir() + u"/tlsrpt/published/rfc8460-example.json"_s,
             writer.write(u"Google LLC"_s, QDate(2016, 4, 2), 1000, 7),
             writer.writeAs(u"133925885310113267+company-y.example"_s, u"Microsoft Corporation"_s,
                            QDate(2016, 4, 3), 0, 4, u"dnssec-invalid"_s)});
        waitIdle();
        QVERIFY2(m_reports.view->importPanel()->summaryText().contains(u"Imported 3 report(s)"_s),
                 qPrintable(m_reports.view->importPanel()->summaryText()));
    }

    void storedReportsCanBeTakenOut()
    {
        QStringList asked;
        std::optional<QString> answer;
        StoredReportsPanel *panel = m_reports.view->storedReportsPanel();
        panel->setReasonPrompt([&](QWidget *, const QString &, const QString &question, bool) {
            asked << question;
            return answer;
        });
        m_reports.view->tabs()->setCurrentIndex(ReportsView::StoredReportsTab);
        waitIdle();
        QTableWidget *table = panel->table();
        QCOMPARE(table->rowCount(), 3);
        const int microsoft = rowWith(table, StoredReportsPanel::ReportIdColumn,
                                      u"133925885310113267+company-y.example"_s);
        QVERIFY(microsoft >= 0);
        QCOMPARE(table->item(microsoft, StoredReportsPanel::FailedColumn)->text(), u"4"_s);

        // Cancelled: nothing happens.
        panel->quarantineRow(microsoft);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(u"133925885310113267+company-y.example"_s));
        waitIdle();
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"dnssec-invalid"_s)),
                 (QList<qreal>{0, 0, 4}));

        answer = u"counts look forged"_s;
        table->selectRow(microsoft);
        auto *quarantine = panel->findChild<QPushButton *>(u"quarantineReport"_s);
        QVERIFY(quarantine && quarantine->isEnabled());
        QTest::mouseClick(quarantine, Qt::LeftButton);
        waitIdle();
        QVERIFY(!barSet(m_reports.view->dailyChart(), u"dnssec-invalid"_s));
        QCOMPARE(m_reports.view->quarantinePanel()->entryCount(), 1);
        QCOMPARE(table->rowCount(), 2);

        // Removed, from the button: Google's report of 2 April with its 7 failures.
        answer = QString();
        table->selectRow(rowWith(table, StoredReportsPanel::FailedColumn, u"7"_s));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"removeReport"_s), Qt::LeftButton);
        waitIdle();
        QVERIFY(!barSet(m_reports.view->dailyChart(), u"certificate-host-mismatch"_s));
        QCOMPARE(table->rowCount(), 1);

        const QStringList kinds = eventKinds();
        QCOMPARE(kinds.count(u"report.quarantined"_s), 1);
        QCOMPARE(kinds.count(u"report.removed"_s), 1);
        for (const storage::EngagementEvent &event :
             *storage::EventLog(m_reports.workspace->databasePtr())
                  .forEngagement(m_reports.engagementId)) {
            if (event.kind == u"report.quarantined"_s)
                QCOMPARE(event.payload.value(u"reason"_s).toString(), u"counts look forged"_s);
        }
    }

    void conflictsShowBothVersionsUntilOneIsKept()
    {
        QFile original(test::testDataDir() + u"/tlsrpt/published/rfc8460-example.json"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile copy(m_dir.filePath(u"rfc8460-altered.json"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(original.readAll().replace("5326", "5000"));
        copy.close();
        m_reports.view->importPaths({copy.fileName()});
        waitIdle();
        QVERIFY2(m_reports.view->importPanel()->summaryText().contains(u"Conflicts"_s),
                 qPrintable(m_reports.view->importPanel()->summaryText()));
        QCOMPARE(m_reports.view->tabs()->tabText(ReportsView::ConflictsTab), u"Conflicts (1)"_s);
        QVERIFY2(m_reports.view->summaryText().contains(u"in conflict"_s),
                 qPrintable(m_reports.view->summaryText()));
        QVERIFY(!barSet(m_reports.view->dailyChart(), u"success"_s) ||
                !values(barSet(m_reports.view->dailyChart(), u"success"_s)).contains(5326.0));

        ConflictsPanel *panel = m_reports.view->conflictsPanel();
        QCOMPARE(panel->conflictCount(), 1);
        QCOMPARE(panel->conflictTable()->item(0, ConflictsPanel::SenderColumn)->text(),
                 u"Company-X"_s);
        QTableWidget *versions = panel->versionTable();
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->item(0, ConflictsPanel::SuccessfulColumn)->text(), u"5,326"_s);
        QCOMPARE(versions->item(1, ConflictsPanel::SuccessfulColumn)->text(), u"5,000"_s);
        QVERIFY(versions->item(1, ConflictsPanel::OriginColumn)->text().contains(u"altered"_s));
        versions->setCurrentCell(1, 0);
        QVERIFY(panel->rawView()->toPlainText().contains(u"5000"_s));
        versions->setCurrentCell(0, 0);
        QVERIFY(panel->rawView()->toPlainText().contains(u"5326"_s));

        QString question;
        panel->setReasonPrompt([&](QWidget *, const QString &, const QString &q, bool) {
            question = q;
            return std::optional<QString>(u"the original"_s);
        });
        m_reports.view->tabs()->setCurrentIndex(ReportsView::ConflictsTab);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"keepVersion"_s), Qt::LeftButton);
        waitIdle();
        QVERIFY2(question.contains(u"5,326"_s), qPrintable(question));
        QCOMPARE(panel->conflictCount(), 0);
        QCOMPARE(m_reports.view->tabs()->tabText(ReportsView::ConflictsTab), u"Conflicts"_s);
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"success"_s)).first(), 5326.0);
        QVERIFY(eventKinds().contains(u"report.conflict-resolved"_s));
    }

    void cleanupTestCase() { m_reports.view.reset(); }
};

QTEST_MAIN(TestReportCurationView)
#include "test_report_curation_view.moc"

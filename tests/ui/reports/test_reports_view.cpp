#include "ChartProbe.h"
#include "CompanyYReports.h"
#include "TestEnv.h"
#include "mainwindow/Workspace.h"
#include "reports/ImportPanel.h"
#include "reports/QuarantinePanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"
#include "reports/ReportsView.h"
#include "reports/TlsReportWriter.h"
#include "storage/ReportRepository.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::barSet;
using sts::test::values;

// The fixtures, as a person reads them (all for policy domain company-y.example):
//  - rfc8460-example.json (shared testdata): Company-X, 2016-04-01, 5326 successful, 303 failed;
//    details: certificate-expired 100 (mx1), starttls-not-supported 200 (mx2, with
//    additional-information), validation-failure 3 (mx-backup, failure-reason-code
//    X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED).
//  - TlsReportWriter (MX mx.company-y.example): "Google LLC" 2016-04-02 1000 ok / 7
//    certificate-host-mismatch; "Google Inc." 2016-04-03 20 ok; "Microsoft Corporation"
//    2016-04-03 50 ok / 5 sts-policy-fetch-error.
//  - microsoft-no-mx.json (below): Microsoft, 2016-04-03, 0 ok / 4 dnssec-invalid without MX host.
//  - broken.json: not JSON at all → quarantine.
static const QByteArray microsoftWithoutMx = R"({
  "organization-name": "Microsoft Corporation",
  "date-range": {"start-datetime": "2016-04-03T00:00:00Z", "end-datetime": "2016-04-03T23:59:59Z"},
  "contact-info": "tlsrpt-noreply@microsoft.com",
  "report-id": "133925885310113267+company-y.example",
  "policies": [{
    "policy": {"policy-type": "sts", "policy-domain": "company-y.example"},
    "summary": {"total-successful-session-count": 0, "total-failure-session-count": 4},
    "failure-details": [{"result-type": "dnssec-invalid", "failed-session-count": 4}]
  }]
})";
static const QByteArray brokenInput = "{ this is not a TLS report";

namespace {

// Paints a chart offscreen the way a QChartView would, to look at its pixels.
QImage renderChart(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    if (!chart)
        return image;
    // A scene of its own, so the chart can be rendered without a view taking ownership of it.
    QGraphicsScene scene;
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->layout()->activate();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                     QRectF(QPointF(0, 0), QSizeF(size)));
    }
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
    return image;
}

} // namespace

class TestReportsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::CompanyYReports m_reports;

    // Row of `table` whose UserRole in column 0 is `key`, as {column texts}.
    static QStringList row(QTableWidget *table, const QString &key)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == key) {
                QStringList texts;
                for (int c = 0; c < table->columnCount(); ++c)
                    texts << table->item(r, c)->text();
                return texts;
            }
        }
        return {};
    }
    static int rowOf(QTableWidget *table, const QString &key)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
                return r;
        }
        return -1;
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_reports.view->isBusy(), 60000);
        QCoreApplication::processEvents();
    }
    QList<QStringList> detailRows()
    {
        QList<QStringList> rows;
        QTableWidget *table = m_reports.view->detailsTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList texts;
            for (int c = 0; c < table->columnCount(); ++c)
                texts << table->item(r, c)->text();
            rows << texts;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failed = m_reports.open(m_dir.filePath(u"reports.sqlite"_s));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(QTest::qWaitForWindowExposed(m_reports.view.get()));
        waitIdle();
        QVERIFY2(m_reports.view->summaryText().contains(u"No reports"_s),
                 qPrintable(m_reports.view->summaryText()));
        // Nothing to filter yet: the range shows today (not QDateEdit's year 2000), disabled;
        // the empty chart's axis counts 0 and 1, not 0, 0.25, ... shown as "0 0 1 1 1".
        QCOMPARE(m_reports.view->rangeFrom(), QDate(2016, 4, 20));
        QCOMPARE(m_reports.view->rangeTo(), QDate(2016, 4, 20));
        QVERIFY(!m_reports.view->findChild<QWidget *>(u"rangeFrom"_s)->isEnabled());
        QVERIFY(!m_reports.view->findChild<QWidget *>(u"wholePeriod"_s)->isEnabled());
        const auto yAxes = m_reports.view->dailyChart()->axes(Qt::Vertical);
        QCOMPARE(yAxes.size(), 1);
        const auto *sessions = qobject_cast<QValueAxis *>(yAxes.first());
        QVERIFY(sessions);
        QCOMPARE(sessions->max(), 1.0);
        QCOMPARE(sessions->tickCount(), 2);

        const QString inputs = m_dir.filePath(u"inputs"_s);
        test::TlsReportWriter writer(inputs, u"company-y.example"_s, u"mx.company-y.example"_s);
        QStringList paths{test::testDataDir() + u"/tlsrpt/published/rfc8460-example.json"_s};
        paths << writer.write(u"Google LLC"_s, QDate(2016, 4, 2), 1000, 7,
                              u"certificate-host-mismatch"_s);
        paths << writer.write(u"Google Inc."_s, QDate(2016, 4, 3), 20, 0);
        paths << writer.write(u"Microsoft Corporation"_s, QDate(2016, 4, 3), 50, 5,
                              u"sts-policy-fetch-error"_s);
        for (const auto &[name, bytes] : {std::pair{u"microsoft-no-mx.json"_s, microsoftWithoutMx},
                                          std::pair{u"broken.json"_s, brokenInput}}) {
            QFile file(inputs + u"/"_s + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            paths << file.fileName();
        }
        m_reports.view->importPaths(paths);
        QVERIFY(m_reports.view->importPanel()->isImporting());
        waitIdle();
        QVERIFY2(m_reports.view->importPanel()->summaryText().contains(u"Imported 5 report(s)"_s),
                 qPrintable(m_reports.view->importPanel()->summaryText()));
        QVERIFY2(m_reports.view->importPanel()->summaryText().contains(u"1 quarantined"_s),
                 qPrintable(m_reports.view->importPanel()->summaryText()));
    }

    void dailyBarsPerResultType()
    {
        QCOMPARE(m_reports.view->rangeFrom(), QDate(2016, 4, 1));
        QCOMPARE(m_reports.view->rangeTo(), QDate(2016, 4, 3));
        QVERIFY(m_reports.view->findChild<QWidget *>(u"rangeFrom"_s)->isEnabled());
        QChart *chart = m_reports.view->dailyChart();
        QCOMPARE(values(barSet(chart, u"success"_s)), (QList<qreal>{5326, 1000, 70}));
        QCOMPARE(values(barSet(chart, u"certificate-expired"_s)), (QList<qreal>{100, 0, 0}));
        QCOMPARE(values(barSet(chart, u"starttls-not-supported"_s)), (QList<qreal>{200, 0, 0}));
        QCOMPARE(values(barSet(chart, u"validation-failure"_s)), (QList<qreal>{3, 0, 0}));
        QCOMPARE(values(barSet(chart, u"certificate-host-mismatch"_s)), (QList<qreal>{0, 7, 0}));
        QCOMPARE(values(barSet(chart, u"sts-policy-fetch-error"_s)), (QList<qreal>{0, 0, 5}));
        QCOMPARE(values(barSet(chart, u"dnssec-invalid"_s)), (QList<qreal>{0, 0, 4}));
        QVERIFY(!barSet(chart, u"tlsa-invalid"_s)); // only types that occur get a legend entry
        // One colour per result type, the same one the tables and the PDF use.
        for (const QString &type : {u"certificate-expired"_s, u"starttls-not-supported"_s,
                                    u"validation-failure"_s, u"dnssec-invalid"_s})
            QCOMPARE(barSet(chart, type)->color(), reportcharts::resultTypeColor(type));
        QCOMPARE(barSet(chart, u"certificate-expired"_s)->label(), u"certificate-expired"_s);
        QVERIFY(reportcharts::resultTypeColor(u"certificate-expired"_s) !=
                reportcharts::resultTypeColor(u"certificate-host-mismatch"_s));
    }

    void perSenderAndPerMx()
    {
        SenderTable *senders = m_reports.view->senderTable();
        QCOMPARE(senders->rowCount(), 3);
        // Sender, reports, successful, failed, rate
        QCOMPARE(row(senders, u"Company-X"_s).mid(1, 3),
                 (QStringList{u"1"_s, u"5,326"_s, u"303"_s}));
        QCOMPARE(row(senders, u"Google"_s).mid(1, 3), (QStringList{u"2"_s, u"1,020"_s, u"7"_s}));
        QCOMPARE(row(senders, u"Microsoft"_s).mid(1, 3), (QStringList{u"2"_s, u"50"_s, u"9"_s}));
        QCOMPARE(row(senders, u"Google"_s).at(4), u"0.7 %"_s); // 7 of 1027

        MxHostTable *hosts = m_reports.view->mxHostTable();
        QCOMPARE(hosts->rowCount(), 5);
        QCOMPARE(row(hosts, u"mx1.mail.company-y.example"_s).at(1), u"100"_s);
        QCOMPARE(row(hosts, u"mx2.mail.company-y.example"_s).at(1), u"200"_s);
        QCOMPARE(row(hosts, u"mx-backup.mail.company-y.example"_s).at(1), u"3"_s);
        QCOMPARE(row(hosts, u"mx.company-y.example"_s).at(1), u"12"_s);
        const QStringList notReported = row(hosts, QString());
        QCOMPARE(notReported.at(0), u"(not reported)"_s);
        QCOMPARE(notReported.at(1), u"4"_s);
        QVERIFY2(
            row(hosts, u"mx.company-y.example"_s).at(2).contains(u"sts-policy-fetch-error: 5"_s),
            qPrintable(row(hosts, u"mx.company-y.example"_s).at(2)));

        // The MX chart: the hosts as categories, failed sessions by result type.
        QBarSet *expired = barSet(m_reports.view->mxHostChart(), u"certificate-expired"_s);
        QVERIFY(expired);
        qreal sum = 0;
        for (qreal v : values(expired))
            sum += v;
        QCOMPARE(sum, 100.0);
        QBarSet *ok = barSet(m_reports.view->senderChart(), u"success"_s);
        QVERIFY(ok);
        QCOMPARE(values(ok).size(), 3);
    }

    void drillDownFromABar()
    {
        // Double-click on the validation-failure bar of 1 April.
        QChart *chart = m_reports.view->dailyChart();
        QBarSet *set = barSet(chart, u"validation-failure"_s);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        QSignalSpy shown(m_reports.view.get(), &ReportsView::detailsShown);
        Q_EMIT series->doubleClicked(0, set);
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_reports.view->tabs()->currentIndex(), int(ReportsView::DetailsTab));
        const QList<QStringList> rows = detailRows();
        QCOMPARE(rows.size(), 1);
        const QStringList &d = rows.first();
        QCOMPARE(d.at(FailureDetailsTable::ResultTypeColumn), u"validation-failure"_s);
        QCOMPARE(d.at(FailureDetailsTable::SendingIpColumn), u"198.51.100.62"_s);
        QCOMPARE(d.at(FailureDetailsTable::ReceivingMxColumn),
                 u"mx-backup.mail.company-y.example"_s);
        QCOMPARE(d.at(FailureDetailsTable::ReceivingIpColumn), u"203.0.113.58"_s);
        QCOMPARE(d.at(FailureDetailsTable::FailedColumn), u"3"_s);
        QCOMPARE(d.at(FailureDetailsTable::ReasonCodeColumn),
                 u"X509_V_ERR_PROXY_PATH_LENGTH_EXCEEDED"_s);
        QVERIFY2(m_reports.view->detailsTitle().contains(u"validation-failure"_s),
                 qPrintable(m_reports.view->detailsTitle()));
    }

    void drillDownFromASenderRow()
    {
        SenderTable *senders = m_reports.view->senderTable();
        m_reports.view->tabs()->setCurrentIndex(ReportsView::SendersTab);
        const int r = rowOf(senders, u"Company-X"_s);
        QVERIFY(r >= 0);
        senders->scrollToItem(senders->item(r, 0));
        const QRect cell = senders->visualItemRect(senders->item(r, 0));
        QSignalSpy shown(m_reports.view.get(), &ReportsView::detailsShown);
        // A real double-click starts with a click (the view only reacts to a pressed index).
        QTest::mouseClick(senders->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(senders->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(shown.wait(30000));
        const QList<QStringList> rows = detailRows();
        QCOMPARE(rows.size(), 3);
        bool sawAdditional = false;
        for (const QStringList &d : rows) {
            QCOMPARE(d.at(FailureDetailsTable::SenderColumn), u"Company-X"_s);
            if (d.at(FailureDetailsTable::ResultTypeColumn) == u"starttls-not-supported"_s) {
                QCOMPARE(d.at(FailureDetailsTable::FailedColumn), u"200"_s);
                QCOMPARE(
                    d.at(FailureDetailsTable::AdditionalInformationColumn),
                    u"https://reports.company-x.example/report_info?id=5065427c-23d3#StarttlsNotSupported"_s);
                sawAdditional = true;
            }
        }
        QVERIFY(sawAdditional);
    }

    void filtersBySenderAndRange()
    {
        m_reports.view->setSenderFilter(u"Google"_s);
        QCOMPARE(m_reports.view->senderFilter(), u"Google"_s);
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"success"_s)),
                 (QList<qreal>{0, 1000, 20}));
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"certificate-host-mismatch"_s)),
                 (QList<qreal>{0, 7, 0}));
        QVERIFY(!barSet(m_reports.view->dailyChart(), u"certificate-expired"_s));
        QCOMPARE(m_reports.view->senderTable()->rowCount(), 1);
        QCOMPARE(m_reports.view->mxHostTable()->rowCount(), 1);

        m_reports.view->setSenderFilter(QString());
        m_reports.view->setRange(QDate(2016, 4, 3), QDate(2016, 4, 3));
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"success"_s)), (QList<qreal>{70}));
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"dnssec-invalid"_s)),
                 (QList<qreal>{4}));
        QCOMPARE(row(m_reports.view->senderTable(), u"Microsoft"_s).mid(1, 3),
                 (QStringList{u"2"_s, u"50"_s, u"9"_s}));
        QCOMPARE(rowOf(m_reports.view->senderTable(), u"Company-X"_s), -1);

        // The whole period again.
        QTest::mouseClick(m_reports.view->findChild<QPushButton *>(u"wholePeriod"_s),
                          Qt::LeftButton);
        QCOMPARE(m_reports.view->rangeFrom(), QDate(2016, 4, 1));
        QCOMPARE(m_reports.view->rangeTo(), QDate(2016, 4, 3));
    }

    void showDayFromTheTimeline()
    {
        QSignalSpy shown(m_reports.view.get(), &ReportsView::detailsShown);
        m_reports.view->showDay(QDate(2016, 4, 1));
        QCOMPARE(m_reports.view->rangeFrom(), QDate(2016, 4, 1));
        QCOMPARE(m_reports.view->rangeTo(), QDate(2016, 4, 1));
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"success"_s)), (QList<qreal>{5326}));
        QVERIFY(shown.wait(30000));
        QCOMPARE(detailRows().size(), 3); // the three failure details of the RFC example
        QTest::mouseClick(m_reports.view->findChild<QPushButton *>(u"wholePeriod"_s),
                          Qt::LeftButton);
    }

    void quarantineListsTheBrokenInput()
    {
        QuarantinePanel *quarantine = m_reports.view->quarantinePanel();
        QCOMPARE(quarantine->entryCount(), 1);
        QTableWidget *table = quarantine->table();
        QVERIFY2(table->item(0, QuarantinePanel::OriginColumn)->text().contains(u"broken.json"_s),
                 qPrintable(table->item(0, QuarantinePanel::OriginColumn)->text()));
        QVERIFY(!table->item(0, QuarantinePanel::ReasonColumn)->text().isEmpty());
        QCOMPARE(table->item(0, QuarantinePanel::AttemptsColumn)->text(), u"1"_s);
        QVERIFY(m_reports.view->tabs()->tabText(ReportsView::QuarantineTab).contains(u"(1)"_s));

        const QString exported = m_dir.filePath(u"exported.bin"_s);
        QVERIFY(quarantine->exportBytes(0, exported).ok());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), brokenInput);
    }

    void retryImportsWhatTheParserNowReads()
    {
        // Stands in for an input quarantined by an older parser: valid report bytes in quarantine.
        const QByteArray report = QByteArray(microsoftWithoutMx)
                                      .replace("133925885310113267", "999")
                                      .replace("2016-04-03T", "2016-04-02T")
                                      .replace("dnssec-invalid", "tlsa-invalid");
        tlsrpt::RejectedInput input{{u"old-parser.json"_s, {}, {}, {}},
                                    report,
                                    Error{u"tlsrpt.test"_s, u"rejected by an older parser"_s}};
        QVERIFY(storage::ReportRepository(m_reports.workspace->databasePtr())
                    .quarantine(input, QDateTime(QDate(2016, 4, 10), QTime(8, 0), Qt::UTC))
                    .ok());
        m_reports.view->reload();
        waitIdle();
        QCOMPARE(m_reports.view->quarantinePanel()->entryCount(), 2);

        m_reports.view->tabs()->setCurrentIndex(ReportsView::QuarantineTab);
        auto *retry = m_reports.view->findChild<QPushButton *>(u"retryQuarantine"_s);
        QVERIFY(retry && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        waitIdle();
        QVERIFY2(m_reports.view->importPanel()->summaryText().contains(u"Imported 1 report(s)"_s),
                 qPrintable(m_reports.view->importPanel()->summaryText()));
        QCOMPARE(m_reports.view->quarantinePanel()->entryCount(), 1); // the broken one stays
        QCOMPARE(values(barSet(m_reports.view->dailyChart(), u"tlsa-invalid"_s)),
                 (QList<qreal>{0, 4, 0}));
    }

    void chartsRenderOffscreen()
    {
        tlsrpt::FailureBreakdown failure;
        failure.day = QDate(2016, 4, 1);
        failure.resultType = u"certificate-expired"_s;
        failure.receivingMx = u"mx1.example"_s;
        failure.failedSessions = 10;
        std::unique_ptr<QChart> chart(reportcharts::mxHostChart({failure}));
        const QImage image = renderChart(chart.get(), QSize(400, 300), 2.0);
        QCOMPARE(image.size(), QSize(800, 600));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        // The bar is painted in the result type's colour.
        const QRgb expired = reportcharts::resultTypeColor(u"certificate-expired"_s).rgb();
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += image.pixel(x, y) == expired ? 1 : 0;
        }
        QVERIFY2(painted > 5000, qPrintable(QString::number(painted)));
    }

    void cleanupTestCase() { m_reports.view.reset(); }
};

QTEST_MAIN(TestReportsView)
#include "test_reports_view.moc"

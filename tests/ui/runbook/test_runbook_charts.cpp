// The runbook's charts, painted with QPainter under a QGuiApplication (no widgets): each segment
// in its result type's colour and in proportion, the ten biggest senders and the rest as one row,
// a blank image without reports, and the runbook's language on the axes.
#include "charts/ResultTypeColors.h"
#include "runbook/RunbookCharts.h"
#include "runbook/RunbookLanguage.h"

#include <QGuiApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestRunbookCharts : public QObject
{
    Q_OBJECT

    static constexpr qreal kRatio = 2.0;
    const QSize m_size{640, 340};

    // Two days: 300 successful sessions each, and 100 certificate-expired failures on the second.
    static runbook::RunbookData twoDays()
    {
        runbook::RunbookData data;
        data.reportsFrom = QDate(2026, 11, 2);
        data.reportsTo = QDate(2026, 11, 3);
        for (const QDate &day : {data.reportsFrom, data.reportsTo})
            data.reportDays.append({day, u"Google"_s, u"sts"_s, 1, 300, 0});
        data.reportDays.last().failedSessions = 100;
        data.reportFailures.append({data.reportsTo,
                                    u"Google"_s,
                                    u"sts"_s,
                                    u"certificate-expired"_s,
                                    u"mx.example"_s,
                                    {},
                                    100});
        return data;
    }
    static int pixelsOf(const QImage &image, const QColor &colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == colour.rgb() ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(qobject_cast<QGuiApplication *>(qApp)); }

    void dailyBarsInTheResultTypesColours()
    {
        const runbook::RunbookLanguage english(u"en"_s);
        const QImage chart = render::paintDailyResultsChart(twoDays(), english, m_size, kRatio);
        QCOMPARE(chart.size(), m_size * kRatio);
        QCOMPARE(chart.devicePixelRatio(), kRatio);
        const int success = pixelsOf(chart, render::resultTypeColor(u"success"_s));
        const int expired = pixelsOf(chart, render::resultTypeColor(u"certificate-expired"_s));
        // 600 successful to 100 failed sessions; the legend swatches add a little to each.
        QVERIFY2(expired > 1000 && success > 4 * expired && success < 8 * expired,
                 qPrintable(u"%1 / %2"_s.arg(success).arg(expired)));
    }

    void tenSendersAndTheRest()
    {
        runbook::RunbookData data = twoDays();
        data.reportDays.clear();
        for (int i = 0; i < 12; ++i) // the two smallest end up in "Others"
            data.reportDays.append({data.reportsFrom, u"Sender %1"_s.arg(i), u"sts"_s, 1, 1000 - i,
                                    i == 11 ? 500 : 0});
        const runbook::RunbookLanguage english(u"en"_s);
        const QImage chart = render::paintSenderChart(data, english, m_size, kRatio);
        QVERIFY(pixelsOf(chart, render::resultTypeColor(u"success"_s)) > 5000);
        QVERIFY(pixelsOf(chart, QColor(0xc6, 0x28, 0x28)) > 500); // the failed sessions
    }

    void blankWithoutReports()
    {
        const runbook::RunbookLanguage english(u"en"_s);
        const QImage chart =
            render::paintDailyResultsChart(runbook::RunbookData{}, english, m_size, kRatio);
        QCOMPARE(pixelsOf(chart, Qt::white), chart.width() * chart.height());
    }

    void axesInTheRunbooksLanguage()
    {
        const runbook::RunbookLanguage english(u"en"_s), german(u"de"_s);
        const runbook::RunbookData data = twoDays();
        QVERIFY(render::paintDailyResultsChart(data, english, m_size, kRatio) !=
                render::paintDailyResultsChart(data, german, m_size, kRatio));
    }
};

QTEST_MAIN(TestRunbookCharts)
#include "test_runbook_charts.moc"

#include "RunbookCharts.h"

#include "reports/ReportCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace sts::ui::runbook {

void runOnGuiThread(const std::function<void()> &work)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        work();
        return;
    }
    QMetaObject::invokeMethod(app, work, Qt::BlockingQueuedConnection);
}

QList<RunbookImage> renderReportCharts(const RunbookData &data)
{
    if (data.reportDays.isEmpty())
        return {};
    QList<RunbookImage> images;
    runOnGuiThread([&] {
        // As wide as they are printed (640), so that their labels are as large as the text;
        // renderChart draws them at twice the pixels.
        const QSize size(640, 340);
        std::unique_ptr<QChart> daily(reportcharts::dailyResultsChart(
            data.reportDays, data.reportFailures, data.reportsFrom, data.reportsTo));
        images.append({u"chart-daily"_s, reportcharts::renderChart(daily.get(), size)});
        std::unique_ptr<QChart> senders(reportcharts::senderChart(data.reportDays));
        images.append({u"chart-senders"_s, reportcharts::renderChart(senders.get(), size)});
    });
    return images;
}

} // namespace sts::ui::runbook

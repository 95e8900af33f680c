#include "runbook/RunbookFigures.h"

#include "runbook/RunbookCharts.h"
#include "timeline/TimelineImage.h"
#include "timeline/TimelinePainter.h"

using namespace Qt::StringLiterals;

namespace sts::render {

namespace {
// As wide as printed, at twice the pixels, so that labels are as large as the text beside them.
constexpr int kPrintedWidth = 640;
constexpr qreal kPixelRatio = 2.0;
} // namespace

QHash<QString, QImage> paintRunbookFigures(const runbook::RunbookDocument &document,
                                           const runbook::RunbookData &data,
                                           const runbook::RunbookLanguage &language)
{
    namespace figures = runbook::figures;
    QHash<QString, QImage> images;
    for (const QString &name : document.figures()) {
        const QSize chartSize(kPrintedWidth, 340);
        if (name == QString::fromUtf16(figures::dailyResults))
            images.insert(name, paintDailyResultsChart(data, language, chartSize, kPixelRatio));
        else if (name == QString::fromUtf16(figures::senders))
            images.insert(name, paintSenderChart(data, language, chartSize, kPixelRatio));
        else if (name == QString::fromUtf16(figures::timeline) && data.timeline)
            // As tall as the lanes and the "today" label below them.
            images.insert(name,
                          renderTimelineImage(*data.timeline,
                                              QSize(kPrintedWidth, TimelinePainter::kHeight + 24),
                                              kPixelRatio, language.locale(), language.text()));
    }
    return images;
}

} // namespace sts::render

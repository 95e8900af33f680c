#include "charts/TrendChartImage.h"

#include "charts/ChartPainting.h"
#include "services/MailLanguage.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace sts::render {

QImage renderTrendChart(const WeeklySummary &s, const QString &title, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(48, 36, size.width() - 64, size.height() - 72);
    chart::drawTitle(p, title, plot, 30);
    double top = 0.01; // at least 1 %, so a clean trend does not fill the chart with noise
    for (const WeeklyRate &w : s.weeks)
        top = qMax(top, w.rate());
    p.setFont(chart::labelFont());
    const QLocale locale(s.language == u"de"_s ? QLocale::German : QLocale::English);
    for (int i = 0; i <= 4; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / 4;
        p.setPen(chart::kGrid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(chart::kText);
        p.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(top * 100 * i / 4, 'f', 1) + u" %"_s);
    }
    const int n = int(s.weeks.size());
    const qreal slot = n > 0 ? plot.width() / n : plot.width();
    for (int i = 0; i < n; ++i) {
        const WeeklyRate &w = s.weeks.at(i);
        const qreal h = plot.height() * w.rate() / top;
        const QRectF bar(plot.left() + i * slot + slot * 0.2, plot.bottom() - h, slot * 0.6, h);
        const bool current = i == n - 1;
        if (w.sessions > 0)
            chart::drawBar(p, bar, current ? QColor(0xd0, 0x50, 0x30) : QColor(0x60, 0x90, 0xc0));
        p.setPen(chart::kText);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, 16), Qt::AlignCenter,
                   locale.toString(w.weekStart, u"dd.MM."_s));
    }
    p.setPen(chart::kAxis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    return image;
}

QByteArray trendChartPng(const WeeklySummary &summary)
{
    // In the customer's language, like the rest of the mail, whatever the program speaks.
    const MailLanguage language(summary.language);
    const QString title =
        language.text().translate("sts::render::TrendChartImage", "Failure rate per week");
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    renderTrendChart(summary, title).save(&buffer, "PNG");
    return png;
}

} // namespace sts::render

#include "charts/ChartPainting.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace sts::render::chart {

// Pixel sizes: the image is drawn at a device pixel ratio of its own, and printed at its logical
// width, so point sizes (which follow the device's resolution) would come out at random sizes.
static QFont font(int pixels, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QFont labelFont()
{
    return font(11, false);
}

QFont titleFont()
{
    return font(12, false);
}

QFont axisTitleFont()
{
    return font(11, true);
}

void drawTitle(QPainter &painter, const QString &title, const QRectF &plot, qreal height)
{
    painter.setFont(titleFont());
    painter.setPen(kText);
    painter.drawText(QRectF(plot.left(), plot.top() - height, plot.width(), height),
                     Qt::AlignHCenter | Qt::AlignVCenter, title);
}

void drawBar(QPainter &painter, const QRectF &rect, const QColor &color)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    painter.setPen(QPen(color.darker(115), 0.75));
    painter.setBrush(color);
    painter.drawRect(rect);
}

QSizeF legendSize(const QList<LegendEntry> &entries, bool vertical)
{
    const QFontMetricsF metrics(labelFont());
    const qreal line = std::max(metrics.height(), kSwatch);
    qreal width = 0;
    for (const LegendEntry &entry : entries) {
        const qreal entryWidth = kSwatch + kSwatchGap + metrics.horizontalAdvance(entry.label);
        width = vertical ? std::max(width, entryWidth)
                         : width + entryWidth + (width > 0 ? kEntryGap : 0);
    }
    const qreal height = vertical ? entries.size() * line + (entries.size() - 1) * 6 : line;
    return {width, std::max<qreal>(0, height)};
}

void drawLegend(QPainter &painter, const QList<LegendEntry> &entries, const QRectF &area,
                bool vertical)
{
    const QFontMetricsF metrics(labelFont());
    const qreal line = std::max(metrics.height(), kSwatch);
    const QSizeF size = legendSize(entries, vertical);
    QPointF at(area.left() + (area.width() - size.width()) / 2,
               area.top() + (area.height() - size.height()) / 2);
    painter.setFont(labelFont());
    for (const LegendEntry &entry : entries) {
        const QRectF swatch(at.x(), at.y() + (line - kSwatch) / 2, kSwatch, kSwatch);
        drawBar(painter, swatch, entry.color);
        const qreal textWidth = metrics.horizontalAdvance(entry.label);
        painter.setPen(kText);
        painter.drawText(QRectF(swatch.right() + kSwatchGap, at.y(), textWidth + 1, line),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        if (vertical)
            at.ry() += line + 6;
        else
            at.rx() += kSwatch + kSwatchGap + textWidth + kEntryGap;
    }
}

} // namespace sts::render::chart

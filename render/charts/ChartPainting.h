#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The pieces the runbook's QPainter charts are made of, drawn alike in every chart: fonts, title,
// bars, legend and the sessions axis. Coordinates are logical pixels of the chart image.
namespace sts::render::chart {

inline const QColor kText(0x40, 0x40, 0x40);
inline const QColor kGrid(0xe0, 0xe0, 0xe0);
inline const QColor kAxis(0xb0, 0xb0, 0xb0);

QFont labelFont(); // tick labels, legend, categories
QFont titleFont(); // above the plot
QFont axisTitleFont();

struct LegendEntry
{
    QString label;
    QColor color;
};

// Centred above `plot`, in the `height` pixels above it.
void drawTitle(QPainter &painter, const QString &title, const QRectF &plot, qreal height);
// A bar segment: the colour, edged a little darker so that neighbours stay apart.
void drawBar(QPainter &painter, const QRectF &rect, const QColor &color);

// The room a legend needs: one entry per line (`vertical`) or all on one line.
QSizeF legendSize(const QList<LegendEntry> &entries, bool vertical);
// Draws the legend centred in `area`.
void drawLegend(QPainter &painter, const QList<LegendEntry> &entries, const QRectF &area,
                bool vertical);

// A swatch and its gap before the label, and the gap between entries.
inline constexpr qreal kSwatch = 10;
inline constexpr qreal kSwatchGap = 6;
inline constexpr qreal kEntryGap = 14;

} // namespace sts::render::chart

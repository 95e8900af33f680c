#include "runbook/RunbookCharts.h"

#include "charts/ChartAxes.h"
#include "charts/ChartPainting.h"
#include "charts/ResultTypeColors.h"
#include "util/PrintableText.h"
#include "util/Saturating.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::render {

namespace {

using chart::LegendEntry;

constexpr qreal kMargin = 8;
constexpr qreal kTitleHeight = 30;
constexpr qreal kLabelGap = 6;
constexpr int kTopSenders = 10;

QImage blankImage(const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    return image;
}

// The labels the Reports view's charts carry, under the same context, so both say the same.
QString chartText(const runbook::RunbookLanguage &language, const char *text)
{
    return language.translate("sts::ui::reportcharts", text);
}

QString sessionsLabel(qreal value)
{
    return QString::number(qint64(value)); // as the Reports view's axis writes them: "%.0f"
}

// Sessions per day (rows: result types in legend order, "success" first).
struct DailyStacks
{
    QStringList types;
    QList<QList<qint64>> sessions; // [type][day]
    qint64 highestDay = 0;
};

DailyStacks dailyStacks(const runbook::RunbookData &data, int dayCount)
{
    QSet<QString> present{QString::fromUtf16(successKey)};
    for (const tlsrpt::FailureBreakdown &failure : data.reportFailures)
        present.insert(failure.resultType);
    DailyStacks stacks;
    stacks.types = orderedResultTypes(present);
    stacks.sessions = QList<QList<qint64>>(stacks.types.size(), QList<qint64>(dayCount, 0));
    QHash<QString, qsizetype> row;
    for (qsizetype i = 0; i < stacks.types.size(); ++i)
        row.insert(stacks.types.at(i), i);
    const auto add = [&](const QString &type, const QDate &day, qint64 sessions) {
        const qint64 index = data.reportsFrom.daysTo(day);
        if (index >= 0 && index < dayCount)
            addCount(stacks.sessions[row.value(type)][index], sessions);
    };
    for (const tlsrpt::DailySummary &day : data.reportDays)
        add(QString::fromUtf16(successKey), day.day, day.successfulSessions);
    for (const tlsrpt::FailureBreakdown &failure : data.reportFailures)
        add(failure.resultType, failure.day, failure.failedSessions);
    for (int day = 0; day < dayCount; ++day) {
        qint64 stack = 0;
        for (const QList<qint64> &type : std::as_const(stacks.sessions))
            addCount(stack, type.at(day));
        stacks.highestDay = std::max(stacks.highestDay, stack);
    }
    return stacks;
}

struct SenderRow
{
    QString sender;
    qint64 successful = 0;
    qint64 failed = 0;
    qint64 total() const { return saturatingAdd(successful, failed); }
};

// Biggest first; beyond the top ten the rest as one row.
QList<SenderRow> senderRows(const runbook::RunbookData &data, const QString &othersLabel)
{
    QHash<QString, SenderRow> bySender;
    for (const tlsrpt::DailySummary &day : data.reportDays) {
        SenderRow &row = bySender[day.sender];
        row.sender = day.sender;
        addCount(row.successful, day.successfulSessions);
        addCount(row.failed, day.failedSessions);
    }
    QList<SenderRow> rows = bySender.values();
    std::sort(rows.begin(), rows.end(), [](const SenderRow &a, const SenderRow &b) {
        return a.total() != b.total() ? a.total() > b.total()
                                      : a.sender.localeAwareCompare(b.sender) < 0;
    });
    if (rows.size() > kTopSenders) {
        SenderRow others{othersLabel, 0, 0};
        for (qsizetype i = kTopSenders; i < rows.size(); ++i) {
            addCount(others.successful, rows.at(i).successful);
            addCount(others.failed, rows.at(i).failed);
        }
        rows.resize(kTopSenders);
        rows.append(others);
    }
    return rows;
}

// The vertical sessions axis left of `plot`: grid lines, tick labels and the rotated title.
void drawSessionsAxisLeft(QPainter &painter, const QRectF &plot, const SessionsScale &scale,
                          const QString &title)
{
    painter.setFont(chart::labelFont());
    for (int i = 0; i <= scale.steps; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / scale.steps;
        painter.setPen(QPen(i == 0 ? chart::kAxis : chart::kGrid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(chart::kText);
        painter.drawText(QRectF(0, y - 10, plot.left() - kLabelGap, 20),
                         Qt::AlignRight | Qt::AlignVCenter, sessionsLabel(scale.step * i));
    }
    painter.setPen(QPen(chart::kAxis, 1));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.save();
    painter.translate(kMargin, plot.center().y());
    painter.rotate(-90);
    painter.setFont(chart::axisTitleFont());
    painter.setPen(chart::kText);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), 16), Qt::AlignCenter, title);
    painter.restore();
}

} // namespace

QImage paintDailyResultsChart(const runbook::RunbookData &data,
                              const runbook::RunbookLanguage &language, const QSize &size,
                              qreal devicePixelRatio)
{
    QImage image = blankImage(size, devicePixelRatio);
    const QDate from = data.reportsFrom;
    if (!from.isValid() || !data.reportsTo.isValid() || data.reportsTo < from)
        return image;
    const int dayCount = int(from.daysTo(data.reportsTo)) + 1;
    const DailyStacks stacks = dailyStacks(data, dayCount);
    const SessionsScale scale = sessionsScale(qreal(stacks.highestDay));

    // Result type names are long RFC terms: a legend beside the bars keeps them whole.
    QList<LegendEntry> legend;
    for (const QString &type : stacks.types)
        legend.append({type == QString::fromUtf16(successKey)
                           ? chartText(language, "successful sessions")
                           : printable(type), // result types are what senders wrote
                       resultTypeColor(type)});
    const QSizeF legendSize = chart::legendSize(legend, true);
    const QFontMetricsF metrics(chart::labelFont());
    const qreal tickWidth = metrics.horizontalAdvance(sessionsLabel(scale.top()));
    const qreal left = kMargin + 16 + kLabelGap + tickWidth + kLabelGap;
    const qreal right =
        size.width() - kMargin - std::min(legendSize.width(), size.width() * 0.4) - 2 * kMargin;
    const qreal bottom = size.height() - kMargin - 16 - kLabelGap - metrics.height() - kLabelGap;
    const QRectF plot(left, kTitleHeight, right - left, bottom - kTitleHeight);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart::drawTitle(painter, chartText(language, "Sessions per day by result type"), plot,
                     kTitleHeight);
    drawSessionsAxisLeft(painter, plot, scale, chartText(language, "Sessions"));

    const qreal slot = plot.width() / dayCount;
    for (int day = 0; day < dayCount; ++day) {
        qreal top = plot.bottom();
        for (qsizetype type = 0; type < stacks.types.size(); ++type) {
            const qreal height = plot.height() * qreal(stacks.sessions[type][day]) / scale.top();
            const QRectF bar(plot.left() + slot * (day + 0.1), top - height, slot * 0.8, height);
            chart::drawBar(painter, bar, resultTypeColor(stacks.types.at(type)));
            top -= height;
        }
    }
    painter.setFont(chart::labelFont());
    qreal lastLabelRight = -1e9;
    for (const DayLabel &label : dayLabels(from, dayCount, language.locale())) {
        const qreal x = plot.left() + slot * (label.index + 0.5);
        painter.setPen(QPen(chart::kAxis, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        // A label that would touch the one before it is left out; its tick stays.
        const qreal half = metrics.horizontalAdvance(label.text) / 2;
        if (x - half < lastLabelRight + 2 * kLabelGap)
            continue;
        lastLabelRight = x + half;
        painter.setPen(chart::kText);
        painter.drawText(
            QRectF(x - half - 1, plot.bottom() + kLabelGap, 2 * half + 2, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, label.text);
    }
    painter.setFont(chart::axisTitleFont());
    painter.setPen(chart::kText);
    painter.drawText(QRectF(plot.left(), size.height() - kMargin - 16, plot.width(), 16),
                     Qt::AlignCenter, chartText(language, "Day (UTC)"));
    chart::drawLegend(painter, legend,
                      QRectF(plot.right() + 2 * kMargin, plot.top(),
                             size.width() - plot.right() - 3 * kMargin, plot.height()),
                      true);
    return image;
}

QImage paintSenderChart(const runbook::RunbookData &data, const runbook::RunbookLanguage &language,
                        const QSize &size, qreal devicePixelRatio)
{
    QImage image = blankImage(size, devicePixelRatio);
    const QList<SenderRow> rows = senderRows(data, chartText(language, "Others"));
    if (rows.isEmpty())
        return image;
    qint64 highest = 0;
    for (const SenderRow &row : rows)
        highest = std::max(highest, row.total());
    const SessionsScale scale = sessionsScale(qreal(highest), 3);
    const QColor successful = resultTypeColor(QString::fromUtf16(successKey));
    const QColor failed(0xc6, 0x28, 0x28);
    const QList<LegendEntry> legend{{chartText(language, "successful"), successful},
                                    {chartText(language, "failed"), failed}};

    const QFontMetricsF metrics(chart::labelFont());
    qreal labelWidth = 0;
    for (const SenderRow &row : rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(printable(row.sender)));
    labelWidth = std::min(labelWidth, size.width() * 0.35);
    const qreal left = kMargin + labelWidth + kLabelGap;
    // Room for half of the last tick label right of the plot.
    const qreal right =
        size.width() - kMargin - metrics.horizontalAdvance(sessionsLabel(scale.top())) / 2;
    const qreal legendTop = size.height() - kMargin - metrics.height();
    const qreal bottom = legendTop - kMargin - 16 - kLabelGap - metrics.height() - kLabelGap;
    const QRectF plot(left, kTitleHeight, right - left, bottom - kTitleHeight);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart::drawTitle(painter, chartText(language, "Sessions per sender organisation"), plot,
                     kTitleHeight);
    painter.setFont(chart::labelFont());
    for (int i = 0; i <= scale.steps; ++i) {
        const qreal x = plot.left() + plot.width() * i / scale.steps;
        painter.setPen(QPen(i == 0 ? chart::kAxis : chart::kGrid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(chart::kText);
        painter.drawText(QRectF(x - 40, plot.bottom() + kLabelGap, 80, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, sessionsLabel(scale.step * i));
    }
    painter.setFont(chart::axisTitleFont());
    painter.drawText(QRectF(plot.left(), plot.bottom() + kLabelGap + metrics.height() + kLabelGap,
                            plot.width(), 16),
                     Qt::AlignCenter, chartText(language, "Sessions"));

    // The biggest sender on top; a light line between rows, as the Reports view draws them.
    const qreal rowHeight = plot.height() / rows.size();
    painter.setFont(chart::labelFont());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SenderRow &row = rows.at(i);
        const qreal top = plot.top() + rowHeight * i;
        painter.setPen(QPen(chart::kGrid, 1));
        painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top));
        painter.setPen(chart::kText);
        painter.drawText(QRectF(kMargin, top, labelWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(printable(row.sender), Qt::ElideRight, labelWidth));
        const qreal barTop = top + rowHeight * 0.25;
        const qreal okWidth = plot.width() * qreal(row.successful) / scale.top();
        const qreal failedWidth = plot.width() * qreal(row.failed) / scale.top();
        chart::drawBar(painter, QRectF(plot.left(), barTop, okWidth, rowHeight * 0.5), successful);
        chart::drawBar(painter, QRectF(plot.left() + okWidth, barTop, failedWidth, rowHeight * 0.5),
                       failed);
    }
    painter.setPen(QPen(chart::kGrid, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    chart::drawLegend(painter, legend, QRectF(0, legendTop, size.width(), metrics.height()), false);
    return image;
}

} // namespace sts::render

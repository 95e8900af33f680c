#include "reports/ReportCharts.h"

#include "charts/ChartAxes.h"
#include "util/PrintableText.h"
#include "util/Saturating.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::ui::reportcharts {

namespace {

QBarSet *makeSet(const QString &label, const QString &key, const QColor &color, qsizetype count)
{
    auto *set = new QBarSet(printable(label)); // result types are what senders wrote
    set->setProperty(keyProperty, key);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    QList<qreal> zeros(count, 0.0);
    set->append(zeros);
    return set;
}

// `ticks` is the most labels the axis gets: the charts beside the tables are narrow, and five
// labels of four digits each did not fit under them.
QValueAxis *sessionsAxis(qreal max, int ticks = 5)
{
    const render::SessionsScale scale = render::sessionsScale(max, ticks);
    auto *axis = new QValueAxis;
    axis->setRange(0, scale.top());
    axis->setTickCount(scale.steps + 1);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(QCoreApplication::translate("sts::ui::reportcharts", "Sessions"));
    return axis;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

qreal maxStack(const QList<QBarSet *> &sets, qsizetype count)
{
    qreal max = 0;
    for (qsizetype i = 0; i < count; ++i) {
        qreal sum = 0;
        for (const QBarSet *set : sets)
            sum += set->at(i);
        max = std::max(max, sum);
    }
    return max;
}

// Day labels: every day for up to ten days, Mondays for a few months, the 1st of each month beyond.
QCategoryAxis *dayAxis(QDate from, int dayCount)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, dayCount - 0.5);
    axis->setStartValue(-0.5);
    for (const render::DayLabel &label : render::dayLabels(from, dayCount, QLocale()))
        axis->append(label.text, label.index);
    axis->setTitleText(QCoreApplication::translate("sts::ui::reportcharts", "Day (UTC)"));
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace

QChart *dailyResultsChart(const QList<tlsrpt::DailySummary> &days,
                          const QList<tlsrpt::FailureBreakdown> &failures, QDate from, QDate to)
{
    auto *chart = newChart(
        QCoreApplication::translate("sts::ui::reportcharts", "Sessions per day by result type"));
    // Result type names are long RFC terms: a legend beside the bars keeps them whole.
    chart->legend()->setAlignment(Qt::AlignRight);
    if (!from.isValid() || !to.isValid() || to < from)
        return chart;
    const int dayCount = int(from.daysTo(to)) + 1;
    chart->setProperty("firstDay", from);

    QSet<QString> present{QString::fromUtf16(successKey)};
    for (const tlsrpt::FailureBreakdown &failure : failures)
        present.insert(failure.resultType);
    QHash<QString, QBarSet *> sets;
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    for (const QString &type : render::orderedResultTypes(present)) {
        const bool success = type == QString::fromUtf16(successKey);
        QBarSet *set = makeSet(
            success ? QCoreApplication::translate("sts::ui::reportcharts", "successful sessions")
                    : type,
            type, resultTypeColor(type), dayCount);
        sets.insert(type, set);
        series->append(set);
    }
    QBarSet *success = sets.value(QString::fromUtf16(successKey));
    for (const tlsrpt::DailySummary &day : days) {
        const qint64 index = from.daysTo(day.day);
        if (index >= 0 && index < dayCount)
            success->replace(index, success->at(index) + qreal(day.successfulSessions));
    }
    for (const tlsrpt::FailureBreakdown &failure : failures) {
        const qint64 index = from.daysTo(failure.day);
        QBarSet *set = sets.value(failure.resultType);
        if (index >= 0 && index < dayCount)
            set->replace(index, set->at(index) + qreal(failure.failedSessions));
    }
    chart->addSeries(series);
    QCategoryAxis *xAxis = dayAxis(from, dayCount);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    QValueAxis *yAxis = sessionsAxis(maxStack(series->barSets(), dayCount));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    return chart;
}

QChart *senderChart(const QList<tlsrpt::DailySummary> &days, int topN)
{
    auto *chart = newChart(
        QCoreApplication::translate("sts::ui::reportcharts", "Sessions per sender organisation"));
    struct Totals
    {
        qint64 successful = 0;
        qint64 failed = 0;
    };
    QHash<QString, Totals> bySender;
    for (const tlsrpt::DailySummary &day : days) {
        Totals &totals = bySender[day.sender];
        addCount(totals.successful, day.successfulSessions);
        addCount(totals.failed, day.failedSessions);
    }
    QStringList senders = bySender.keys();
    std::sort(senders.begin(), senders.end(), [&](const QString &a, const QString &b) {
        const Totals &ta = bySender[a];
        const Totals &tb = bySender[b];
        const qint64 sa = saturatingAdd(ta.successful, ta.failed);
        const qint64 sb = saturatingAdd(tb.successful, tb.failed);
        return sa != sb ? sa > sb : a.localeAwareCompare(b) < 0;
    });
    QList<QPair<QString, Totals>> rows;
    Totals others;
    for (qsizetype i = 0; i < senders.size(); ++i) {
        if (topN > 0 && i >= topN) {
            addCount(others.successful, bySender[senders[i]].successful);
            addCount(others.failed, bySender[senders[i]].failed);
        } else {
            rows.append({senders[i], bySender[senders[i]]});
        }
    }
    if (topN > 0 && senders.size() > topN)
        rows.append({QCoreApplication::translate("sts::ui::reportcharts", "Others"), others});
    // Horizontal bars grow upwards from category 0: reverse so the biggest sender is on top.
    std::reverse(rows.begin(), rows.end());

    QBarSet *successful =
        makeSet(QCoreApplication::translate("sts::ui::reportcharts", "successful"),
                QString::fromUtf16(successKey), resultTypeColor(QString::fromUtf16(successKey)), 0);
    QBarSet *failed = makeSet(QCoreApplication::translate("sts::ui::reportcharts", "failed"),
                              QString::fromUtf16(failedKey), QColor(0xc6, 0x28, 0x28), 0);
    QStringList categories;
    qreal max = 0;
    for (const auto &[sender, totals] : rows) {
        categories << printable(sender);
        successful->append(qreal(totals.successful));
        failed->append(qreal(totals.failed));
        max = std::max(max, qreal(totals.successful + totals.failed));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(successful);
    series->append(failed);
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QValueAxis *xAxis = sessionsAxis(max, 3);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    return chart;
}

QChart *mxHostChart(const QList<tlsrpt::FailureBreakdown> &failures)
{
    auto *chart = newChart(QCoreApplication::translate("sts::ui::reportcharts",
                                                       "Failed sessions per receiving MX host"));
    QMap<QString, QMap<QString, qint64>> byHost; // host → type → sessions
    QSet<QString> present;
    for (const tlsrpt::FailureBreakdown &failure : failures) {
        // Microsoft leaves the MX host out of its failure details.
        const QString host =
            failure.receivingMx.isEmpty()
                ? QCoreApplication::translate("sts::ui::reportcharts", "(not reported)")
                : failure.receivingMx;
        addCount(byHost[host][failure.resultType], failure.failedSessions);
        present.insert(failure.resultType);
    }
    QStringList hosts = byHost.keys();
    std::sort(hosts.begin(), hosts.end(), [&](const QString &a, const QString &b) {
        qint64 sa = 0, sb = 0;
        for (qint64 v : byHost[a])
            addCount(sa, v);
        for (qint64 v : byHost[b])
            addCount(sb, v);
        return sa != sb ? sa < sb : a > b; // ascending: the worst host ends up on top
    });
    auto *series = new QHorizontalStackedBarSeries;
    qreal max = 0;
    for (const QString &type : render::orderedResultTypes(present)) {
        QBarSet *set = makeSet(type, type, resultTypeColor(type), 0);
        for (const QString &host : hosts)
            set->append(qreal(byHost[host].value(type)));
        series->append(set);
    }
    for (const QString &host : hosts) {
        qint64 sum = 0;
        for (qint64 v : byHost[host])
            addCount(sum, v);
        max = std::max(max, qreal(sum));
    }
    chart->addSeries(series);
    auto *yAxis = new QBarCategoryAxis;
    for (const QString &host : hosts)
        yAxis->append(printable(host));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    QValueAxis *xAxis = sessionsAxis(max, 3);
    xAxis->setTitleText(QCoreApplication::translate("sts::ui::reportcharts", "Failed sessions"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    return chart;
}

} // namespace sts::ui::reportcharts

#include "charts/ChartAxes.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sts::render {

// The smallest whole step of 1, 2, 2.5 or 5 times a power of ten that is at least `wanted`.
static qreal wholeStep(qreal wanted)
{
    for (qreal decade = 1;; decade *= 10) {
        for (const qreal factor : {1.0, 2.0, 2.5, 5.0}) {
            const qreal step = factor * decade;
            if (step == std::floor(step) && step >= wanted)
                return step;
        }
    }
}

SessionsScale sessionsScale(qreal max, int ticks)
{
    const qreal top = std::max<qreal>(max, 1);
    const qreal step = wholeStep(top / std::max(1, ticks - 1));
    return {step, int(std::ceil(top / step))};
}

// The locale's short date without the year: "dd.MM." or "M/d".
static QString dayMonthFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat)
                         .remove(u"yyyy"_s)
                         .remove(u"yy"_s)
                         .replace(u".."_s, u"."_s)
                         .replace(u"//"_s, u"/"_s);
    while (!format.isEmpty() && !format.back().isLetter() && format.back() != u'.')
        format.chop(1);
    while (!format.isEmpty() && !format.front().isLetter())
        format.remove(0, 1);
    return format;
}

QList<DayLabel> dayLabels(QDate from, int dayCount, const QLocale &locale)
{
    const bool everyDay = dayCount <= 10; // beyond that, day labels no longer fit side by side
    const bool weekly = !everyDay && dayCount <= 120;
    const QString format = dayMonthFormat(locale);
    QList<DayLabel> labels;
    for (int i = 0; i < dayCount; ++i) {
        const QDate day = from.addDays(i);
        const bool label = everyDay || (weekly && day.dayOfWeek() == Qt::Monday) ||
                           (!everyDay && !weekly && day.day() == 1);
        if (!label)
            continue;
        labels.append({i, everyDay || weekly ? locale.toString(day, format)
                                             : locale.toString(day, u"MMM yyyy"_s)});
    }
    return labels;
}

} // namespace sts::render

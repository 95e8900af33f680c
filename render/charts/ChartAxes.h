#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

// Axis layout shared by the Reports view's charts (QtCharts) and the runbook's (QPainter), so both
// label their axes alike.
namespace sts::render {

// A sessions axis from 0: `steps` whole steps of 1, 2, 2.5 or 5 times a power of ten, at most
// `ticks` labels. Sessions are whole numbers, so the step is too (Qt's nice numbers put 0.25 steps
// on a 0..1 axis, which whole-number labels showed as "0 0 1 1 1").
struct SessionsScale
{
    qreal step = 1;
    int steps = 1;
    qreal top() const { return step * steps; }
};
SessionsScale sessionsScale(qreal max, int ticks = 5);

// The labelled days among `dayCount` days from `from`: every day for up to ten days, Mondays for
// a few months, the 1st of each month beyond. Day and month only ("23 Nov"; the year is in the
// range shown next to the chart), month and year for the monthly labels.
struct DayLabel
{
    int index = 0; // days after `from`
    QString text;
};
QList<DayLabel> dayLabels(QDate from, int dayCount, const QLocale &locale);

} // namespace sts::render

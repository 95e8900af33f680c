#pragma once

#include "charts/ResultTypeColors.h"
#include "tlsrpt/ReportAggregates.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QChart;

// The Reports view's charts. The runbook paints the same two of them with QPainter
// (render/runbook); colours and axes come from render/charts, so both show the same numbers in the
// same colours.
namespace sts::ui::reportcharts {

// Every QBarSet carries its key in this property: the RFC 8460 result type, or successKey /
// failedKey. Labels are translated; the key is what drill-down and tests go by.
inline constexpr char keyProperty[] = "sessionsKey";
using render::failedKey;
using render::knownResultTypes;
using render::resultTypeColor;
using render::successKey;

// Stacked bars per UTC day from `from` to `to`: successful sessions plus failed sessions split by
// result type. One QBarSet per type ("success" first), bar i is the day from.addDays(i).
QChart *dailyResultsChart(const QList<tlsrpt::DailySummary> &days,
                          const QList<tlsrpt::FailureBreakdown> &failures, QDate from,
                          QDate to); // caller owns

// Successful vs failed sessions per sender organisation (top N, rest as "Others").
QChart *senderChart(const QList<tlsrpt::DailySummary> &days, int topN = 10); // caller owns

// Failed sessions per receiving MX host by result type.
QChart *mxHostChart(const QList<tlsrpt::FailureBreakdown> &failures); // caller owns

} // namespace sts::ui::reportcharts

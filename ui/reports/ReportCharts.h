#pragma once

#include "tlsrpt/ReportAggregates.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QChart;

// Chart builders shared by the Reports view and the PDF runbook, so both show the same numbers in
// the same colours.
namespace sts::ui::reportcharts {

// Every QBarSet carries its key in this property: the RFC 8460 result type, or successKey /
// failedKey. Labels are translated; the key is what drill-down and tests go by.
inline constexpr char keyProperty[] = "sessionsKey";
inline constexpr char16_t successKey[] = u"success";
inline constexpr char16_t failedKey[] = u"failed";

// One colour per RFC 8460 result type (and "success"), the same in every chart, table and the PDF.
// "other: <name>" and unknown names share one neutral colour.
QColor resultTypeColor(const QString &resultType);

// The RFC 8460 result types in legend order (most common first); other types follow sorted.
QStringList knownResultTypes();

// Stacked bars per UTC day from `from` to `to`: successful sessions plus failed sessions split by
// result type. One QBarSet per type ("success" first), bar i is the day from.addDays(i).
QChart *dailyResultsChart(const QList<tlsrpt::DailySummary> &days,
                          const QList<tlsrpt::FailureBreakdown> &failures, QDate from,
                          QDate to); // caller owns

// Successful vs failed sessions per sender organisation (top N, rest as "Others").
QChart *senderChart(const QList<tlsrpt::DailySummary> &days, int topN = 10); // caller owns

// Failed sessions per receiving MX host by result type.
QChart *mxHostChart(const QList<tlsrpt::FailureBreakdown> &failures); // caller owns

// Renders a chart offscreen (works with QT_QPA_PLATFORM=offscreen, needs a QApplication).
QImage renderChart(QChart *chart, const QSize &size, qreal devicePixelRatio = 2.0);

} // namespace sts::ui::reportcharts

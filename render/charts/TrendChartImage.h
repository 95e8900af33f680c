#pragma once

#include "services/WeeklySummary.h"

#include <QByteArray>
#include <QImage>

namespace sts::render {

// The weekly summary's trend: the failure rate per week as bars, the reported week emphasised,
// painted offscreen (QImage, no widgets) for the mail's inline PNG. Titles in `title`.
QImage renderTrendChart(const WeeklySummary &summary, const QString &title,
                        const QSize &size = QSize(560, 220));
// The same as PNG bytes, for services::Notifications' TrendChartPainter.
QByteArray trendChartPng(const WeeklySummary &summary);

} // namespace sts::render

#pragma once

#include "runbook/RunbookData.h"
#include "runbook/RunbookLanguage.h"

#include <QImage>
#include <QSize>

namespace sts::render {

// The Reports view's two charts for the runbook, painted with QPainter: stacked bars of the
// sessions per day by result type, and the sessions per sender organisation (the ten biggest, the
// rest as "Others"). Colours and axes as in the Reports view (render/charts), words and dates in
// the runbook's language. Needs no widgets and no particular thread. `size` is in logical pixels,
// as wide as the chart is printed so that its labels are as large as the text beside it; the image
// has `devicePixelRatio` times as many pixels.
QImage paintDailyResultsChart(const runbook::RunbookData &data,
                              const runbook::RunbookLanguage &language, const QSize &size,
                              qreal devicePixelRatio = 2.0);
QImage paintSenderChart(const runbook::RunbookData &data, const runbook::RunbookLanguage &language,
                        const QSize &size, qreal devicePixelRatio = 2.0);

} // namespace sts::render

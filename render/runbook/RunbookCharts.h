#pragma once

#include "RunbookData.h"
#include "RunbookDocument.h"

#include <functional>

namespace sts::ui::runbook {

// Runs `work` on the GUI thread and waits for it (directly when already there). QtCharts and the
// application's translators live on that thread; the caller must not hold the GUI thread waiting.
void runOnGuiThread(const std::function<void()> &work);

// The Reports view's charts as images (failure categories per day, sessions per sender), built
// by the same reportcharts builders and rendered on the GUI thread. Empty without reports.
QList<RunbookImage> renderReportCharts(const RunbookData &data);

} // namespace sts::ui::runbook

#pragma once

#include "runbook/RunbookData.h"
#include "runbook/RunbookDocument.h"
#include "runbook/RunbookLanguage.h"

#include <QHash>
#include <QImage>
#include <QString>

namespace sts::render {

// The pictures `document` names (charts, rollout timeline), painted from `data` in the runbook's
// language: name -> image, each as wide as it is printed (640 logical pixels) at twice the pixels.
// A name the renderer does not know gets no image.
QHash<QString, QImage> paintRunbookFigures(const runbook::RunbookDocument &document,
                                           const runbook::RunbookData &data,
                                           const runbook::RunbookLanguage &language);

} // namespace sts::render

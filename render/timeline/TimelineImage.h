#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QSize>
#include <memory>

namespace sts::ui {

// The engagement's rollout timeline painted offscreen (no widgets), e.g. for the PDF runbook: the
// whole span from the first phase to `today` fitted into `size` (logical pixels; the image has
// `devicePixelRatio` times as many, so that text stays sharp where it is printed at `size`).
// Works with only a QGuiApplication (or the offscreen platform); a null image when the
// engagement cannot be read. Dates in `locale` (the runbook's language).
QImage renderTimelineImage(std::shared_ptr<const storage::Database> db, qint64 engagementId,
                           const QSize &size, const QDate &today, qreal devicePixelRatio = 1.0,
                           const QLocale &locale = QLocale());

} // namespace sts::ui

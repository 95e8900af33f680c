#pragma once

#include "services/TimelineData.h"
#include "util/TextLanguage.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QSize>
#include <memory>

namespace sts::render {

// The rollout timeline painted offscreen (no widgets), e.g. for the PDF runbook: the whole span
// from the first phase to the data's "today" fitted into `size` (logical pixels; the image has
// `devicePixelRatio` times as many, so that text stays sharp where it is printed at `size`).
// Works with only a QGuiApplication (or the offscreen platform). Dates in `locale`, words in
// `language` (the runbook's, whatever the UI speaks); a null image for an empty size.
QImage renderTimelineImage(const TimelineData &data, const QSize &size,
                           qreal devicePixelRatio = 1.0, const QLocale &locale = QLocale(),
                           TextLanguage language = TextLanguage::Translated);

// The same for one stored engagement, in the program's language; a null image when the
// engagement cannot be read.
QImage renderTimelineImage(std::shared_ptr<const storage::Database> db, qint64 engagementId,
                           const QSize &size, const QDate &today, qreal devicePixelRatio = 1.0,
                           const QLocale &locale = QLocale());

} // namespace sts::render

#include "timeline/TimelineImage.h"

#include "timeline/TimelinePainter.h"

#include <QPainter>
#include <QPalette>

namespace sts::render {

QImage renderTimelineImage(const TimelineData &data, const QSize &size, qreal devicePixelRatio,
                           const QLocale &locale, TextLanguage language)
{
    if (size.isEmpty() || devicePixelRatio <= 0)
        return {};
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    // A printed page is light whatever the desktop theme is.
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x90, 0x90, 0x90));
    const double pixelsPerDay = TimelinePainter::fitPixelsPerDay(size.width(), data.dayCount());
    QPainter painter(&image);
    TimelinePainter(data, pixelsPerDay, 0, locale, language)
        .paint(painter, QRect(QPoint(0, 0), size), palette);
    return image;
}

QImage renderTimelineImage(std::shared_ptr<const storage::Database> db, qint64 engagementId,
                           const QSize &size, const QDate &today, qreal devicePixelRatio,
                           const QLocale &locale)
{
    Result<TimelineData> data = buildTimelineData(db, engagementId, today);
    if (!data)
        return {};
    return renderTimelineImage(*data, size, devicePixelRatio, locale);
}

} // namespace sts::render

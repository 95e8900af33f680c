#pragma once

#include "services/TimelineData.h"
#include "util/TextLanguage.h"

#include <QLocale>
#include <QPalette>
#include <QRect>
#include <algorithm>

class QPainter;

namespace sts::render {

// Paints TimelineData on any QPainter (widget, QImage, PDF) so the view and the runbook show the
// same picture. Rows from the top: date axis, phase bands, one marker per day, event markers; a
// dashed line marks today. `pixelsPerDay` is the zoom, `scrollX` how far the first day is
// scrolled to the left. Dates are written in `locale` and words in `language`: the UI's (the
// defaults) in the view, the runbook's in the runbook, whatever the UI speaks.
class TimelinePainter
{
public:
    static constexpr int kAxisHeight = 20;
    static constexpr int kBandHeight = 24;
    static constexpr int kDayHeight = 22;
    static constexpr int kEventHeight = 52;
    static constexpr int kPadding = 6;
    static constexpr int kHeight =
        kAxisHeight + kBandHeight + kDayHeight + kEventHeight + 4 * kPadding;

    TimelinePainter(const TimelineData &data, double pixelsPerDay, double scrollX,
                    const QLocale &locale = QLocale(),
                    TextLanguage language = TextLanguage::Translated);

    void paint(QPainter &painter, const QRect &rect, const QPalette &palette) const;

    // The day under `x` (widget coordinates, relative to rect.left() == 0) or an invalid date.
    QDate dayAt(double x) const;
    double dayLeft(const QDate &day) const; // x of the day's left edge
    QRect dayMarkerRect(const QDate &day) const;
    bool inDayRow(int y) const;
    const TimelineEvent *eventAt(const QPoint &position) const;

    // The zoom that shows `days` days in `width` pixels, leaving room for the last labels.
    static double fitPixelsPerDay(int width, qsizetype days);
    static int labelRoom(int width) { return std::min(160, width / 5); }

    static QColor phaseColor(RolloutPhase phase);
    static QColor stateColor(DayState state);

private:
    void paintAxis(QPainter &painter, const QRect &rect, const QPalette &palette) const;
    void paintBands(QPainter &painter, const QRect &rect) const;
    void paintDays(QPainter &painter, const QRect &rect, const QPalette &palette) const;
    void paintEvents(QPainter &painter, const QRect &rect, const QPalette &palette) const;
    void paintToday(QPainter &painter, const QRect &rect, const QPalette &palette) const;
    QRect eventRect(int index) const;

    const TimelineData &m_data;
    double m_pixelsPerDay;
    double m_scrollX;
    QLocale m_locale;
    TextLanguage m_language;
};

} // namespace sts::render

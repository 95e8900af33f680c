#pragma once

#include "services/TimelineData.h"
#include "util/TextLanguage.h"

#include <QFontMetrics>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QRect>
#include <algorithm>

class QPainter;

namespace sts::render {

// Paints TimelineData on any QPainter (widget, QImage, PDF) so the view and the runbook show the
// same picture. Rows from the top: date axis, phase bands, one marker per day, event markers; a
// dashed line marks today, tagged in the axis row. `pixelsPerDay` is the zoom, `scrollX` how far
// the first day is scrolled to the left. Dates are written in `locale` and words in `language`: the
// UI's (the defaults) in the view, the runbook's in the runbook, whatever the UI speaks.
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
    // The date under `x` on the axis, which runs past the last day to the canvas's edge.
    QDate axisDayAt(double x) const;
    double dayLeft(const QDate &day) const; // x of the day's left edge
    QRect dayMarkerRect(const QDate &day) const;
    bool inDayRow(int y) const;
    const TimelineEvent *eventAt(const QPoint &position) const;

    // Where each band's name goes: inside the band when it fits, otherwise beside it on a tag of
    // the band's colour, pushed right past the previous name so that no two names overlap. The
    // names are never cut while the canvas has room for them.
    struct BandLabel
    {
        int band = 0; // index into TimelineData::bands
        QRectF rect;  // where the text goes
        QString text;
        bool inside = true; // false: a tag beside the band
    };
    QList<BandLabel> bandLabels(const QFontMetrics &metrics, int width) const;
    // The "today" tag sits in the axis row, where it covers no band or event name.
    QRectF todayLabelRect(const QFontMetrics &metrics, int width) const;
    // While in testing, the first day enforce can be ready, also tagged in the axis row.
    QRectF earliestEnforceLabelRect(const QFontMetrics &metrics, int width) const;
    QRectF eventLabelRect(int index) const; // the text beside an event marker

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
    void paintTodayLine(QPainter &painter, const QRect &rect) const;
    void paintTodayLabel(QPainter &painter, const QRect &rect) const;
    QString todayText() const;
    QString earliestEnforceText() const;
    void paintEarliestEnforce(QPainter &painter, const QRect &rect) const;
    QRect eventRect(int index) const;

    const TimelineData &m_data;
    double m_pixelsPerDay;
    double m_scrollX;
    QLocale m_locale;
    TextLanguage m_language;
};

} // namespace sts::render

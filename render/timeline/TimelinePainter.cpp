#include "timeline/TimelinePainter.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sts::render {

static int axisTop()
{
    return TimelinePainter::kPadding;
}
static int bandTop()
{
    return axisTop() + TimelinePainter::kAxisHeight + TimelinePainter::kPadding;
}
static int dayTop()
{
    return bandTop() + TimelinePainter::kBandHeight + TimelinePainter::kPadding;
}
static int eventTop()
{
    return dayTop() + TimelinePainter::kDayHeight + TimelinePainter::kPadding;
}

TimelinePainter::TimelinePainter(const TimelineData &data, double pixelsPerDay, double scrollX,
                                 const QLocale &locale, TextLanguage language)
    : m_data(data), m_pixelsPerDay(pixelsPerDay), m_scrollX(scrollX), m_locale(locale),
      m_language(language)
{}

double TimelinePainter::fitPixelsPerDay(int width, qsizetype days)
{
    return double(std::max(1, width - labelRoom(width))) / double(std::max<qsizetype>(1, days));
}

QColor TimelinePainter::phaseColor(RolloutPhase phase)
{
    switch (phase) {
    case RolloutPhase::Discovery:
        return {0xe4, 0xe6, 0xea};
    case RolloutPhase::Prepared:
        return {0xd6, 0xe6, 0xf7};
    case RolloutPhase::Testing:
        return {0xfc, 0xe8, 0xb2};
    case RolloutPhase::Enforce:
        return {0xc8, 0xe9, 0xd2};
    case RolloutPhase::Monitoring:
        return {0xbf, 0xe4, 0xe4};
    case RolloutPhase::Removal:
        return {0xe8, 0xd5, 0xee};
    }
    return Qt::lightGray;
}

QColor TimelinePainter::stateColor(DayState state)
{
    switch (state) {
    case DayState::Clean:
        return {0x2e, 0x8b, 0x57};
    case DayState::Failing:
        return {0xc6, 0x28, 0x28};
    case DayState::Unknown:
        return {0xbd, 0xbd, 0xbd};
    }
    return Qt::gray;
}

double TimelinePainter::dayLeft(const QDate &day) const
{
    return double(m_data.first.daysTo(day)) * m_pixelsPerDay - m_scrollX;
}

QDate TimelinePainter::dayAt(double x) const
{
    if (!m_data.first.isValid())
        return {};
    const qint64 index = qint64(std::floor((x + m_scrollX) / m_pixelsPerDay));
    if (index < 0 || index >= m_data.dayCount())
        return {};
    return m_data.first.addDays(index);
}

QRect TimelinePainter::dayMarkerRect(const QDate &day) const
{
    const double left = dayLeft(day);
    const double gap = m_pixelsPerDay >= 6 ? std::min(3.0, m_pixelsPerDay / 6) : 0;
    const int width = std::max(1, int(std::round(m_pixelsPerDay - gap)));
    return {int(std::round(left + gap / 2)), dayTop(), width, kDayHeight};
}

bool TimelinePainter::inDayRow(int y) const
{
    return y >= dayTop() && y < dayTop() + kDayHeight;
}

void TimelinePainter::paint(QPainter &painter, const QRect &rect, const QPalette &palette) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());
    painter.setClipRect(QRect(QPoint(0, 0), rect.size()));
    const QRect local(QPoint(0, 0), rect.size());
    paintAxis(painter, local, palette);
    paintBands(painter, local);
    // The line goes under the days and the event names; its tag goes where no name is.
    paintTodayLine(painter, local);
    paintEarliestEnforce(painter, local);
    paintDays(painter, local, palette);
    paintEvents(painter, local, palette);
    paintTodayLabel(painter, local);
    painter.restore();
}

QDate TimelinePainter::axisDayAt(double x) const
{
    if (!m_data.first.isValid())
        return {};
    const qint64 index = qint64(std::floor((x + m_scrollX) / m_pixelsPerDay));
    return m_data.first.addDays(std::max<qint64>(0, index));
}

void TimelinePainter::paintAxis(QPainter &painter, const QRect &rect, const QPalette &palette) const
{
    const QLocale &locale = m_locale;
    const QFontMetrics metrics(painter.font());
    // The axis runs on past the last day to the canvas's edge, so zooming out shows the weeks
    // ahead (where the earliest enforce date lies) instead of the same days smaller.
    const QDate from = axisDayAt(0);
    const QDate to = axisDayAt(rect.width() - 1);
    const bool daily = m_pixelsPerDay >= 24;
    const bool weekly = m_pixelsPerDay >= 10;
    const QRectF today = todayLabelRect(metrics, rect.width());
    const QRectF enforce = earliestEnforceLabelRect(metrics, rect.width());
    double lastLabelRight = -1e9;
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(0, axisTop() + kAxisHeight, rect.width(), axisTop() + kAxisHeight);
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        const bool monthStart = day.day() == 1;
        const bool monday = day.dayOfWeek() == Qt::Monday;
        if (!(daily || monthStart || (weekly && monday) || day == m_data.first))
            continue;
        const double x = dayLeft(day);
        const bool future = day > m_data.last;
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(QPointF(x, axisTop() + kAxisHeight - (monthStart || monday ? 8 : 4)),
                         QPointF(x, axisTop() + kAxisHeight));
        const QString label =
            daily && !(monthStart || day == m_data.first) ? locale.toString(day, u"d"_s)
            : weekly                                      ? locale.toString(day, u"d MMM"_s)
            : day.month() == 1 || day == m_data.first     ? locale.toString(day, u"MMM yyyy"_s)
                                                          : locale.toString(day, u"MMM"_s);
        const QRectF area(x + 2, axisTop(), metrics.horizontalAdvance(label), kAxisHeight);
        if (x < lastLabelRight + 6 || (today.isValid() && area.intersects(today)) ||
            (enforce.isValid() && area.intersects(enforce)))
            continue;
        painter.setPen(future ? palette.color(QPalette::PlaceholderText)
                              : palette.color(QPalette::Text));
        painter.drawText(QPointF(x + 2, axisTop() + kAxisHeight - 6), label);
        lastLabelRight = area.right();
    }
}

QList<TimelinePainter::BandLabel> TimelinePainter::bandLabels(const QFontMetrics &metrics,
                                                              int width) const
{
    QList<BandLabel> labels;
    double cursor = -1e9; // right end of the previous name
    for (int i = 0; i < m_data.bands.size(); ++i) {
        const PhaseBand &band = m_data.bands.at(i);
        const double left = dayLeft(band.first);
        const double right = dayLeft(band.last.addDays(1));
        if (right < 0 || left > width)
            continue;
        const QString name = displayName(band.phase);
        const QString full = band.policyId.isEmpty() ? name : name + u" · "_s + band.policyId;
        // Keep the name readable while the band's start is scrolled out of view.
        const double x = std::max({left, 0.0}) + 6;
        BandLabel label;
        label.band = i;
        label.text = full;
        double start = std::max(x, cursor + 10);
        double textWidth = metrics.horizontalAdvance(full);
        if (start + textWidth > right - 4 && full != name &&
            start + metrics.horizontalAdvance(name) <= right - 4) {
            label.text = name; // the id is in the tooltip and the versions panel
            textWidth = metrics.horizontalAdvance(name);
        }
        label.inside = start + textWidth <= right - 4;
        if (!label.inside) {
            // A tag beside the band starts at the band (or right after the previous name).
            start = std::max(std::max(left, 0.0) + 4, cursor + 10);
            label.text = name;
            textWidth = metrics.horizontalAdvance(name);
        }
        const double room = width - 4 - start;
        if (textWidth > room)
            label.text = metrics.elidedText(label.text, Qt::ElideRight, int(std::max(0.0, room)));
        textWidth = std::min(textWidth, std::max(0.0, room));
        label.rect = QRectF(start, bandTop(), textWidth, kBandHeight);
        cursor = start + textWidth + (label.inside ? 0 : 4);
        labels << label;
    }
    return labels;
}

void TimelinePainter::paintBands(QPainter &painter, const QRect &rect) const
{
    const QFontMetrics metrics(painter.font());
    for (const PhaseBand &band : m_data.bands) {
        const double left = dayLeft(band.first);
        const double right = dayLeft(band.last.addDays(1));
        if (right < 0 || left > rect.width())
            continue;
        const QRectF area(left, bandTop(), right - left, kBandHeight);
        const QColor colour = phaseColor(band.phase);
        painter.setPen(QPen(colour.darker(125), 1));
        painter.setBrush(colour);
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    for (const BandLabel &label : bandLabels(metrics, rect.width())) {
        if (!label.inside) {
            const QColor colour = phaseColor(m_data.bands.at(label.band).phase);
            painter.setPen(QPen(colour.darker(150), 1));
            painter.setBrush(colour);
            painter.drawRoundedRect(label.rect.adjusted(-4, 3, 4, -3), 3, 3);
        }
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(label.rect, Qt::AlignVCenter | Qt::AlignLeft, label.text);
    }
}

void TimelinePainter::paintDays(QPainter &painter, const QRect &rect, const QPalette &palette) const
{
    const bool symbols = m_pixelsPerDay >= 14;
    for (const DayVerdict &verdict : m_data.days) {
        const QRect cell = dayMarkerRect(verdict.day);
        if (cell.right() < 0 || cell.left() > rect.width())
            continue;
        const QColor colour = stateColor(verdict.state);
        if (verdict.state == DayState::Unknown) {
            painter.setPen(QPen(colour.darker(130), 1));
            painter.setBrush(palette.color(QPalette::Base));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
        }
        const double radius = m_pixelsPerDay >= 8 ? 3 : 0;
        painter.drawRoundedRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        if (!symbols)
            continue;
        // Never colour alone: each state also has its own symbol.
        painter.setPen(verdict.state == DayState::Unknown ? palette.color(QPalette::Text)
                                                          : QColor(Qt::white));
        const QString mark = verdict.state == DayState::Clean     ? u"✓"_s
                             : verdict.state == DayState::Failing ? u"✕"_s
                                                                  : u"?"_s;
        painter.drawText(cell, Qt::AlignCenter, mark);
    }
}

QRect TimelinePainter::eventRect(int index) const
{
    const TimelineEvent &event = m_data.events.at(index);
    const int x = int(std::round(dayLeft(event.day) + m_pixelsPerDay / 2));
    const int lane = index % 2; // alternate so neighbouring labels do not overlap
    return {x - 7, eventTop() + 4 + lane * 22, 180, 18};
}

const TimelineEvent *TimelinePainter::eventAt(const QPoint &position) const
{
    for (int i = int(m_data.events.size()) - 1; i >= 0; --i) {
        const QRect r = eventRect(i);
        if (QRect(r.left(), r.top(), 16, r.height()).contains(position))
            return &m_data.events.at(i);
    }
    return nullptr;
}

static QColor eventColour(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::PhaseChange:
        return {0x45, 0x4f, 0x5c};
    case TimelineEvent::Kind::PolicyPublished:
        return {0x1f, 0x5f, 0x99};
    case TimelineEvent::Kind::PolicyIdChanged:
        return {0x6a, 0x3d, 0x9a};
    case TimelineEvent::Kind::CertificateExpiry:
        return {0xd0, 0x5a, 0x00};
    case TimelineEvent::Kind::FindingOpened:
        return {0xc0, 0x1c, 0x28};
    case TimelineEvent::Kind::FindingResolved:
        return {0x2e, 0x7d, 0x32};
    }
    return Qt::black;
}

static void drawEventSymbol(QPainter &painter, TimelineEvent::Kind kind, const QPointF &centre)
{
    const QColor colour = eventColour(kind);
    painter.setPen(QPen(colour.darker(120), 1));
    painter.setBrush(colour);
    QPainterPath path;
    switch (kind) {
    case TimelineEvent::Kind::PhaseChange: // diamond
        path.moveTo(centre + QPointF(0, -6));
        path.lineTo(centre + QPointF(6, 0));
        path.lineTo(centre + QPointF(0, 6));
        path.lineTo(centre + QPointF(-6, 0));
        break;
    case TimelineEvent::Kind::PolicyPublished: // triangle up
        path.moveTo(centre + QPointF(0, -6));
        path.lineTo(centre + QPointF(6, 5));
        path.lineTo(centre + QPointF(-6, 5));
        break;
    case TimelineEvent::Kind::PolicyIdChanged: // circle
        path.addEllipse(centre, 5, 5);
        break;
    case TimelineEvent::Kind::CertificateExpiry: // square
        path.addRect(QRectF(centre - QPointF(5, 5), QSizeF(10, 10)));
        break;
    case TimelineEvent::Kind::FindingOpened: // triangle down
    case TimelineEvent::Kind::FindingResolved:
        path.moveTo(centre + QPointF(0, 6));
        path.lineTo(centre + QPointF(6, -5));
        path.lineTo(centre + QPointF(-6, -5));
        break;
    }
    path.closeSubpath();
    painter.drawPath(path);
}

QRectF TimelinePainter::eventLabelRect(int index) const
{
    const QRect r = eventRect(index);
    return QRectF(r.left() + 16, r.top(), r.width() - 16, r.height());
}

void TimelinePainter::paintEvents(QPainter &painter, const QRect &rect,
                                  const QPalette &palette) const
{
    const QFontMetrics metrics(painter.font());
    for (int i = 0; i < m_data.events.size(); ++i) {
        const QRect r = eventRect(i);
        if (r.right() < -200 || r.left() > rect.width())
            continue;
        const TimelineEvent &event = m_data.events.at(i);
        const double x = r.left() + 7;
        painter.setPen(QPen(eventColour(event.kind), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, dayTop() + kDayHeight), QPointF(x, r.center().y()));
        drawEventSymbol(painter, event.kind, QPointF(x, r.center().y() + 0.5));
        const QRectF area = eventLabelRect(i);
        const QString text = metrics.elidedText(event.label, Qt::ElideRight, int(area.width()));
        // On the canvas's own colour, so the today line passes behind the name, not through it.
        painter.fillRect(
            QRectF(area.left(), area.top(), metrics.horizontalAdvance(text) + 2, area.height()),
            palette.color(QPalette::Base));
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

QString TimelinePainter::todayText() const
{
    return m_language.translate("sts::ui::TimelinePainter", "today");
}

QRectF TimelinePainter::todayLabelRect(const QFontMetrics &metrics, int width) const
{
    if (!m_data.today.isValid())
        return {};
    const double x = dayLeft(m_data.today);
    if (x < 0 || x > width)
        return {};
    const double tagWidth = metrics.horizontalAdvance(todayText()) + 8;
    // Left of the line when it would run off the right edge.
    const double left = x + tagWidth + 2 > width ? x - tagWidth - 2 : x + 2;
    return {left, double(axisTop() + 1), tagWidth, double(kAxisHeight - 2)};
}

QString TimelinePainter::earliestEnforceText() const
{
    return m_language.translate("sts::ui::TimelinePainter", "enforce possible");
}

QRectF TimelinePainter::earliestEnforceLabelRect(const QFontMetrics &metrics, int width) const
{
    if (!m_data.earliestEnforce.isValid() || m_data.earliestEnforce <= m_data.today)
        return {};
    const double x = dayLeft(m_data.earliestEnforce);
    const double tagWidth = metrics.horizontalAdvance(earliestEnforceText()) + 8;
    if (x < 0 || x + 2 + tagWidth > width)
        return {};
    const QRectF area(x + 2, axisTop() + 1, tagWidth, kAxisHeight - 2);
    // The today tag wins: the line alone still marks the day.
    const QRectF today = todayLabelRect(metrics, width);
    return today.isValid() && today.adjusted(-4, 0, 4, 0).intersects(area) ? QRectF() : area;
}

void TimelinePainter::paintEarliestEnforce(QPainter &painter, const QRect &rect) const
{
    if (!m_data.earliestEnforce.isValid() || m_data.earliestEnforce <= m_data.today)
        return;
    const double x = dayLeft(m_data.earliestEnforce);
    if (x < 0 || x > rect.width())
        return;
    const QColor green = stateColor(DayState::Clean);
    painter.setPen(QPen(green, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, axisTop()), QPointF(x, rect.height() - kPadding));
    const QRectF area = earliestEnforceLabelRect(QFontMetrics(painter.font()), rect.width());
    if (!area.isValid())
        return;
    painter.fillRect(area, green);
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignCenter, earliestEnforceText());
}

void TimelinePainter::paintTodayLine(QPainter &painter, const QRect &rect) const
{
    const double x = dayLeft(m_data.today);
    if (!m_data.today.isValid() || x < 0 || x > rect.width())
        return;
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0x99), 2, Qt::DashLine));
    painter.drawLine(QPointF(x, axisTop()), QPointF(x, rect.height() - kPadding));
}

void TimelinePainter::paintTodayLabel(QPainter &painter, const QRect &rect) const
{
    const QRectF area = todayLabelRect(QFontMetrics(painter.font()), rect.width());
    if (!area.isValid())
        return;
    painter.fillRect(area, QColor(0x1f, 0x5f, 0x99));
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignCenter, todayText());
}

} // namespace sts::render

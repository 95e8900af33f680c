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
    paintDays(painter, local, palette);
    paintEvents(painter, local, palette);
    paintToday(painter, local, palette);
    painter.restore();
}

void TimelinePainter::paintAxis(QPainter &painter, const QRect &rect, const QPalette &palette) const
{
    const QLocale &locale = m_locale;
    const QFontMetrics metrics(painter.font());
    const QDate from = dayAt(0).isValid() ? dayAt(0) : m_data.first;
    const QDate to = dayAt(rect.width() - 1).isValid() ? dayAt(rect.width() - 1) : m_data.last;
    const bool weekly = m_pixelsPerDay >= 10;
    double lastLabelRight = -1e9;
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(0, axisTop() + kAxisHeight, rect.width(), axisTop() + kAxisHeight);
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        const bool monthStart = day.day() == 1;
        const bool monday = day.dayOfWeek() == Qt::Monday;
        if (!(monthStart || (weekly && monday) || day == m_data.first))
            continue;
        const double x = dayLeft(day);
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(QPointF(x, axisTop() + kAxisHeight - (monthStart ? 8 : 4)),
                         QPointF(x, axisTop() + kAxisHeight));
        const QString label = weekly ? locale.toString(day, u"d MMM"_s)
                              : day.month() == 1 || day == m_data.first
                                  ? locale.toString(day, u"MMM yyyy"_s)
                                  : locale.toString(day, u"MMM"_s);
        if (x < lastLabelRight + 6)
            continue;
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QPointF(x + 2, axisTop() + kAxisHeight - 6), label);
        lastLabelRight = x + 2 + metrics.horizontalAdvance(label);
    }
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
        // Keep the name readable while the band's start is scrolled out of view.
        QRectF text = area.intersected(QRectF(0, area.top(), rect.width(), area.height()));
        text.adjust(6, 0, -4, 0);
        QString name = displayName(band.phase);
        if (!band.policyId.isEmpty())
            name += u" · "_s + band.policyId;
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(name, Qt::ElideRight, int(text.width())));
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
    }
    path.closeSubpath();
    painter.drawPath(path);
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
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(r.left() + 16, r.top(), r.width() - 16, r.height()),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(event.label, Qt::ElideRight, r.width() - 16));
    }
}

void TimelinePainter::paintToday(QPainter &painter, const QRect &rect,
                                 const QPalette &palette) const
{
    Q_UNUSED(palette)
    const double x = dayLeft(m_data.today);
    if (x < 0 || x > rect.width())
        return;
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0x99), 2, Qt::DashLine));
    painter.drawLine(QPointF(x, bandTop() - 2), QPointF(x, rect.height() - kPadding));
    const QString label = m_language.translate("sts::ui::TimelinePainter", "today");
    const QFontMetrics metrics(painter.font());
    const int width = metrics.horizontalAdvance(label) + 8;
    // Put the label left of the line when it would run off the right edge.
    const double left = x + width + 2 > rect.width() ? x - width - 2 : x + 2;
    painter.fillRect(QRectF(left, rect.height() - kPadding - 16, width, 16),
                     QColor(0x1f, 0x5f, 0x99));
    painter.setPen(Qt::white);
    painter.drawText(QRectF(left, rect.height() - kPadding - 16, width, 16), Qt::AlignCenter,
                     label);
}

} // namespace sts::render

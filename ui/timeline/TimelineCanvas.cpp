#include "timeline/TimelineCanvas.h"

#include "timeline/DayEvidence.h"
#include "timeline/TimelinePainter.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sts::ui {

using render::TimelinePainter;

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"timelineCanvas"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Rollout timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineCanvas::setData(const TimelineData &data)
{
    m_data = data;
    setScrollX(m_scrollX);
    update();
    Q_EMIT viewChanged();
}

int TimelineCanvas::contentWidth() const
{
    // The last event's label may run past the last day.
    return int(std::lround(double(m_data.dayCount()) * m_pixelsPerDay)) +
           TimelinePainter::labelRoom(width());
}

void TimelineCanvas::setPixelsPerDay(double pixelsPerDay, int anchorX)
{
    pixelsPerDay = std::clamp(pixelsPerDay, kMinPixelsPerDay, kMaxPixelsPerDay);
    const double dayUnderAnchor = (anchorX + m_scrollX) / m_pixelsPerDay;
    m_pixelsPerDay = pixelsPerDay;
    setScrollX(dayUnderAnchor * m_pixelsPerDay - anchorX);
    update();
    Q_EMIT viewChanged();
}

void TimelineCanvas::setScrollX(double scrollX)
{
    const double maximum = std::max(0, contentWidth() - width());
    const double clamped = std::clamp(scrollX, 0.0, maximum);
    if (qFuzzyCompare(clamped + 1, m_scrollX + 1))
        return;
    m_scrollX = clamped;
    update();
    Q_EMIT viewChanged();
}

QRect TimelineCanvas::dayRect(const QDate &day) const
{
    return TimelinePainter(m_data, m_pixelsPerDay, m_scrollX).dayMarkerRect(day);
}

QSize TimelineCanvas::sizeHint() const
{
    return {600, TimelinePainter::kHeight};
}

QSize TimelineCanvas::minimumSizeHint() const
{
    return {200, TimelinePainter::kHeight};
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_data.first.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No timeline to show yet."));
        return;
    }
    TimelinePainter(m_data, m_pixelsPerDay, m_scrollX).paint(painter, rect(), palette());
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = delta.y() / 120.0;
        setPixelsPerDay(m_pixelsPerDay * std::pow(1.25, steps), int(event->position().x()));
    } else {
        // Vertical wheels scroll the time axis too: the canvas has nothing to scroll vertically.
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        setScrollX(m_scrollX - d);
    }
    event->accept();
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const TimelinePainter painter(m_data, m_pixelsPerDay, m_scrollX);
    const QPoint position = event->position().toPoint();
    const QDate day = painter.dayAt(position.x());
    // Only days with a verdict have reports to open.
    if (day.isValid() && painter.inDayRow(position.y()) && m_data.verdict(day))
        Q_EMIT dayActivated(day);
}

QString TimelineCanvas::dayToolTip(const QDate &day) const
{
    QStringList lines{QLocale().toString(day, QLocale::LongFormat)};
    const DayVerdict *verdict = m_data.verdict(day);
    if (!verdict)
        return {};
    switch (verdict->state) {
    case DayState::Clean:
        lines << tr("Clean: every major sender reported, no failed sessions.");
        break;
    case DayState::Failing:
        lines << tr("Failing: failed sessions were reported.");
        break;
    case DayState::Unknown:
        lines << tr("Unknown: not every major sender reported for the live policy.");
        break;
    }
    for (auto it = verdict->failuresBySender.cbegin(); it != verdict->failuresBySender.cend(); ++it)
        lines << tr("%1: %n failed session(s)", nullptr, int(it.value())).arg(it.key());
    if (!verdict->missingSenders.isEmpty())
        lines << tr("No report from %1").arg(verdict->missingSenders.join(u", "_s));
    lines << policyEvidenceLines(*verdict);
    lines << tr("Click to open the day's reports.");
    return lines.join(u'\n');
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelinePainter painter(m_data, m_pixelsPerDay, m_scrollX);
        QString text;
        if (const TimelineEvent *marker = painter.eventAt(help->pos()))
            text = QLocale().toString(marker->day, QLocale::ShortFormat) + u": "_s + marker->detail;
        else if (painter.inDayRow(help->pos().y()))
            text = dayToolTip(painter.dayAt(help->pos().x()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::Resize)
        setScrollX(m_scrollX);
    return QWidget::event(event);
}

} // namespace sts::ui

#include "timeline/DayStrip.h"

#include "timeline/DayEvidence.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace sts::ui {

static constexpr int kCell = 22;
static constexpr int kGap = 3;
static constexpr int kLabelHeight = 16;

DayStrip::DayStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"dayStrip"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Days of the testing phase"));
}

void DayStrip::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void DayStrip::setDays(const QList<DayVerdict> &days, const QDate &today)
{
    m_days = days;
    m_today = today;
    updateGeometry();
    update();
}

QSize DayStrip::sizeHint() const
{
    return {int(std::max<qsizetype>(m_days.size(), 7)) * (kCell + kGap) + 2 * kGap,
            kCell + 2 * kLabelHeight + 2 * kGap};
}

QSize DayStrip::minimumSizeHint() const
{
    return {7 * (kCell + kGap), sizeHint().height()};
}

QRect DayStrip::cellRect(int index) const
{
    return {kGap + index * (kCell + kGap), kLabelHeight + kGap, kCell, kCell};
}

int DayStrip::dayAt(const QPoint &position) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (cellRect(i).contains(position))
            return i;
    }
    return -1;
}

void DayStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    if (m_days.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder.isEmpty() ? tr("No days to show yet.") : m_placeholder);
        return;
    }
    for (int i = 0; i < m_days.size(); ++i) {
        const DayVerdict &day = m_days.at(i);
        const QRect cell = cellRect(i);
        QColor fill;
        QString mark;
        switch (day.state) {
        case DayState::Clean:
            fill = QColor(0x2e, 0x8b, 0x57);
            mark = u"✓"_s;
            break;
        case DayState::Failing:
            fill = QColor(0xc6, 0x28, 0x28);
            mark = u"✕"_s;
            break;
        case DayState::Unknown:
            fill = Qt::transparent;
            mark = u"?"_s;
            break;
        }
        painter.setPen(QPen(day.state == DayState::Unknown ? Qt::gray : fill.darker(120), 1.2));
        painter.setBrush(fill);
        painter.drawRoundedRect(cell, 4, 4);
        painter.setPen(day.state == DayState::Unknown ? palette().color(QPalette::Text)
                                                      : QColor(Qt::white));
        painter.drawText(cell, Qt::AlignCenter, mark);
        // Label the first day and every Monday so the strip can be read without hovering.
        if (i == 0 || day.day.dayOfWeek() == Qt::Monday) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(cell.left(), 0, 60, kLabelHeight),
                             Qt::AlignLeft | Qt::AlignBottom, locale.toString(day.day, u"d MMM"_s));
        }
    }
    // Today sits just after the last complete day.
    const int todayIndex = int(m_days.first().day.daysTo(m_today));
    if (todayIndex >= 0) {
        const int x = cellRect(todayIndex).left() - kGap / 2 - 1;
        painter.setPen(QPen(QColor(0x1f, 0x5f, 0x99), 2, Qt::DashLine));
        painter.drawLine(x, kLabelHeight, x, kLabelHeight + kCell + 2 * kGap);
        painter.drawText(QRect(x + 3, kLabelHeight + kCell + kGap, 80, kLabelHeight),
                         Qt::AlignLeft | Qt::AlignTop, tr("today"));
    }
}

bool DayStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = dayAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const DayVerdict &day = m_days.at(index);
        QStringList lines{QLocale().toString(day.day, QLocale::LongFormat)};
        if (day.state == DayState::Clean)
            lines << tr("Clean: every major sender reported, no failed sessions.");
        for (auto it = day.failuresBySender.cbegin(); it != day.failuresBySender.cend(); ++it)
            lines << tr("%1: %2 failed session(s)").arg(it.key()).arg(it.value());
        for (auto it = day.acknowledgedBySender.cbegin(); it != day.acknowledgedBySender.cend();
             ++it)
            lines << tr("%1: %2 failed session(s), acknowledged as sender-side")
                         .arg(it.key())
                         .arg(it.value());
        if (!day.missingSenders.isEmpty())
            lines << tr("No report from %1").arg(day.missingSenders.join(u", "_s));
        lines << policyEvidenceLines(day);
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

void DayStrip::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = dayAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT dayClicked(m_days.at(index).day);
}

} // namespace sts::ui

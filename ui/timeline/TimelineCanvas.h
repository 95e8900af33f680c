#pragma once

#include "services/TimelineData.h"

#include <QWidget>

namespace sts::ui {

// The painted part of the timeline (see TimelinePainter) with its zoom and horizontal scroll
// position. Ctrl+wheel zooms around the cursor, the wheel scrolls; a click on a day marker emits
// dayActivated; hovering a day or event says what it is.
class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinPixelsPerDay = 1.0;
    static constexpr double kMaxPixelsPerDay = 48.0;

    explicit TimelineCanvas(QWidget *parent = nullptr);

    void setData(const TimelineData &data);
    const TimelineData &data() const { return m_data; }

    double pixelsPerDay() const { return m_pixelsPerDay; }
    // Zooms keeping the day under `anchorX` where it is.
    void setPixelsPerDay(double pixelsPerDay, int anchorX);
    double scrollX() const { return m_scrollX; }
    void setScrollX(double scrollX);
    int contentWidth() const;              // all days plus room for the last labels
    QRect dayRect(const QDate &day) const; // the day's marker in widget coordinates

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayActivated(const QDate &day);
    void viewChanged(); // zoom or scroll position changed

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString dayToolTip(const QDate &day) const;

    TimelineData m_data;
    double m_pixelsPerDay = 14;
    double m_scrollX = 0;
};

} // namespace sts::ui

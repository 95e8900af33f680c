#pragma once

#include "services/TimelineData.h"

#include <QWidget>

class QLabel;
class QScrollBar;
class QToolButton;

namespace sts::ui {

class TimelineCanvas;

// The rollout timeline with its controls: zoom out / in / fit, a legend, and a scroll bar.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setData(const TimelineData &data);
    TimelineCanvas *canvas() const { return m_canvas; }

    void zoomIn();
    void zoomOut();
    void fitAll();

Q_SIGNALS:
    void dayActivated(const QDate &day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncScrollBar();

    TimelineCanvas *m_canvas;
    QScrollBar *m_scrollBar;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QLabel *m_legend;
    bool m_fitPending = true; // fit once the canvas has its real width
};

} // namespace sts::ui

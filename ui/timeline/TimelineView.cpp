#include "timeline/TimelineView.h"

#include "timeline/TimelineCanvas.h"
#include "timeline/TimelinePainter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

using render::TimelinePainter;

static constexpr double kZoomStep = 1.5;

static QString swatch(const QColor &colour, const QString &symbol, const QString &text)
{
    return u"<span style=\"color:%1\">%2</span>&nbsp;%3"_s.arg(colour.name(), symbol,
                                                               text.toHtmlEscaped());
}

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_canvas(new TimelineCanvas(this)),
      m_scrollBar(new QScrollBar(Qt::Horizontal, this)), m_zoomOut(new QToolButton(this)),
      m_zoomIn(new QToolButton(this)), m_fit(new QToolButton(this)), m_legend(new QLabel(this))
{
    setObjectName(u"timelineView"_s);
    m_scrollBar->setObjectName(u"timelineScroll"_s);
    m_zoomOut->setObjectName(u"zoomOut"_s);
    m_zoomOut->setText(u"−"_s);
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setObjectName(u"zoomIn"_s);
    m_zoomIn->setText(u"+"_s);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_fit->setObjectName(u"zoomFit"_s);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole rollout"));
    m_legend->setObjectName(u"timelineLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setText(
        QStringList{swatch(TimelinePainter::stateColor(DayState::Clean), u"■"_s, tr("clean")),
                    swatch(TimelinePainter::stateColor(DayState::Failing), u"■"_s, tr("failing")),
                    swatch(TimelinePainter::stateColor(DayState::Unknown), u"□"_s, tr("unknown")),
                    swatch(QColor(0x45, 0x4f, 0x5c), u"◆"_s, tr("phase")),
                    swatch(QColor(0x1f, 0x5f, 0x99), u"▲"_s, tr("policy published")),
                    swatch(QColor(0x6a, 0x3d, 0x9a), u"●"_s, tr("policy id")),
                    swatch(QColor(0xd0, 0x5a, 0x00), u"■"_s, tr("certificate expiry")),
                    swatch(QColor(0xc0, 0x1c, 0x28), u"▼"_s, tr("finding")),
                    swatch(QColor(0x2e, 0x7d, 0x32), u"▼"_s, tr("resolved"))}
            .join(u"&nbsp;&nbsp; "_s));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_fit);
    controls->addSpacing(12);
    controls->addWidget(m_legend, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_canvas);
    layout->addWidget(m_scrollBar);

    connect(m_zoomIn, &QToolButton::clicked, this, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &TimelineView::fitAll);
    connect(m_canvas, &TimelineCanvas::viewChanged, this, &TimelineView::syncScrollBar);
    connect(m_canvas, &TimelineCanvas::dayActivated, this, &TimelineView::dayActivated);
    connect(m_scrollBar, &QScrollBar::valueChanged, m_canvas,
            [this](int value) { m_canvas->setScrollX(value); });
}

void TimelineView::setData(const TimelineData &data)
{
    const bool firstData = !m_canvas->data().first.isValid();
    m_canvas->setData(data);
    if (firstData || m_fitPending)
        fitAll();
}

void TimelineView::zoomIn()
{
    m_canvas->setPixelsPerDay(m_canvas->pixelsPerDay() * kZoomStep, m_canvas->width() / 2);
}

void TimelineView::zoomOut()
{
    m_canvas->setPixelsPerDay(m_canvas->pixelsPerDay() / kZoomStep, m_canvas->width() / 2);
}

void TimelineView::fitAll()
{
    m_canvas->setPixelsPerDay(
        TimelinePainter::fitPixelsPerDay(m_canvas->width(), m_canvas->data().dayCount()), 0);
    m_canvas->setScrollX(0);
    m_fitPending = !isVisible();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitAll();
}

void TimelineView::syncScrollBar()
{
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setRange(0, std::max(0, m_canvas->contentWidth() - m_canvas->width()));
    m_scrollBar->setPageStep(std::max(1, m_canvas->width()));
    m_scrollBar->setSingleStep(std::max(1, int(m_canvas->pixelsPerDay())));
    m_scrollBar->setValue(int(m_canvas->scrollX()));
    // A button that can no longer change the picture says so instead of doing nothing.
    m_zoomIn->setEnabled(m_canvas->pixelsPerDay() < TimelineCanvas::kMaxPixelsPerDay - 1e-6);
    m_zoomOut->setEnabled(m_canvas->pixelsPerDay() > TimelineCanvas::kMinPixelsPerDay + 1e-6);
}

} // namespace sts::ui

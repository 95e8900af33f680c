#include "timeline/RolloutView.h"

#include "mainwindow/Workspace.h"
#include "reports/ImportPanel.h"
#include "services/TimelineData.h"
#include "timeline/DayStrip.h"
#include "timeline/PolicyVersionsPanel.h"
#include "timeline/RolloutControls.h"
#include "timeline/SenderScopeDialog.h"
#include "timeline/TimelineView.h"

#include <QDragEnterEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

RolloutView::RolloutView(QWidget *parent)
    : QWidget(parent), m_phase(new QLabel(this)), m_banner(new QLabel(this)),
      m_versions(new PolicyVersionsPanel(this)), m_controls(new RolloutControls(m_versions, this)),
      m_timeline(new TimelineView(this)), m_days(new DayStrip(this)),
      m_importPanel(new ImportPanel(this))
{
    setObjectName(u"rolloutView"_s);
    setAcceptDrops(true);
    m_phase->setObjectName(u"rolloutPhase"_s);
    m_banner->setObjectName(u"readinessBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_days);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFixedHeight(m_days->sizeHint().height() + 24);

    // The page scrolls rather than growing the window: its parts together are taller than a
    // 1366 x 768 laptop screen leaves for it.
    auto *page = new QScrollArea(this);
    page->setObjectName(u"rolloutScroll"_s);
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    page->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(page);
    auto *content = new QWidget(page);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_banner);
    layout->addWidget(m_controls);
    auto *versionsBox = new QGroupBox(tr("Policy versions"), this);
    versionsBox->setObjectName(u"policyVersionsBox"_s);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);
    layout->addWidget(versionsBox);
    layout->addWidget(m_timeline);
    m_stretchTitle = new QLabel(tr("Current testing stretch"), this);
    m_stretchTitle->setObjectName(u"testingStretchTitle"_s);
    layout->addWidget(m_stretchTitle);
    layout->addWidget(scroll);
    layout->addWidget(m_importPanel);
    layout->addStretch();

    connect(m_importPanel, &ImportPanel::imported, this, &RolloutView::refresh);
    // A version published or a step recorded moves the phase, the banner and the timeline.
    connect(m_versions, &PolicyVersionsPanel::changed, this, &RolloutView::refresh);
    connect(m_controls, &RolloutControls::changed, this, [this] {
        m_versions->refresh();
        refresh();
    });
    connect(m_timeline, &TimelineView::dayActivated, this, &RolloutView::dayActivated);
    connect(m_days, &DayStrip::dayClicked, this, &RolloutView::dayActivated);

    // Under the banner: which major senders count for readiness (SenderScopeDialog).
    auto *senders = new QPushButton(tr("Senders…"), this);
    senders->setObjectName(u"senderScopeButton"_s);
    senders->setToolTip(tr("Major senders: their last report, and which do not send mail to this "
                           "customer"));
    layout->insertWidget(layout->indexOf(m_banner) + 1, senders, 0, Qt::AlignRight);
    page->setWidget(content); // after its layout is complete, as QScrollArea wants
    connect(senders, &QPushButton::clicked, this, &RolloutView::editSenderScope);
}

void RolloutView::editSenderScope()
{
    if (!m_workspace || m_engagementId == 0)
        return;
    SenderScopeDialog dialog(m_workspace->context(), m_engagementId, this);
    connect(&dialog, &SenderScopeDialog::changed, this, &RolloutView::refresh);
    dialog.exec();
}

RolloutView::~RolloutView() = default;

void RolloutView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_importPanel->setWorkspace(workspace);
    m_versions->setWorkspace(workspace);
    m_controls->setWorkspace(workspace);
}

void RolloutView::showEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    m_importPanel->setEngagement(engagementId);
    m_importPanel->clearSummary();
    m_versions->showEngagement(engagementId);
    refresh();
}

void RolloutView::refresh()
{
    if (!m_workspace || m_engagementId == 0)
        return;
    RolloutService service(m_workspace->context());
    Result<RolloutStatus> status = service.status(m_engagementId);
    if (!status) {
        m_banner->setText(status.error().message);
        return;
    }
    showStatus(*status);
    m_controls->showStatus(m_engagementId, *status);
    Result<TimelineData> timeline = buildTimelineData(m_workspace->databasePtr(), m_engagementId,
                                                      m_workspace->clock()->now().toUTC().date());
    m_timeline->setData(timeline ? *timeline : TimelineData{});
}

void RolloutView::showStatus(const RolloutStatus &status)
{
    const QLocale locale;
    QString phase = tr("Phase: %1").arg(displayName(status.phase));
    if (!status.policyId.isEmpty())
        phase += tr(" · policy id %1").arg(status.policyId);
    if (status.phase == RolloutPhase::Testing) {
        phase += tr(" · day %1 of testing").arg(status.readiness.daysInTesting);
        phase += tr(" · %n clean day(s) in a row", nullptr, status.readiness.cleanStreak);
    }
    m_phase->setText(phase);

    QPalette palette = m_banner->palette();
    if (status.readyForEnforce()) {
        m_banner->setText(
            tr("✓ Ready for enforce since %1.")
                .arg(locale.toString(status.readiness.readySince, QLocale::LongFormat)));
        palette.setColor(QPalette::Window, QColor(0xe3, 0xf4, 0xe8));
    } else {
        QString text = tr("Not ready for enforce:");
        for (const QString &reason : status.readiness.blockingReasons)
            text += u"\n• "_s + reason;
        m_banner->setText(text);
        palette.setColor(QPalette::Window, status.readiness.flagged ? QColor(0xfd, 0xe4, 0xe1)
                                                                    : QColor(0xfd, 0xf3, 0xdc));
    }
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_banner->setPalette(palette);
    showDays(status);
}

void RolloutView::showDays(const RolloutStatus &status)
{
    const QDate today = m_workspace->clock()->now().toUTC().date();
    switch (status.phase) {
    case RolloutPhase::Discovery:
    case RolloutPhase::Prepared:
        // Before a testing policy is live no day can be clean: 30 question marks would only
        // suggest that the senders are missing.
        m_stretchTitle->setText(tr("Testing stretch"));
        m_days->setPlaceholder(
            tr("Testing has not started yet. Days are counted from the day the testing policy "
               "goes live: publish it under Policy versions, then Start testing."));
        m_days->setDays({}, today);
        return;
    case RolloutPhase::Testing:
        m_stretchTitle->setText(tr("Current testing stretch"));
        break;
    case RolloutPhase::Enforce:
    case RolloutPhase::Monitoring:
    case RolloutPhase::Removal:
        m_stretchTitle->setText(tr("Last 30 days"));
        break;
    }
    m_days->setPlaceholder(tr("No reports imported for these days yet."));
    m_days->setDays(status.days, today);
}

QString RolloutView::stretchPlaceholder() const
{
    return m_days->days().isEmpty() ? m_days->placeholder() : QString();
}

QString RolloutView::bannerText() const
{
    return m_banner->text();
}

QString RolloutView::lastImportSummary() const
{
    return m_importPanel->summaryText();
}

void RolloutView::importPaths(const QStringList &paths)
{
    m_importPanel->importPaths(paths);
}

bool RolloutView::isImporting() const
{
    return m_importPanel->isImporting();
}

void RolloutView::cancelImport()
{
    m_importPanel->cancelImport();
}

void RolloutView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void RolloutView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

} // namespace sts::ui

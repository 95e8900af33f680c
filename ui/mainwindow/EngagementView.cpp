#include "mainwindow/EngagementView.h"

#include "findings/FindingsPanel.h"
#include "mainwindow/Workspace.h"
#include "reports/ReportsView.h"
#include "runbook/RunbookView.h"
#include "timeline/RolloutView.h"
#include "wizard/EngagementWizard.h"
#include "wizard/WizardStepList.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

EngagementView::EngagementView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_rollout(new RolloutView(this)), m_reports(new ReportsView(this)),
      m_findings(new FindingsPanel(this))
{
    m_title->setObjectName(u"engagementTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"engagementSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_navigation->setObjectName(u"sectionNavigation"_s);
    m_navigation->setWordWrap(true);
    m_navigation->setSpacing(3);
    m_navigation->setAccessibleName(tr("Engagement sections"));

    addSection(tr("Wizard"), buildOverview());
    addSection(tr("Timeline"), m_rollout);
    addSection(tr("Reports"), m_reports);
    addSection(tr("Runbook"), new RunbookView(this));
    addSection(tr("Findings"), m_findings);
    // As wide as the longest section name in this language and no wider: the sections' charts
    // and tables need the room.
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = qMax(widest,
                      m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + 4 * m_navigation->fontMetrics().averageCharWidth() + 16);

    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addLayout(body, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(WizardSection);
    // A day clicked on the Timeline opens its reports.
    connect(m_rollout, &RolloutView::dayActivated, this, [this](const QDate &day) {
        m_reports->showDay(day);
        setCurrentSection(ReportsSection);
    });
}

QWidget *EngagementView::buildOverview()
{
    auto *page = new QWidget(this);
    auto *details = new QGroupBox(tr("Engagement details"), page);
    m_details = new QFormLayout(details);
    auto *edit = new QPushButton(tr("&Open wizard…"), page);
    edit->setObjectName(u"editDetails"_s);
    edit->setToolTip(tr("Customer details and every wizard step (Ctrl+E)"));
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_engagement.id); });

    // Where the engagement stands in the wizard, step by step, from what is stored (the same
    // list the wizard shows beside its pages); a click opens the wizard.
    auto *steps = new QGroupBox(tr("Wizard steps"), page);
    auto *stepsLayout = new QVBoxLayout(steps);
    m_steps = new WizardStepList(steps);
    m_steps->setShowNotes(true);
    m_steps->setObjectName(u"overviewStepList"_s);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    stepsLayout->addWidget(m_steps);
    connect(m_steps, &WizardStepList::stepActivated, this,
            [this](services::WizardStep step) { openWizardAt(step); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(edit);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(details);
    layout->addLayout(buttons);
    layout->addWidget(steps, 1);
    return page;
}

void EngagementView::openWizardAt(services::WizardStep step)
{
    // The shell opens the wizard (it owns the dialogs); the one it opened for this engagement
    // is the newest shown one. Going to the step from here keeps the shell's signal as it is.
    Q_EMIT editRequested(m_engagement.id);
    const QList<EngagementWizard *> wizards = window()->findChildren<EngagementWizard *>();
    for (auto it = wizards.crbegin(); it != wizards.crend(); ++it)
        if ((*it)->isVisible() && (*it)->engagementId() == m_engagement.id) {
            (*it)->goToPage(int(step));
            return;
        }
}

void EngagementView::addSection(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void EngagementView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    connect(workspace, &Workspace::changed, m_steps, [this](qint64 id) {
        if (id == m_engagement.id && m_workspace)
            m_steps->refresh(m_workspace, id);
    });
    m_rollout->setWorkspace(workspace);
    m_reports->setWorkspace(workspace);
    findChild<RunbookView *>()->setWorkspace(workspace);
    m_findings->setWorkspace(workspace);
}

void EngagementView::showEngagement(const Engagement &e)
{
    m_engagement = e;
    if (m_workspace)
        m_steps->refresh(m_workspace, e.id);
    m_rollout->showEngagement(e.id);
    m_reports->showEngagement(e.id);
    findChild<RunbookView *>()->showEngagement(e.id);
    m_findings->showEngagement(e.id);
    m_title->setText(e.customer);
    QStringList facts{e.domain.display};
    if (!e.consultant.isEmpty())
        facts << tr("consultant %1").arg(e.consultant);
    facts << displayName(e.profile);
    if (e.archived)
        facts << tr("archived");
    m_subtitle->setText(facts.join(u" · "_s));

    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, field);
    };
    addRow(tr("Customer:"), e.customer);
    addRow(tr("Domain:"), e.domain.ace == e.domain.display
                              ? e.domain.display
                              : u"%1 (%2)"_s.arg(e.domain.display, e.domain.ace));
    addRow(tr("Consultant:"), e.consultant.isEmpty() ? tr("—") : e.consultant);
    addRow(tr("Deliverables language:"), e.language == u"de"_s ? tr("German") : tr("English"));
    addRow(tr("Profile:"), displayName(e.profile));
    addRow(tr("Certificate authority:"), displayName(e.ca));
    addRow(tr("Policy hosting:"), displayName(e.hosting));
    addRow(tr("Major senders:"), e.majorSenders.join(u", "_s));
    addRow(tr("Created:"), QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat));
}

void EngagementView::setCurrentSection(Section section)
{
    if (isSectionEnabled(section))
        m_navigation->setCurrentRow(section);
}

EngagementView::Section EngagementView::currentSection() const
{
    return Section(qMax(0, m_navigation->currentRow()));
}

bool EngagementView::isSectionEnabled(Section section) const
{
    const QListWidgetItem *item = m_navigation->item(section);
    return item && (item->flags() & Qt::ItemIsEnabled);
}

} // namespace sts::ui

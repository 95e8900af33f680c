#include "wizard/WizardStepList.h"

#include "mainwindow/Workspace.h"

using namespace Qt::StringLiterals;
using sts::services::StepState;
using sts::services::WizardStep;

namespace sts::ui {

namespace {

// A mark that tells the states apart without colour (colour-blind consultants, printed
// screenshots), and a colour that tells them apart at a glance.
QString markOf(StepState state)
{
    switch (state) {
    case StepState::Done:
        return u"✓"_s;
    case StepState::NeedsAttention:
        return u"!"_s;
    case StepState::NotStarted:
        break;
    }
    return u"○"_s;
}

QColor colourOf(StepState state, const QPalette &palette)
{
    switch (state) {
    case StepState::Done:
        return QColor(0x1e, 0x7b, 0x34);
    case StepState::NeedsAttention:
        return QColor(0xb3, 0x26, 0x1e);
    case StepState::NotStarted:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

WizardStepList::WizardStepList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"wizardStepList"_s);
    setAccessibleName(tr("Wizard steps"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setSpacing(2);
    showProgress(services::wizardProgress(std::nullopt, 0));
    // Sized for the longest step name with its state line, in the language shown.
    int widest = 0;
    for (int i = 0; i < services::kWizardStepCount; ++i)
        widest =
            qMax(widest, fontMetrics().horizontalAdvance(services::wizardStepTitle(WizardStep(i))));
    for (StepState state : {StepState::NotStarted, StepState::Done, StepState::NeedsAttention})
        widest = qMax(widest, fontMetrics().horizontalAdvance(services::stepStateText(state)));
    setMinimumWidth(widest + 6 * fontMetrics().averageCharWidth());
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT stepActivated(WizardStep(item->data(StepRole).toInt()));
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT stepActivated(WizardStep(item->data(StepRole).toInt()));
    });
}

void WizardStepList::refresh(Workspace *workspace, qint64 engagementId)
{
    Result<QList<services::StepProgress>> steps =
        services::WizardProgress(workspace->context()).steps(engagementId);
    m_error = steps ? QString() : steps.error().message;
    setToolTip(m_error);
    showProgress(steps ? *steps : services::wizardProgress(std::nullopt, 0));
}

void WizardStepList::showProgress(const QList<services::StepProgress> &steps)
{
    const QSignalBlocker block(this);
    clear();
    for (const services::StepProgress &step : steps) {
        QString state = services::stepStateText(step.state);
        if (m_showNotes && !step.note.isEmpty())
            state += u" · "_s + step.note;
        auto *item = new QListWidgetItem(u"%1  %2\n     %3"_s.arg(
            markOf(step.state), services::wizardStepTitle(step.step), state));
        item->setData(StepRole, int(step.step));
        item->setData(StateRole, int(step.state));
        item->setForeground(colourOf(step.state, palette()));
        item->setToolTip(step.note.isEmpty()
                             ? services::stepStateText(step.state)
                             : u"%1: %2"_s.arg(services::stepStateText(step.state), step.note));
        addItem(item);
    }
    setCurrentStep(m_current);
}

void WizardStepList::setCurrentStep(int step)
{
    m_current = step;
    const QSignalBlocker block(this);
    setCurrentRow(step);
    for (int row = 0; row < count(); ++row) {
        QFont font = item(row)->font();
        font.setBold(row == step);
        item(row)->setFont(font);
    }
}

StepState WizardStepList::stateOf(WizardStep step) const
{
    const QListWidgetItem *found = itemOf(step);
    return found ? StepState(found->data(StateRole).toInt()) : StepState::NotStarted;
}

QListWidgetItem *WizardStepList::itemOf(WizardStep step) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(StepRole).toInt() == int(step))
            return item(row);
    return nullptr;
}

} // namespace sts::ui

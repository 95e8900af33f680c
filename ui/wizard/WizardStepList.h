#pragma once

#include "services/WizardProgress.h"

#include <QListWidget>

namespace sts::ui {

class Workspace;

// The wizard's steps with each one's state (not started, done, needs attention) as
// services::WizardProgress computes it from what is stored. Beside the wizard's pages it shows
// where the consultant is and a click goes to a step; on the engagement overview it shows how far
// the engagement is.
class WizardStepList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int StepRole = Qt::UserRole + 1;  // int(WizardStep)
    static constexpr int StateRole = Qt::UserRole + 2; // int(StepState)

    explicit WizardStepList(QWidget *parent = nullptr);

    // Reads the engagement's state again (0: a new engagement, nothing started).
    void refresh(Workspace *workspace, qint64 engagementId);
    void showProgress(const QList<services::StepProgress> &steps);
    // With room to spare (the overview), each state is followed by why ("1 address failed").
    void setShowNotes(bool show) { m_showNotes = show; }
    // Marks the step whose page is shown (none: -1).
    void setCurrentStep(int step);

    services::StepState stateOf(services::WizardStep step) const;
    QListWidgetItem *itemOf(services::WizardStep step) const;

Q_SIGNALS:
    // The consultant clicked (or chose with the keyboard) a step.
    void stepActivated(services::WizardStep step);

private:
    QString m_error;    // the last read error, shown in the tooltip of the list
    int m_current = -1; // the step shown in the wizard
    bool m_showNotes = false;
};

} // namespace sts::ui

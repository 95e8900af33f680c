#pragma once

#include "reports/ReasonDialog.h"
#include "services/RolloutService.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace sts::ui {

class AcknowledgeDialog;
class PolicyVersionsPanel;
class Workspace;

// "Rollout" on the Timeline: Start testing, Enforce, Roll back, Start removal and Acknowledge a
// finding, each enabled only in the phases where the step can follow (the CLI's guards, from
// RolloutService). A phase change rests on a published version of its mode, so a step leads
// through the versions panel: an existing draft of that mode is published (PublishDialog, which
// asks for the reason a guarded step needs), otherwise a new draft is made first. Only when the
// live version already has the mode is the step recorded directly with RolloutService.
class RolloutControls : public QGroupBox
{
    Q_OBJECT
public:
    RolloutControls(PolicyVersionsPanel *versions, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void showStatus(qint64 engagementId, const RolloutStatus &status);
    // Replaces the reason question of a step recorded directly (tests answer it).
    void setReasonPrompt(ReasonPrompt prompt) { m_askReason = std::move(prompt); }

    // The steps, as the buttons take them.
    void startTesting();
    void enforce();
    void rollBack();
    void startRemoval();
    // Enforce → Monitoring: the handover is done and the engagement is watched from here on
    // (no new version; the live enforce policy stays).
    void startMonitoring();
    AcknowledgeDialog *acknowledge();

    QString hintText() const;

Q_SIGNALS:
    void changed();

private:
    void takeStep(mtasts::PolicyMode mode, RolloutPhase to);
    bool recordDirectly(RolloutPhase to, const QString &policyId);

    Workspace *m_workspace = nullptr;
    PolicyVersionsPanel *m_versions;
    qint64 m_engagementId = 0;
    RolloutStatus m_status;
    ReasonPrompt m_askReason;
    QPushButton *m_testing;
    QPushButton *m_enforce;
    QPushButton *m_rollBack;
    QPushButton *m_removal;
    QPushButton *m_monitoring;
    QPushButton *m_acknowledge;
    QLabel *m_hint;
};

} // namespace sts::ui

#pragma once

#include "services/PublishPlan.h"
#include "services/ServiceContext.h"

#include <QList>
#include <QString>
#include <optional>

namespace sts::services {

// The wizard's steps, in the order of its pages.
enum class WizardStep {
    Basics,
    MailServers,
    Dnssec,
    Certificates,
    Preflight,
    Policy,
    Records,
    Hosting,
    Dane
};
inline constexpr int kWizardStepCount = int(WizardStep::Dane) + 1;

enum class StepState { NotStarted, Done, NeedsAttention };

// One step as the stored state shows it, with a short reason for people (translated).
struct StepProgress
{
    WizardStep step = WizardStep::Basics;
    StepState state = StepState::NotStarted;
    QString note;
};

// "basics", "mail-servers", ... stable: stored in the event log (events::kWizardLeft).
QString wizardStepKey(WizardStep step);
std::optional<WizardStep> wizardStepFromKey(const QString &key);
// The step's name for people, as the wizard's page titles say it (translated).
QString wizardStepTitle(WizardStep step);
QString stepStateText(StepState state);

// The state of every step, decided from what is stored (pure): `facts` of a stored engagement
// (none: a new one, nothing started) and how many key/CSR files it generated.
QList<StepProgress> wizardProgress(const std::optional<PublishFacts> &facts, int keyFiles);

// Where an engagement stands in the wizard, one answer for the wizard's step list and the main
// window's overview; and the page the consultant left the wizard on, so that it resumes there.
class WizardProgress
{
public:
    explicit WizardProgress(ServiceContext context);

    // Engagement 0 (not created yet): every step not started.
    Result<QList<StepProgress>> steps(qint64 engagementId) const;
    // The page the wizard was last left on; none when never.
    Result<std::optional<WizardStep>> lastStep(qint64 engagementId) const;
    // Logs events::kWizardLeft for `step` unless it is the step logged last.
    Status rememberStep(qint64 engagementId, WizardStep step);

private:
    ServiceContext m_context;
};

} // namespace sts::services

#include "timeline/RolloutControls.h"

#include "mainwindow/Workspace.h"
#include "services/PolicyVersions.h"
#include "timeline/AcknowledgeDialog.h"
#include "timeline/PolicyVersionsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

bool oneOf(RolloutPhase phase, std::initializer_list<RolloutPhase> phases)
{
    return std::find(phases.begin(), phases.end(), phase) != phases.end();
}

} // namespace

RolloutControls::RolloutControls(PolicyVersionsPanel *versions, QWidget *parent)
    : QGroupBox(tr("Rollout"), parent), m_versions(versions), m_askReason(&askForReason),
      m_testing(new QPushButton(tr("Start &testing…"), this)),
      m_enforce(new QPushButton(tr("&Enforce…"), this)),
      m_rollBack(new QPushButton(tr("&Roll back…"), this)),
      m_removal(new QPushButton(tr("Start re&moval…"), this)),
      m_monitoring(new QPushButton(tr("Start m&onitoring…"), this)),
      m_acknowledge(new QPushButton(tr("Ac&knowledge a finding…"), this)), m_hint(new QLabel(this))
{
    setObjectName(u"rolloutControls"_s);
    m_testing->setObjectName(u"startTestingButton"_s);
    m_testing->setToolTip(tr("Publish a testing version (max_age 86400): senders report "
                             "failures but deliver as before."));
    m_enforce->setObjectName(u"enforceButton"_s);
    m_rollBack->setObjectName(u"rollBackButton"_s);
    m_rollBack->setToolTip(tr("Publish a testing version with a new id; senders that cached the "
                              "enforce policy keep it until its max_age has passed. To withdraw "
                              "MTA-STS altogether, use Start removal."));
    m_removal->setObjectName(u"startRemovalButton"_s);
    m_removal->setToolTip(tr("Publish a version in mode none and serve it for the old max_age "
                             "before deleting the records."));
    m_monitoring->setObjectName(u"startMonitoringButton"_s);
    m_monitoring->setToolTip(tr("Enforce is stable and handed over: from now on the engagement "
                                "is watched (reports, certificates, drift). Recorded with a "
                                "reason."));
    m_acknowledge->setObjectName(u"acknowledgeButton"_s);
    m_acknowledge->setToolTip(tr("Mark a failure as the sender's own, with a reason, so that it "
                                 "no longer blocks the ready verdict."));
    m_hint->setObjectName(u"rolloutHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_testing, m_enforce, m_monitoring, m_rollBack, m_removal, m_acknowledge})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_testing, &QPushButton::clicked, this, &RolloutControls::startTesting);
    connect(m_enforce, &QPushButton::clicked, this, &RolloutControls::enforce);
    connect(m_rollBack, &QPushButton::clicked, this, &RolloutControls::rollBack);
    connect(m_removal, &QPushButton::clicked, this, &RolloutControls::startRemoval);
    connect(m_monitoring, &QPushButton::clicked, this, &RolloutControls::startMonitoring);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledge(); });
}

void RolloutControls::showStatus(qint64 engagementId, const RolloutStatus &status)
{
    m_engagementId = engagementId;
    m_status = status;
    using P = RolloutPhase;
    const P phase = status.phase;
    m_testing->setEnabled(oneOf(phase, {P::Discovery, P::Prepared, P::Removal}));
    m_enforce->setEnabled(phase == P::Testing);
    m_rollBack->setEnabled(oneOf(phase, {P::Enforce, P::Monitoring}));
    m_removal->setEnabled(oneOf(phase, {P::Testing, P::Enforce, P::Monitoring}));
    m_monitoring->setEnabled(phase == P::Enforce);
    m_acknowledge->setEnabled(oneOf(phase, {P::Testing, P::Enforce, P::Monitoring}));
    m_enforce->setToolTip(
        status.readyForEnforce()
            ? tr("Ready: publish an enforce version (max_age 604800) with a new id.")
            : tr("Not ready for enforce yet; enforcing anyway needs a reason, recorded with the "
                 "step."));

    QString hint;
    Result<std::optional<StoredPolicyVersion>> live =
        m_workspace ? PolicyVersions(m_workspace->context()).current(engagementId)
                    : Result<std::optional<StoredPolicyVersion>>(std::nullopt);
    const QLocale locale;
    if (oneOf(phase, {P::Discovery, P::Prepared})) {
        hint = tr("Start testing publishes a testing version; the rollout begins when it is "
                  "live.");
    } else if (phase == P::Testing) {
        hint = status.readyForEnforce()
                   ? tr("Ready for enforce: Enforce publishes an enforce version.")
                   : tr("Enforce is guarded: the rules do not say ready yet. Enforce publishes an "
                        "enforce version only with a reason to override the verdict.");
    } else if (live && *live && oneOf(phase, {P::Enforce, P::Monitoring})) {
        const QDateTime until = m_workspace->clock()->now().addSecs((*live)->version.policy.maxAge);
        hint = tr("Roll back: senders that fetched policy %1 keep enforcing it for up to its "
                  "max_age, until %2 at the latest, whatever is published next. Fix the cause "
                  "in parallel.")
                   .arg((*live)->version.id, locale.toString(until.toUTC(), QLocale::LongFormat));
    } else if (live && *live && phase == P::Removal) {
        const QDateTime until = status.phaseSince.addSecs((*live)->version.policy.maxAge);
        hint = tr("Removal: keep serving policy %1 (mode none) until %2; only then delete the "
                  "_mta-sts TXT record and the policy host.")
                   .arg((*live)->version.id, locale.toString(until.toUTC(), QLocale::LongFormat));
    }
    m_hint->setText(hint);
    m_hint->setStyleSheet(QString());
}

QString RolloutControls::hintText() const
{
    return m_hint->text();
}

void RolloutControls::startTesting()
{
    takeStep(mtasts::PolicyMode::Testing, RolloutPhase::Testing);
}

void RolloutControls::enforce()
{
    takeStep(mtasts::PolicyMode::Enforce, RolloutPhase::Enforce);
}

void RolloutControls::rollBack()
{
    takeStep(mtasts::PolicyMode::Testing, RolloutPhase::Testing);
}

void RolloutControls::startRemoval()
{
    takeStep(mtasts::PolicyMode::None, RolloutPhase::Removal);
}

void RolloutControls::startMonitoring()
{
    if (!m_workspace || m_engagementId == 0)
        return;
    const std::optional<QString> reason =
        m_askReason(this, tr("Start monitoring"),
                    tr("Why is the engagement handed over to monitoring now?"), false);
    if (!reason)
        return;
    const Status done =
        RolloutService(m_workspace->context()).startMonitoring(m_engagementId, *reason);
    if (!done) {
        m_hint->setText(done.error().message);
        return;
    }
    Q_EMIT changed();
}

void RolloutControls::takeStep(mtasts::PolicyMode mode, RolloutPhase to)
{
    if (!m_workspace || m_engagementId == 0)
        return;
    PolicyVersions versions(m_workspace->context());
    Result<QList<StoredPolicyVersion>> list = versions.list(m_engagementId);
    if (!list) {
        m_hint->setText(list.error().message);
        return;
    }
    const StoredPolicyVersion *draft = nullptr;
    for (const StoredPolicyVersion &v : *list) {
        // Live in that mode already (published before the rollout followed it): the step only
        // needs recording.
        if (v.isLive() && v.version.policy.mode == mode && m_status.phase != to) {
            if (recordDirectly(to, v.version.id))
                Q_EMIT changed();
            return;
        }
        if (v.isDraft() && v.version.policy.mode == mode)
            draft = &v;
    }
    // The step rests on a version of its mode: publish the newest draft, else make one first.
    if (draft) {
        m_versions->selectVersion(draft->version.id);
        m_versions->publish(draft->version.id);
    } else {
        m_versions->newVersion(mode, true);
    }
}

bool RolloutControls::recordDirectly(RolloutPhase to, const QString &policyId)
{
    RolloutService rollout(m_workspace->context());
    const RolloutPhase from = m_status.phase;
    const bool rollingBack = to == RolloutPhase::Testing &&
                             (from == RolloutPhase::Enforce || from == RolloutPhase::Monitoring);
    const bool needsReason = rollingBack || to == RolloutPhase::Removal ||
                             (to == RolloutPhase::Enforce && !m_status.readyForEnforce());
    QString reason;
    if (needsReason) {
        const std::optional<QString> answer =
            m_askReason(this, tr("Rollout step"),
                        tr("Policy %1 is live already; the rollout moves to “%2”. Why?")
                            .arg(policyId, displayName(to)),
                        true);
        if (!answer)
            return false;
        reason = *answer;
    }
    Status done = Status::success();
    if (to == RolloutPhase::Enforce)
        done = rollout.switchToEnforce(m_engagementId, policyId, reason);
    else if (to == RolloutPhase::Removal)
        done = rollout.startRemoval(m_engagementId, policyId, reason);
    else if (rollingBack)
        done = rollout.rollback(m_engagementId, policyId, reason);
    else
        done = rollout.startTesting(m_engagementId, policyId, reason);
    if (!done) {
        m_hint->setText(done.error().message);
        m_hint->setStyleSheet(u"color: #b3261e;"_s);
        return false;
    }
    m_workspace->notifyChanged(m_engagementId);
    return true;
}

AcknowledgeDialog *RolloutControls::acknowledge()
{
    if (!m_workspace || m_engagementId == 0)
        return nullptr;
    auto *dialog = new AcknowledgeDialog(m_workspace, m_engagementId, m_status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcknowledgeDialog::acknowledged, this, &RolloutControls::changed);
    dialog->open();
    return dialog;
}

} // namespace sts::ui

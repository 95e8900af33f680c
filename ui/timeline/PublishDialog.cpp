#include "timeline/PublishDialog.h"

#include "mainwindow/LookupSettings.h"
#include "mainwindow/Workspace.h"
#include "services/PublishPlanner.h"
#include "services/RolloutService.h"
#include "timeline/CheckEvidence.h"
#include "timeline/VerifyTask.h"
#include "wizard/RecordPushDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

PublishDialog::PublishDialog(Workspace *workspace, qint64 engagementId, StoredPolicyVersion version,
                             QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_version(std::move(version)), m_tasks(new TaskRunner(this, 2)), m_step(new QLabel(this)),
      m_stepReason(new QLineEdit(this)), m_checks(newCheckTable(u"publishChecks"_s, this)),
      m_withoutProof(new QCheckBox(tr("Publish &without proof"), this)),
      m_proofReason(new QLineEdit(this)), m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)), m_verifyButton(new QPushButton(tr("&Verify again"), this)),
      m_cancelButton(new QPushButton(tr("&Stop"), this)),
      m_publishButton(new QPushButton(tr("&Publish"), this)),
      m_pushButton(new QPushButton(tr("Push &records…"), this)), m_reasons(new QFormLayout)
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Publish policy %1").arg(m_version.version.id));
    m_step->setObjectName(u"publishStep"_s);
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::PlainText);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepReason->setObjectName(u"stepReason"_s);
    m_stepReason->setPlaceholderText(tr("Why this step is taken now (recorded)"));
    m_withoutProof->setObjectName(u"withoutProof"_s);
    m_withoutProof->setToolTip(tr("Mark the version live although the verification did not "
                                  "show it to senders; the reason is recorded with it."));
    m_proofReason->setObjectName(u"proofReason"_s);
    m_proofReason->setPlaceholderText(tr("Why it is live without proof, e.g. “customer's DNS "
                                         "not visible from here”"));
    m_progress->setObjectName(u"publishProgress"_s);
    m_message->setObjectName(u"publishMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_cancelButton->setObjectName(u"stopButton"_s);
    m_publishButton->setObjectName(u"publishButton"_s);
    m_pushButton->setObjectName(u"pushRecordsButton"_s);
    m_pushButton->setToolTip(tr("Send the records that announce this version (its _mta-sts id) to "
                                "the customer's DNS server (RFC 2136, TSIG), then verify again"));

    m_reasons->addRow(tr("Reason for this st&ep:"), m_stepReason);
    m_reasons->addRow(m_withoutProof);
    m_reasons->addRow(tr("&Reason without proof:"), m_proofReason);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_pushButton);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_publishButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_checks, 1);
    layout->addLayout(m_reasons);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_verifyButton, &QPushButton::clicked, this, &PublishDialog::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &PublishDialog::cancel);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_pushButton, &QPushButton::clicked, this, &PublishDialog::pushRecords);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stepReason, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    connect(m_proofReason, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    connect(m_withoutProof, &QCheckBox::toggled, this, [this](bool on) {
        m_proofReason->setEnabled(on);
        updateButtons();
    });

    Result<services::PublicationTargets> targets = publicationTargetsFromSettings();
    if (targets)
        m_targets = *targets;
    describeStep();
    offerWithoutProof(false);
    setBusy(false, {});
    if (!targets)
        setMessage(targets.error().message, true);
}

// The runner's destructor cancels and joins a task still running; a publication already
// recorded on the worker stays recorded.
PublishDialog::~PublishDialog() = default;

void PublishDialog::describeStep()
{
    const ServiceContext &context = m_workspace->context();
    const mtasts::Policy &policy = m_version.version.policy;
    QStringList lines;
    lines << tr("Version %1: mode %2, max_age %3 s, mx %4.")
                 .arg(m_version.version.id, mtasts::policyModeName(policy.mode))
                 .arg(policy.maxAge)
                 .arg(policy.mxTexts().join(u", "_s));
    RolloutService rollout(context);
    Result<std::optional<RolloutPhase>> step =
        rollout.stepForPublishing(m_engagementId, policy.mode, {});
    if (!step) {
        lines << step.error().message;
        // Would any reason do? Then it is asked for; otherwise the step cannot be taken at all.
        step = rollout.stepForPublishing(m_engagementId, policy.mode, u"?"_s);
        m_stepNeedsReason = step.ok();
        m_stepBlocked = !step.ok();
        if (m_stepBlocked)
            lines << step.error().message;
    }
    if (step && *step)
        lines << tr("Publishing moves the rollout to “%1”.").arg(displayName(**step));
    else if (step)
        lines << tr("The rollout stays in its phase; senders pick up the new id.");

    // RFC 8461 §8: senders keep the version they cached until its max_age has passed.
    Result<std::optional<StoredPolicyVersion>> live =
        PolicyVersions(context).current(m_engagementId);
    Result<Engagement> engagement = m_workspace->engagements().get(m_engagementId);
    if (live && *live && engagement) {
        const QDateTime cachedUntil = context.clock->now().addSecs((*live)->version.policy.maxAge);
        lines << tr("Policy %1 (mode %2) is live now; senders that fetched it keep applying it "
                    "for up to its max_age of %n second(s), whatever is published next.",
                    nullptr, int((*live)->version.policy.maxAge))
                     .arg((*live)->version.id,
                          mtasts::policyModeName((*live)->version.policy.mode));
        int n = 0;
        for (const QString &order : RolloutService::publishOrder(engagement->domain.ace,
                                                                 m_version.version.id, cachedUntil))
            lines << u"%1. %2"_s.arg(++n).arg(order);
    }
    m_step->setText(lines.join(u'\n'));
    m_reasons->setRowVisible(m_stepReason, m_stepNeedsReason);
}

void PublishDialog::setStepReason(const QString &reason)
{
    m_stepReason->setText(reason);
}

void PublishDialog::verify()
{
    if (!m_targets || isBusy())
        return;
    m_check.reset();
    m_checks->setRowCount(0);
    setBusy(true, tr("Verifying through DNS and HTTPS…"));
    m_verify.start(
        verifyWork(m_workspace->context(), m_engagementId, m_version.version.id, *m_targets),
        [this](const Result<services::PublicationCheck> &check) { onVerified(check); });
}

void PublishDialog::onVerified(const Result<services::PublicationCheck> &check)
{
    setBusy(false, {});
    m_workspace->notifyChanged(m_engagementId); // the evidence is stored
    if (!check) {
        setMessage(tr("The verification did not finish: %1").arg(check.error().message), true);
        offerWithoutProof(true);
        Q_EMIT verified(false);
        return;
    }
    m_check = *check;
    showCheck(m_checks, *check);
    if (check->ok)
        setMessage(
            tr("Senders see version %1 as published. It can go live.").arg(m_version.version.id),
            false);
    else
        setMessage(tr("Senders do not see version %1 yet. Publish the records and the policy "
                      "file, then verify again, or publish without proof with a reason.")
                       .arg(m_version.version.id),
                   true);
    offerWithoutProof(!check->ok);
    Q_EMIT verified(check->ok);
}

void PublishDialog::publish()
{
    if (!m_targets || !canPublish())
        return;
    const QString proofReason =
        m_withoutProof->isChecked() ? m_proofReason->text().trimmed() : QString();
    const QString stepReason = m_stepReason->text().trimmed();
    setBusy(true, tr("Verifying again and publishing…"));
    m_publish.start(
        [context = m_workspace->context(), id = m_engagementId, policyId = m_version.version.id,
         targets = *m_targets, proofReason,
         stepReason](const CancelToken &cancel, Progress &) -> Result<Publication> {
            Result<ServiceContext> local = context.forThisThread();
            if (!local)
                return local.error();
            return PolicyVersions(*local).publish(id, policyId, targets, proofReason, stepReason,
                                                  cancel);
        },
        [this](const Result<Publication> &publication) { onPublished(publication); });
}

void PublishDialog::onPublished(const Result<Publication> &publication)
{
    setBusy(false, {});
    m_workspace->notifyChanged(m_engagementId);
    if (!publication) {
        setMessage(tr("Not published: %1").arg(publication.error().message), true);
        if (publication.error().code == u"policy.unverified"_s)
            offerWithoutProof(true);
        Q_EMIT failed(publication.error().message);
        return;
    }
    m_publication = *publication;
    showCheck(m_checks, publication->check);
    QString text =
        publication->verified
            ? tr("Version %1 is live, verified.").arg(publication->version.version.id)
            : tr("Version %1 is live without proof.").arg(publication->version.version.id);
    RolloutPhase phase;
    if (!publication->phaseChange.isEmpty() && fromKey(publication->phaseChange, phase))
        text += u' ' + tr("The rollout moved to “%1”.").arg(displayName(phase));
    setMessage(text, false);
    m_publishButton->setEnabled(false);
    m_verifyButton->setEnabled(false);
    Q_EMIT published(*publication);
}

void PublishDialog::cancel()
{
    m_verify.cancel();
    m_publish.interrupt();
    if (!m_publish.isRunning()) {
        setBusy(false, {});
        setMessage(tr("Verification stopped."), true);
        offerWithoutProof(true);
    }
}

bool PublishDialog::canPublish() const
{
    if (isBusy() || m_stepBlocked || m_publication || !m_targets)
        return false;
    if (m_stepNeedsReason && m_stepReason->text().trimmed().isEmpty())
        return false;
    if (m_check && m_check->ok)
        return true;
    return m_withoutProof->isChecked() && !m_proofReason->text().trimmed().isEmpty();
}

void PublishDialog::offerWithoutProof(bool offer)
{
    m_reasons->setRowVisible(m_withoutProof, offer);
    m_reasons->setRowVisible(m_proofReason, offer);
    m_proofReason->setEnabled(m_withoutProof->isChecked());
    if (!offer)
        m_withoutProof->setChecked(false);
    updateButtons();
}

void PublishDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // verify reports no steps: a busy bar
    m_cancelButton->setEnabled(busy);
    m_verifyButton->setEnabled(!busy && m_targets && !m_publication);
    m_pushButton->setEnabled(!busy && !m_publication);
    if (busy)
        setMessage(what, false);
    updateButtons();
}

void PublishDialog::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

QString PublishDialog::messageText() const
{
    return m_message->text();
}

RecordPushDialog *PublishDialog::pushRecords()
{
    // The plan of this version, not the live one: RFC 8461 §8 has the new id announced once its
    // file is served, and this dialog is where that happens.
    services::PublishChoices choices;
    choices.policyId = m_version.version.id;
    Result<services::PublishPlan> plan =
        services::PublishPlanner(m_workspace->context().database).plan(m_engagementId, choices);
    Result<records::RecordSet> set =
        plan ? plan->recordSet() : Result<records::RecordSet>(plan.error());
    if (!set) {
        setMessage(set.error().message, true);
        return nullptr;
    }
    auto *dialog = new RecordPushDialog(m_workspace, m_engagementId, *set, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (!isBusy() && !m_publication)
            verify();
    });
    dialog->open();
    return dialog;
}

void PublishDialog::updateButtons()
{
    m_publishButton->setEnabled(canPublish());
    m_publishButton->setText(m_check && m_check->ok ? tr("&Publish")
                                                    : tr("&Publish without proof"));
}

} // namespace sts::ui

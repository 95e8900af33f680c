#include "timeline/PolicyVersionsPanel.h"

#include "common/PlainToolTip.h"
#include "mainwindow/LookupSettings.h"
#include "mainwindow/Workspace.h"
#include "timeline/CheckEvidence.h"
#include "timeline/NewVersionDialog.h"
#include "timeline/PublishDialog.h"
#include "timeline/VerifyTask.h"
#include "util/PrintableText.h"
#include "wizard/ResultTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

PolicyVersionsPanel::PolicyVersionsPanel(QWidget *parent)
    : QWidget(parent), m_tasks(new TaskRunner(this, 2)),
      m_table(newResultTable(u"policyVersionsTable"_s,
                             {tr("Id"), tr("Mode"), tr("max_age"), tr("MX patterns"), tr("State"),
                              tr("Published"), tr("Proof")},
                             ProofColumn, this)),
      m_new(new QPushButton(tr("&New version…"), this)),
      m_verifyButton(new QPushButton(tr("&Verify"), this)),
      m_stop(new QPushButton(tr("St&op"), this)), m_publish(new QPushButton(tr("&Publish…"), this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_checks(newCheckTable(u"versionChecks"_s, this))
{
    setObjectName(u"policyVersionsPanel"_s);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_new->setObjectName(u"newVersionButton"_s);
    m_new->setToolTip(tr("A draft version with the next free id: mode, max_age and mx patterns."));
    m_verifyButton->setObjectName(u"verifyVersionButton"_s);
    m_verifyButton->setToolTip(tr("Look now whether senders see the selected version: the "
                                  "_mta-sts TXT id, TLS-RPT, TLSA, and the policy over HTTPS "
                                  "(resolver, CA bundle and policy host from Settings)."));
    m_stop->setObjectName(u"stopVerifyButton"_s);
    m_publish->setObjectName(u"publishVersionButton"_s);
    m_publish->setToolTip(tr("Verify the selected draft and mark it live; the rollout follows."));
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setRange(0, 0);
    m_message->setObjectName(u"versionsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stop);
    buttons->addStretch(); // buttons keep their size while no progress is shown
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_checks);

    connect(m_new, &QPushButton::clicked, this, [this] { newVersion(); });
    connect(m_verifyButton, &QPushButton::clicked, this, &PolicyVersionsPanel::verifySelected);
    connect(m_stop, &QPushButton::clicked, this, &PolicyVersionsPanel::cancelVerify);
    connect(m_publish, &QPushButton::clicked, this, &PolicyVersionsPanel::publishSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PolicyVersionsPanel::showSelected);
    setVerifying(false);
}

// The runner's destructor cancels and joins a verification still running.
PolicyVersionsPanel::~PolicyVersionsPanel() = default;

void PolicyVersionsPanel::showEngagement(qint64 engagementId)
{
    if (engagementId != m_engagementId) {
        m_verify.cancel();
        setVerifying(false);
        setMessage({}, false);
    }
    m_engagementId = engagementId;
    refresh();
}

void PolicyVersionsPanel::refresh()
{
    if (!m_workspace || m_engagementId == 0)
        return;
    PolicyVersions versions(m_workspace->context());
    Result<QList<StoredPolicyVersion>> list = versions.list(m_engagementId);
    Result<QList<services::PublicationCheck>> checks = versions.checks(m_engagementId);
    if (!list || !checks) {
        setMessage(!list ? list.error().message : checks.error().message, true);
        return;
    }
    m_versions = *list;
    m_stored = *checks;
    showVersions();
}

void PolicyVersionsPanel::showVersions()
{
    const QString selected = selectedVersion() ? selectedVersion()->version.id : QString();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const StoredPolicyVersion &v = m_versions[row];
        QString state = tr("draft");
        if (v.supersededAt.isValid())
            state = tr("superseded %1").arg(when(v.supersededAt));
        else if (v.isLive())
            state = tr("live");
        QString proof;
        if (v.isDraft()) {
            proof = tr("not verified yet");
            for (const services::PublicationCheck &check : m_stored)
                if (check.policyId == v.version.id)
                    proof = check.ok ? tr("last check passed %1").arg(when(check.checkedAt))
                                     : tr("last check failed %1").arg(when(check.checkedAt));
        } else if (v.verificationId > 0) {
            proof = tr("verified");
            for (const services::PublicationCheck &check : m_stored)
                if (check.rowId == v.verificationId)
                    proof = tr("verified %1").arg(when(check.checkedAt));
        } else {
            proof = tr("without proof: %1").arg(v.publishReason);
        }
        const QStringList texts{v.version.id,
                                mtasts::policyModeName(v.version.policy.mode),
                                QString::number(v.version.policy.maxAge),
                                v.version.policy.mxTexts().join(u", "_s),
                                state,
                                v.publishedAt.isValid() ? when(v.publishedAt) : tr("—"),
                                proof};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(printableLines(texts[column]));
            item->setToolTip(plainToolTip(item->text()));
            if (v.isLive())
                item->setBackground(QColor(0xe3, 0xf4, 0xe8));
            m_table->setItem(row, column, item);
        }
    }
    fitHeightToRows(m_table, 3);
    // Keep the selection; else select the newest draft (the one to publish next), else the
    // newest version.
    int select = int(m_versions.size()) - 1;
    for (int row = 0; row < m_versions.size(); ++row)
        if (m_versions[row].version.id == selected)
            select = row;
    if (selected.isEmpty())
        for (int row = 0; row < m_versions.size(); ++row)
            if (m_versions[row].isDraft())
                select = row;
    if (select >= 0)
        m_table->selectRow(select);
    showSelected();
}

void PolicyVersionsPanel::selectVersion(const QString &policyId)
{
    for (int row = 0; row < m_versions.size(); ++row)
        if (m_versions[row].version.id == policyId)
            m_table->selectRow(row);
}

const StoredPolicyVersion *PolicyVersionsPanel::selectedVersion() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

void PolicyVersionsPanel::showSelected()
{
    const StoredPolicyVersion *version = selectedVersion();
    m_verifyButton->setEnabled(version && !isVerifying());
    m_publish->setEnabled(version && version->isDraft());
    m_publish->setToolTip(version && !version->isDraft()
                              ? tr("Only a draft is published; make a new version to change "
                                   "what senders see.")
                              : tr("Verify the selected draft and mark it live; the rollout "
                                   "follows."));
    // The newest evidence stored for it.
    m_checks->setRowCount(0);
    if (version && !isVerifying())
        for (const services::PublicationCheck &check : m_stored)
            if (check.policyId == version->version.id)
                showCheck(m_checks, check);
    m_checks->setVisible(m_checks->rowCount() > 0);
    fitHeightToRows(m_checks, 3);
}

NewVersionDialog *PolicyVersionsPanel::newVersion(mtasts::PolicyMode mode, bool publishAfter,
                                                  const QString &stepReason)
{
    if (!m_workspace || m_engagementId == 0)
        return nullptr;
    auto *dialog = new NewVersionDialog(m_workspace, m_engagementId, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewVersionDialog::versionCreated, this,
            [this, publishAfter, stepReason](const StoredPolicyVersion &version) {
                refresh();
                selectVersion(version.version.id);
                setMessage(tr("Draft %1 saved.").arg(version.version.id), false);
                Q_EMIT changed();
                if (publishAfter)
                    publish(version.version.id, stepReason);
            });
    dialog->open();
    return dialog;
}

PublishDialog *PolicyVersionsPanel::publishSelected()
{
    const StoredPolicyVersion *version = selectedVersion();
    return version ? publish(version->version.id) : nullptr;
}

PublishDialog *PolicyVersionsPanel::publish(const QString &policyId, const QString &stepReason)
{
    if (!m_workspace || m_engagementId == 0)
        return nullptr;
    Result<StoredPolicyVersion> version =
        PolicyVersions(m_workspace->context()).find(m_engagementId, policyId);
    if (!version) {
        setMessage(version.error().message, true);
        return nullptr;
    }
    auto *dialog = new PublishDialog(m_workspace, m_engagementId, *version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStepReason(stepReason);
    const auto reload = [this] {
        refresh();
        Q_EMIT changed();
    };
    connect(dialog, &PublishDialog::verified, this, reload);
    connect(dialog, &PublishDialog::published, this, [this, reload](const Publication &p) {
        reload();
        setMessage(tr("Version %1 is live.").arg(p.version.version.id), false);
    });
    dialog->open();
    dialog->verify();
    return dialog;
}

void PolicyVersionsPanel::verifySelected()
{
    const StoredPolicyVersion *version = selectedVersion();
    if (!version || !m_workspace || isVerifying())
        return;
    Result<services::PublicationTargets> targets = publicationTargetsFromSettings();
    if (!targets) {
        setMessage(targets.error().message, true);
        return;
    }
    setVerifying(true);
    setMessage(tr("Verifying %1 through DNS and HTTPS…").arg(version->version.id), false);
    m_verify.start(
        verifyWork(m_workspace->context(), m_engagementId, version->version.id, *targets),
        [this](const Result<services::PublicationCheck> &check) { onVerified(check); });
}

void PolicyVersionsPanel::cancelVerify()
{
    if (!isVerifying())
        return;
    m_verify.cancel(); // a late result is dropped; the worker winds down on its own
    setVerifying(false);
    setMessage(tr("Verification stopped."), true);
}

void PolicyVersionsPanel::onVerified(const Result<services::PublicationCheck> &check)
{
    setVerifying(false);
    if (!check) {
        setMessage(tr("The verification did not finish: %1").arg(check.error().message), true);
        return;
    }
    refresh();
    showCheck(m_checks, *check);
    m_checks->setVisible(true);
    fitHeightToRows(m_checks, 3);
    setMessage(check->ok ? tr("Senders see version %1 as published.").arg(check->policyId)
                         : tr("Senders do not see version %1 as published; see the checks below.")
                               .arg(check->policyId),
               !check->ok);
    m_workspace->notifyChanged(m_engagementId);
    Q_EMIT changed();
}

void PolicyVersionsPanel::setVerifying(bool verifying)
{
    m_progress->setVisible(verifying);
    m_stop->setVisible(verifying);
    m_stop->setEnabled(verifying);
    m_verifyButton->setEnabled(!verifying && selectedVersion());
}

void PolicyVersionsPanel::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

QString PolicyVersionsPanel::messageText() const
{
    return m_message->text();
}

} // namespace sts::ui

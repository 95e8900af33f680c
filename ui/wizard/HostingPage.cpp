#include "wizard/HostingPage.h"

#include "common/FileDialogs.h"
#include "common/PlainToolTip.h"
#include "deploy/DeliveryKinds.h"
#include "mainwindow/Workspace.h"
#include "services/DeployInputLoader.h"
#include "services/PolicyVersions.h"
#include "wizard/CertificateChallengeDialog.h"
#include "wizard/GuidedMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <vector>

using namespace Qt::StringLiterals;

namespace sts::ui {

HostingPage::HostingPage(Workspace *workspace, std::function<qint64()> engagementId,
                         QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_mta(new QComboBox(this)), m_alert(new QLineEdit(this)),
      m_alertEscalation(new QLineEdit(this)), m_alertCritical(new QLineEdit(this)),
      m_challenges(new QLabel(this)),
      m_editChallenges(new QPushButton(tr("Certificate c&hallenges…"), this)),
      m_settingsError(new QLabel(this)),
      m_saveSettings(new QPushButton(tr("Sa&ve settings"), this)), m_dane(new QLabel(this)),
      m_list(new QListWidget(this)), m_viewer(new QPlainTextEdit(this)),
      m_save(new QPushButton(tr("Save artifacts to fol&der…"), this)), m_message(new QLabel(this))
{
    setTitle(tr("Hosting & renewal"));
    setSubTitle(tr("The files that serve the policy and keep the certificates renewed."));
    m_chooseFolder = [this] {
        return FileDialogs::existingDirectory(this, u"artifacts"_s, tr("Save artifacts to folder"));
    };
    m_confirm = [this](const QString &folder) {
        return QMessageBox::question(
                   this, tr("Replace files?"),
                   tr("“%1” already holds some of these files. Replace them?").arg(folder)) ==
               QMessageBox::Yes;
    };

    auto *hostingBox = addHostingChoices();
    m_mta->setObjectName(u"mtaChoice"_s);
    m_mta->addItem(tr("Postfix"), int(deploy::Mta::Postfix));
    m_mta->addItem(tr("Exim"), int(deploy::Mta::Exim));
    m_mta->setToolTip(tr("The mail server software on the MX hosts: decides the TLS snippet and "
                         "the reload in the deploy hook."));
    m_alert->setObjectName(u"alertAddress"_s);
    m_alert->setToolTip(tr("A monitored mailbox that gets the first certificate expiry alert "
                           "(30 days before expiry), and every level left empty below."));
    m_alertEscalation->setObjectName(u"alertEscalation"_s);
    m_alertEscalation->setToolTip(tr("Who hears when 14 days are left (the team lead). Empty: "
                                     "the notice address."));
    m_alertCritical->setObjectName(u"alertCritical"_s);
    m_alertCritical->setToolTip(tr("Who hears when 7 days are left or the certificate expired "
                                   "(the on-call phone). Empty: the escalation address."));
    m_challenges->setObjectName(u"challengeSummary"_s);
    m_challenges->setWordWrap(true);
    m_editChallenges->setObjectName(u"challengesButton"_s);
    m_editChallenges->setToolTip(tr("How certbot validates the policy host and the MX hosts: "
                                    "webroot, standalone, or DNS-01 through RFC 2136 for hosts "
                                    "without port 80."));
    m_settingsError->setObjectName(u"hostingSettingsError"_s);
    m_settingsError->setWordWrap(true);
    m_settingsError->setStyleSheet(u"color: #b3261e;"_s);
    m_settingsError->hide();
    m_saveSettings->setObjectName(u"saveSettingsButton"_s);
    m_saveSettings->setToolTip(tr("Store hosting, mail server and alert addresses for the "
                                  "engagement: the CLI, the bundle and the runbook use them."));
    m_dane->setObjectName(u"hostingDaneNote"_s);
    m_dane->setWordWrap(true);

    m_list->setObjectName(u"artifactList"_s);
    m_viewer->setObjectName(u"artifactViewer"_s);
    m_viewer->setReadOnly(true);
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_save->setObjectName(u"saveArtifactsButton"_s);
    m_save->setToolTip(tr("Write every file below a folder of your choice; scripts are made "
                          "executable."));
    m_message->setObjectName(u"hostingMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Policy hosting:"), hostingBox);
    form->addRow(tr("&Mail server (MTA):"), m_mta);
    auto *challengeRow = new QHBoxLayout;
    challengeRow->addWidget(m_challenges, 1);
    challengeRow->addWidget(m_editChallenges);
    form->addRow(tr("Certificates:"), challengeRow);
    form->addRow(tr("E&xpiry notice to (30 days):"), m_alert);
    form->addRow(tr("Escalation t&o (14 days):"), m_alertEscalation);
    auto *criticalRow = new QHBoxLayout;
    criticalRow->addWidget(m_alertCritical, 1);
    criticalRow->addWidget(m_saveSettings);
    form->addRow(tr("Critica&l to (7 days):"), criticalRow);
    form->addRow(QString(), m_settingsError);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *listLabel = new QLabel(tr("Generated &files:"), this);
    listLabel->setBuddy(m_list);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dane);
    layout->addWidget(listLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    for (QRadioButton *button : std::as_const(m_hosting))
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked) // one toggle per change, not one per button that lost the check
                regenerate();
        });
    connect(m_mta, &QComboBox::currentIndexChanged, this, &HostingPage::regenerate);
    for (QLineEdit *alert : {m_alert, m_alertEscalation, m_alertCritical})
        connect(alert, &QLineEdit::editingFinished, this, &HostingPage::regenerate);
    connect(m_saveSettings, &QPushButton::clicked, this, &HostingPage::saveSettings);
    connect(m_editChallenges, &QPushButton::clicked, this, &HostingPage::editChallenges);
    connect(m_list, &QListWidget::currentRowChanged, this, &HostingPage::showArtifact);
    connect(m_save, &QPushButton::clicked, this, &HostingPage::saveToFolder);
}

QGridLayout *HostingPage::addHostingChoices()
{
    struct Choice
    {
        Hosting hosting;
        const char *name;
        QString label;
        QString toolTip;
    };
    const Choice choices[] = {
        {Hosting::Nginx, "hostingNginx", tr("n&ginx on the consultant's policy host"),
         tr("An nginx server block that serves only the policy file over HTTPS, with port 80 "
            "kept for certificate renewal.")},
        {Hosting::CloudflarePages, "hostingCloudflarePages", tr("Cloudflare &Pages"),
         tr("The policy file plus a _headers file forcing text/plain, for a Cloudflare Pages "
            "project on mta-sts.<domain>.")},
        {Hosting::CloudflareWorker, "hostingCloudflareWorker", tr("Cloudflare &Worker"),
         tr("A Worker script that answers only GET and HEAD of the policy path with the policy, "
            "and its wrangler.toml for the custom domain mta-sts.<domain>.")},
        {Hosting::GitHubPages, "hostingGitHubPages", tr("GitH&ub Pages"),
         tr("A Pages folder with CNAME, the policy and a _config.yml that makes Jekyll keep "
            ".well-known.")},
        {Hosting::CustomerServer, "hostingCustomerServer",
         tr("The customer's own web server (Apac&he)"),
         tr("Apache virtual hosts serving only the policy over HTTPS, and the certbot command "
            "for their certificate.")},
    };
    auto *grid = new QGridLayout;
    auto *group = new QButtonGroup(this);
    int index = 0;
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.label, this);
        button->setObjectName(QString::fromLatin1(choice.name));
        button->setToolTip(choice.toolTip);
        group->addButton(button);
        grid->addWidget(button, index % 3, index / 3);
        m_hosting.insert(choice.hosting, button);
        ++index;
    }
    m_hosting.value(Hosting::Nginx)->setChecked(true);
    return grid;
}

Hosting HostingPage::chosenHosting() const
{
    for (auto it = m_hosting.cbegin(); it != m_hosting.cend(); ++it)
        if (it.value()->isChecked())
            return it.key();
    return Hosting::Nginx;
}

void HostingPage::initializePage()
{
    m_context = PublishContext::load(m_workspace, m_engagementId());
    loadSettings();
    m_dane->setText(m_context.daneAvailable()
                        ? tr("DANE: the zone is DNSSEC-signed, so the deploy hooks keep the key "
                             "(TLSA) unless a staged next key is installed. Next: the DANE page.")
                        : m_context.daneUnavailableReason() + u' ' +
                              tr("Next: the DANE page shows the TLSA records it would publish "
                                 "once the zone is signed."));
    regenerate();
}

void HostingPage::loadSettings()
{
    m_loaded.reset();
    m_settingsError->hide();
    Result<services::StoredDeliverySettings> stored =
        services::DeliverySettings(m_workspace->context()).load(m_engagementId());
    const services::StoredDeliverySettings s = stored.valueOr({});
    if (stored)
        m_loaded = *stored;
    {
        std::vector<QSignalBlocker> blockers;
        for (QRadioButton *button : std::as_const(m_hosting))
            blockers.emplace_back(button);
        m_hosting.value(s.hosting, m_hosting.value(Hosting::Nginx))->setChecked(true);
    }
    const QSignalBlocker blockMta(m_mta);
    m_mta->setCurrentIndex(std::max(0, m_mta->findData(int(s.mta))));
    m_alert->setText(s.alerts.notice);
    m_alertEscalation->setText(s.alerts.escalation);
    m_alertCritical->setText(s.alerts.critical);
    m_challenges->setText(CertificateChallengeDialog::summary(s.challenges));
    // What an empty field becomes (AlertAddresses::resolved).
    m_alert->setPlaceholderText(u"postmaster@"_s + m_context.domain());
    m_alertEscalation->setPlaceholderText(tr("the notice address"));
    m_alertCritical->setPlaceholderText(tr("the escalation address"));
}

services::StoredDeliverySettings
HostingPage::typedSettings(services::StoredDeliverySettings s) const
{
    s.hosting = chosenHosting();
    s.mta = deploy::Mta(m_mta->currentData().toInt());
    s.alerts =
        deploy::AlertAddresses{m_alert->text(), m_alertEscalation->text(), m_alertCritical->text()};
    return s;
}

bool HostingPage::validatePage()
{
    return saveSettings();
}

bool HostingPage::hasUnsavedEdits() const
{
    return m_engagementId() > 0 && m_loaded &&
           !services::DeliverySettings::normalised(typedSettings(*m_loaded)).sameValues(*m_loaded);
}

bool HostingPage::saveSettings()
{
    if (!hasUnsavedEdits())
        return true;
    // On what is stored now: the rua may have been saved by the Records page meanwhile.
    services::DeliverySettings settings(m_workspace->context());
    Result<services::StoredDeliverySettings> saved = settings.load(m_engagementId());
    if (saved)
        saved = settings.save(m_engagementId(), typedSettings(*saved));
    if (!saved) {
        m_settingsError->setText(
            GuidedMessage{saved.error().message,
                          tr("The expiry alerts are written with the addresses saved before."),
                          tr("correct the marked field; it is saved when you leave the page.")}
                .text());
        m_settingsError->show();
        const QString code = saved.error().code;
        QLineEdit *field = code == services::DeliverySettings::kEscalationError ? m_alertEscalation
                           : code == services::DeliverySettings::kCriticalError ? m_alertCritical
                                                                                : m_alert;
        field->setFocus();
        return false;
    }
    m_loaded = *saved;
    m_settingsError->hide();
    setMessage(tr("Settings saved for the engagement."), false);
    m_workspace->notifyChanged(m_engagementId());
    return true;
}

deploy::ArtifactOptions HostingPage::options() const
{
    deploy::ArtifactOptions options;
    options.hosting = deploy::artifactHosting(chosenHosting());
    options.mta = deploy::Mta(m_mta->currentData().toInt());
    options.alerts =
        deploy::AlertAddresses{m_alert->text().trimmed(), m_alertEscalation->text().trimmed(),
                               m_alertCritical->text().trimmed()};
    options.clock = m_workspace->clock();
    return options;
}

void HostingPage::regenerate()
{
    const int previousRow = m_list->currentRow();
    m_list->clear();
    m_artifacts.clear();
    m_viewer->clear();
    Result<QList<deploy::Artifact>> built =
        deploy::buildEngagementArtifacts(m_workspace->databasePtr(), m_engagementId(), options());
    if (!built) {
        setMessage(
            GuidedMessage{tr("The hosting files cannot be built: %1").arg(built.error().message),
                          tr("Nothing can be deployed for the policy host until they can."),
                          tr("fix what the message names (on “Policy”, “DNS records” or "
                             "“Certificates”), then come back.")}
                .text(),
            true);
        m_save->setEnabled(false);
        return;
    }
    m_artifacts = *built;
    for (const deploy::Artifact &artifact : m_artifacts) {
        auto *item = new QListWidgetItem(artifact.relativePath, m_list);
        item->setToolTip(plainToolTip(artifact.description));
    }
    m_save->setEnabled(!m_artifacts.isEmpty());
    setMessage(tr("%n file(s) ready.", nullptr, int(m_artifacts.size())), false);
    m_list->setCurrentRow(previousRow >= 0 && previousRow < m_list->count() ? previousRow : 0);
}

void HostingPage::editChallenges()
{
    auto *dialog = new CertificateChallengeDialog(m_workspace, m_engagementId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HostingPage::showChallenges);
    dialog->open();
}

void HostingPage::showChallenges()
{
    Result<services::StoredDeliverySettings> stored =
        services::DeliverySettings(m_workspace->context()).load(m_engagementId());
    if (!stored)
        return;
    if (m_loaded)
        m_loaded->challenges = stored->challenges;
    m_challenges->setText(CertificateChallengeDialog::summary(stored->challenges));
    regenerate();
}

void HostingPage::showArtifact(int row)
{
    if (row < 0 || row >= m_artifacts.size()) {
        m_viewer->clear();
        return;
    }
    const deploy::Artifact &artifact = m_artifacts[row];
    m_viewer->setPlainText(QString::fromUtf8(artifact.content));
    m_viewer->setToolTip(plainToolTip(artifact.description));
}

QStringList HostingPage::saveToFolder()
{
    // Files written for deployment name a version STS Desk has saved (and can verify later).
    if (Result<StoredPolicyVersion> current =
            PolicyVersions(m_workspace->context()).ensureCurrent(m_engagementId());
        !current) {
        setMessage(GuidedMessage{tr("The policy version for these files could not be saved: %1")
                                     .arg(current.error().message),
                                 tr("Files on the policy host must name a version STS Desk "
                                    "knows, so nothing was written."),
                                 tr("save a version on “Policy” and check that the workspace "
                                    "can be written (File → Settings…), then save again.")}
                       .text(),
                   true);
        return {};
    }
    regenerate();        // the alert address may still be in edit
    if (!saveSettings()) // the files on disk say what the engagement stores
        return {};
    if (m_artifacts.isEmpty())
        return {};
    const QString folder = m_chooseFolder();
    if (folder.isEmpty())
        return {};
    // Existing files are never replaced without asking.
    const bool existing =
        std::any_of(m_artifacts.cbegin(), m_artifacts.cend(), [&](const deploy::Artifact &a) {
            return QFileInfo::exists(QDir(folder).filePath(a.relativePath));
        });
    if (existing && !m_confirm(folder)) {
        setMessage(tr("Nothing written: “%1” already holds some of these files.").arg(folder),
                   true);
        return {};
    }
    Result<QStringList> written = deploy::writeArtifacts(m_artifacts, folder, existing);
    if (!written) {
        setMessage(
            GuidedMessage{tr("The files could not be written: %1").arg(written.error().message),
                          tr("The policy host has nothing new to serve."),
                          tr("choose a folder you can write to and save again.")}
                .text(),
            true);
        return {};
    }
    setMessage(tr("Wrote %n file(s) to %1.", nullptr, int(written->size()))
                   .arg(QDir::toNativeSeparators(folder)),
               false);
    return *written;
}

void HostingPage::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

} // namespace sts::ui

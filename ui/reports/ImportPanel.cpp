#include "reports/ImportPanel.h"

#include "common/FileDialogs.h"
#include "reports/ImportRunner.h"
#include "reports/MailboxDialog.h"
#include "secrets/KeychainStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

ImportPanel::ImportPanel(QWidget *parent)
    : QWidget(parent), m_runner(new ImportRunner(this)),
      m_import(new QPushButton(tr("&Import reports…"), this)),
      m_mailbox(new QPushButton(tr("&Mailbox…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this))
{
    m_import->setObjectName(u"importReports"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import TLS-RPT reports: JSON, gzip, zip, e-mail, mbox or a Maildir "
                            "folder (Ctrl+I). Files can also be dropped here."));
    m_mailbox->setObjectName(u"mailboxSettings"_s);
    m_mailbox->setToolTip(tr("The engagement's IMAP mailbox for TLS reports: server, user, "
                             "password (kept in the desktop keychain) and Sync now."));
    m_mailbox->setEnabled(false);
    m_cancel->setObjectName(u"cancelImport"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_cancel->hide();
    m_progress->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_import);
    row->addWidget(m_mailbox);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    connect(m_import, &QPushButton::clicked, this, &ImportPanel::chooseFiles);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancelImport);
    connect(m_mailbox, &QPushButton::clicked, this, &ImportPanel::openMailbox);
    connect(m_runner, &ImportRunner::progress, this, &ImportPanel::showProgress);
    connect(m_runner, &ImportRunner::finished, this, [this](const QJsonObject &summary) {
        runFinished(ImportRunner::summaryText(summary));
    });
    connect(m_runner, &ImportRunner::failed, this,
            [this](const QString &message) { runFinished(tr("Import failed: %1").arg(message)); });
}

void ImportPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_runner->setWorkspace(workspace);
    m_mailbox->setEnabled(m_workspace && m_engagementId > 0);
}

void ImportPanel::setEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    m_mailbox->setEnabled(m_workspace && m_engagementId > 0);
}

void ImportPanel::setSecretStore(std::shared_ptr<secrets::SecretStore> secrets)
{
    m_secrets = std::move(secrets);
}

MailboxDialog *ImportPanel::openMailbox()
{
    if (!m_workspace || m_engagementId <= 0)
        return nullptr;
    if (!m_secrets)
        m_secrets = secrets::desktopKeychain();
    auto *dialog = new MailboxDialog(m_workspace, m_engagementId, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MailboxDialog::synced, this, &ImportPanel::imported);
    dialog->open();
    return dialog;
}

void ImportPanel::importPaths(const QStringList &paths)
{
    if (m_runner->importPaths(paths))
        showRunning(tr("Importing…"));
}

void ImportPanel::retryQuarantine()
{
    if (m_runner->retryQuarantine())
        showRunning(tr("Reading the quarantined inputs again…"));
}

void ImportPanel::showRunning(const QString &text)
{
    m_import->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_summary->setText(text);
}

bool ImportPanel::isImporting() const
{
    return m_runner->isRunning();
}

void ImportPanel::cancelImport()
{
    m_runner->cancel();
}

QString ImportPanel::summaryText() const
{
    return m_summary->text();
}

void ImportPanel::clearSummary()
{
    m_summary->clear();
}

void ImportPanel::chooseFiles()
{
    const QStringList files = FileDialogs::openFileNames(
        this, u"reports"_s, tr("Import TLS reports"),
        tr("TLS reports (*.json *.gz *.zip *.eml *.mbox);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportPanel::showProgress(qint64 done, qint64 total)
{
    // Range 0..0 is Qt's busy indicator while the inputs are still being counted.
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
}

void ImportPanel::runFinished(const QString &text)
{
    m_import->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    m_summary->setText(text);
    Q_EMIT imported();
}

} // namespace sts::ui

#include "reports/MailboxDialog.h"

#include "mainwindow/Workspace.h"
#include "reports/ImportRunner.h"
#include "reports/MailboxSyncRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

using Security = tlsrpt::ImapSettings::Security;

MailboxDialog::MailboxDialog(Workspace *workspace, qint64 engagementId,
                             std::shared_ptr<secrets::SecretStore> secrets, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_secrets(std::move(secrets)), m_runner(new MailboxSyncRunner(m_secrets, this)),
      m_host(new QLineEdit(this)), m_tls(new QComboBox(this)), m_port(new QSpinBox(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_folder(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)),
      m_markSeen(new QCheckBox(tr("Mark imported report mail as seen"), this)),
      m_lastSync(new QLabel(this)), m_status(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_sync(new QPushButton(tr("S&ync now"), this))
{
    setObjectName(u"mailboxDialog"_s);
    setWindowTitle(tr("Mailbox for TLS reports"));
    m_tls->addItem(tr("Implicit TLS (IMAPS)"));
    m_tls->addItem(tr("STARTTLS"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the desktop keychain, never in the workspace or the "
                              "settings. Leave empty to keep the stored password."));
    m_folder->setText(u"INBOX"_s);
    m_caFile->setPlaceholderText(tr("System CA store"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const std::pair<QWidget *, QString> names[] = {
        {m_host, u"mailboxHost"_s},         {m_tls, u"mailboxTls"_s},
        {m_port, u"mailboxPort"_s},         {m_user, u"mailboxUser"_s},
        {m_password, u"mailboxPassword"_s}, {m_folder, u"mailboxFolder"_s},
        {m_caFile, u"mailboxCaFile"_s},     {m_markSeen, u"mailboxMarkSeen"_s},
        {m_lastSync, u"mailboxLastSync"_s}, {m_status, u"mailboxStatus"_s},
        {m_test, u"mailboxTest"_s},         {m_sync, u"mailboxSync"_s}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);

    auto *form = new QFormLayout;
    form->addRow(tr("IMAP &server:"), m_host);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&CA file:"), m_caFile);
    form->addRow(QString(), m_markSeen);
    form->addRow(tr("Last sync:"), m_lastSync);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_sync);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"mailboxSave"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_tls, &QComboBox::currentIndexChanged, this, &MailboxDialog::tlsChanged);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &MailboxDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MailboxDialog::testConnection);
    connect(m_sync, &QPushButton::clicked, this, &MailboxDialog::syncNow);
    connect(m_runner, &MailboxSyncRunner::tested, this, [this](int messages) {
        m_test->setEnabled(true);
        m_status->setText(
            tr("Connected and logged in: %n message(s) in the folder.", nullptr, messages));
    });
    connect(m_runner, &MailboxSyncRunner::progress, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
        if (total > 0)
            m_progress->setLabelText(tr("Reading message %1 of %2…").arg(done).arg(total));
    });
    connect(m_runner, &MailboxSyncRunner::synced, this, [this](const QJsonObject &summary) {
        syncFinished(tr("Sync finished: %1").arg(ImportRunner::summaryText(summary)));
    });
    connect(m_runner, &MailboxSyncRunner::failed, this, [this](const QString &message) {
        m_test->setEnabled(true);
        if (m_progress)
            syncFinished(tr("Sync failed: %1").arg(message));
        else
            m_status->setText(tr("Connection failed: %1").arg(message));
    });
    load();
}

void MailboxDialog::load()
{
    Result<std::optional<services::StoredMailbox>> stored =
        services::Mailboxes(m_workspace->context()).load(m_engagementId);
    if (!stored) {
        m_status->setText(stored.error().message);
        return;
    }
    if (*stored) {
        const services::StoredMailbox &m = **stored;
        m_host->setText(m.host);
        m_tls->setCurrentIndex(m.security == Security::StartTls ? 1 : 0);
        m_previousTls = m_tls->currentIndex();
        m_port->setValue(m.port);
        m_user->setText(m.user);
        m_folder->setText(m.folder);
        m_caFile->setText(m.caFile);
        m_markSeen->setChecked(m.markSeen);
        showLastSync(m);
        showPasswordState();
    } else {
        m_lastSync->setText(tr("never"));
    }
}

void MailboxDialog::showPasswordState()
{
    m_secrets->read(services::Mailboxes::passwordKey(fields()), this,
                    [this](const Result<std::optional<QString>> &stored) {
                        if (!stored)
                            m_status->setText(stored.error().message);
                        else
                            m_password->setPlaceholderText(
                                *stored ? tr("Stored in the desktop keychain")
                                        : tr("Not stored yet"));
                    });
}

void MailboxDialog::showLastSync(const services::StoredMailbox &m)
{
    if (!m.lastSync.at.isValid())
        m_lastSync->setText(tr("never"));
    else
        m_lastSync->setText(
            (m.lastSync.ok ? tr("%1, succeeded") : tr("%1, failed"))
                .arg(QLocale().toString(m.lastSync.at.toLocalTime(), QLocale::ShortFormat)));
}

void MailboxDialog::tlsChanged()
{
    // The standard port follows the mode; a port typed by hand stays.
    const Security before = m_previousTls == 1 ? Security::StartTls : Security::ImplicitTls;
    const Security now = m_tls->currentIndex() == 1 ? Security::StartTls : Security::ImplicitTls;
    if (m_port->value() == services::Mailboxes::defaultPort(before))
        m_port->setValue(services::Mailboxes::defaultPort(now));
    m_previousTls = m_tls->currentIndex();
}

services::StoredMailbox MailboxDialog::fields() const
{
    services::StoredMailbox m;
    m.host = m_host->text();
    m.security = m_tls->currentIndex() == 1 ? Security::StartTls : Security::ImplicitTls;
    m.port = quint16(m_port->value());
    m.user = m_user->text();
    m.folder = m_folder->text();
    m.caFile = m_caFile->text();
    m.markSeen = m_markSeen->isChecked();
    return services::Mailboxes::normalised(m);
}

std::optional<QString> MailboxDialog::typedPassword() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

bool MailboxDialog::save()
{
    Result<services::StoredMailbox> saved =
        services::Mailboxes(m_workspace->context()).save(m_engagementId, fields());
    if (!saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    m_workspace->notifyChanged(m_engagementId);
    m_status->setText(tr("Mailbox saved."));
    if (const std::optional<QString> password = typedPassword()) {
        m_secrets->write(services::Mailboxes::passwordKey(*saved), *password, this,
                         [this](const Status &stored) {
                             if (!stored) {
                                 m_status->setText(tr("The mailbox is saved, but its password "
                                                      "is not: %1")
                                                       .arg(stored.error().message));
                             } else {
                                 m_password->clear();
                                 m_password->setPlaceholderText(
                                     tr("Stored in the desktop keychain"));
                                 m_status->setText(tr("Mailbox saved; its password is in the "
                                                      "desktop keychain."));
                             }
                             Q_EMIT passwordStored(stored.ok());
                         });
    }
    return true;
}

void MailboxDialog::testConnection()
{
    if (m_runner->test(fields(), typedPassword())) {
        m_test->setEnabled(false);
        m_status->setText(tr("Connecting…"));
    }
}

void MailboxDialog::syncNow()
{
    if (m_runner->isRunning() || !save())
        return;
    if (!m_runner->sync(m_workspace, m_engagementId, typedPassword()))
        return;
    m_sync->setEnabled(false);
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Syncing…"));
    m_progress = new QProgressDialog(tr("Connecting to the mailbox…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(u"mailboxSyncProgress"_s);
    m_progress->setWindowTitle(tr("Syncing the mailbox"));
    // Not modal: a modal progress dialog runs the event loop inside setValue(), and a nested loop
    // would deliver the sync's end in the middle of a progress step. The buttons that could start
    // other work are disabled instead.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_runner->cancel();
        m_status->setText(tr("Cancelling after the message being read…"));
    });
    m_progress->show();
}

void MailboxDialog::syncFinished(const QString &text)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_sync->setEnabled(true);
    m_test->setEnabled(true);
    m_save->setEnabled(true);
    m_status->setText(text);
    if (Result<std::optional<services::StoredMailbox>> stored =
            services::Mailboxes(m_workspace->context()).load(m_engagementId);
        stored && *stored)
        showLastSync(**stored);
    m_workspace->notifyChanged(m_engagementId);
    Q_EMIT synced();
}

QString MailboxDialog::statusText() const
{
    return m_status->text();
}

} // namespace sts::ui

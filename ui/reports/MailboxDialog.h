#pragma once

#include "secrets/SecretStore.h"
#include "services/Mailboxes.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace sts::ui {

class MailboxSyncRunner;
class Workspace;

// The IMAP mailbox of one engagement: server, TLS mode, port, user, folder, CA file, whether
// imported mail is marked seen, and the password, which goes to the desktop keychain (never to the
// workspace or the settings). "Test connection" logs in without importing; "Sync now" saves and
// imports the new report mail off the GUI thread, with a progress dialog whose Cancel stops after
// the message being read, then says what came in. Object names: mailboxHost, mailboxTls,
// mailboxPort, mailboxUser, mailboxPassword, mailboxFolder, mailboxCaFile, mailboxMarkSeen,
// mailboxSave, mailboxTest, mailboxSync, mailboxStatus, mailboxLastSync, mailboxSyncProgress.
class MailboxDialog : public QDialog
{
    Q_OBJECT
public:
    MailboxDialog(Workspace *workspace, qint64 engagementId,
                  std::shared_ptr<secrets::SecretStore> secrets, QWidget *parent = nullptr);

    // Stores the fields (and a typed password in the keychain); false with the problem shown.
    bool save();
    void testConnection();
    void syncNow();
    QString statusText() const;
    MailboxSyncRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void synced(); // a sync ended (also a cancelled one): reports may have come in
    void passwordStored(bool stored);

private:
    void load();
    void showPasswordState();
    void showLastSync(const services::StoredMailbox &mailbox);
    void tlsChanged();
    void syncFinished(const QString &text);
    services::StoredMailbox fields() const;
    std::optional<QString> typedPassword() const;

    Workspace *m_workspace;
    qint64 m_engagementId;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    MailboxSyncRunner *m_runner;
    QLineEdit *m_host;
    QComboBox *m_tls;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_folder;
    QLineEdit *m_caFile;
    QCheckBox *m_markSeen;
    QLabel *m_lastSync;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_sync;
    QPushButton *m_save = nullptr;
    QProgressDialog *m_progress = nullptr;
    int m_previousTls = 0;
};

} // namespace sts::ui

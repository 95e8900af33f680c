#pragma once

#include "services/NotificationSettings.h"
#include "services/ServiceContext.h"

#include <QGroupBox>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sts::secrets {
class SecretStore;
}

namespace sts::ui {

class DigestAddressTable;
class SmtpPasswordField;
class TestMailRunner;

// Settings' "Monitoring" group for the open workspace: the systemd user timer that runs
// `stsdesk-cli monitor --all --notify` (install, remove, status), when monitoring last ran and
// what it found (monitor_runs), and where the notification mails go: the default digest address
// and one per consultant. The SMTP password typed here goes to the desktop keychain, where the
// scheduled run reads it, never to the workspace or the settings (SmtpPasswordField).
class MonitoringSettings : public QGroupBox
{
    Q_OBJECT
public:
    // `userUnitDir` empty: ~/.config/systemd/user; `cliPath` empty: stsdesk-cli next to this
    // program, else on PATH. `secrets` null: the desktop keychain.
    MonitoringSettings(ServiceContext context, QString userUnitDir = {}, QString cliPath = {},
                       QWidget *parent = nullptr,
                       std::shared_ptr<secrets::SecretStore> secrets = nullptr);

    // What is wrong with the typed notification settings, one per line; empty when they can be
    // saved.
    QStringList problems() const;
    // Stores the notification settings (through services::NotificationSettings), then a typed
    // SMTP password in the keychain in the background (see SmtpPasswordField::store).
    Status save() const;
    SmtpPasswordField *passwordField() const { return m_password; }
    // Sends a short test mail with the settings as typed (to the default digest address, else
    // the sender) off the GUI thread; the outcome shows in notifyTestStatus.
    void sendTestMail();
    TestMailRunner *testMailRunner() const { return m_testMail; }

Q_SIGNALS:
    void edited();

private:
    void refreshSchedule();
    void refreshLastRun();
    void install();
    void remove();
    // The settings as typed, over what is stored (fields this group does not show).
    NotificationSettingsData fields(NotificationSettingsData stored) const;

    ServiceContext m_ctx;
    QString m_userUnitDir;
    QString m_cliPath;
    QLabel *m_timerStatus;
    QLabel *m_lastRun;
    QPushButton *m_install;
    QPushButton *m_remove;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    SmtpPasswordField *m_password;
    QLineEdit *m_from;
    QLineEdit *m_digest;
    DigestAddressTable *m_digestTable;
    QLineEdit *m_critical;
    QComboBox *m_language;
    QPushButton *m_sendTest;
    QLabel *m_testStatus;
    TestMailRunner *m_testMail;
};

} // namespace sts::ui

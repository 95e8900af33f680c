#pragma once

#include "secrets/SecretStore.h"
#include "services/NotificationSettings.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sts::ui {

// The SMTP submission password of Settings › Monitoring. It is typed here and kept only in the
// desktop keychain, under smtpPasswordKey() of the saved settings (where `stsdesk-cli monitor
// --notify` looks for it); it is never shown again, only whether one is stored. "Forget" removes
// it. Every keychain call is asynchronous (the keychain has its own thread), so the GUI never
// waits for it. Object names: notifySmtpPassword, notifyPasswordState, notifyPasswordForget.
class SmtpPasswordField : public QWidget
{
    Q_OBJECT
public:
    explicit SmtpPasswordField(std::shared_ptr<secrets::SecretStore> secrets,
                               QWidget *parent = nullptr);

    // The settings as stored: whose password the state and "Forget" are about.
    void setSaved(const NotificationSettingsData &saved);
    bool hasTyped() const;
    // The typed password; none when the field is empty (the stored one applies).
    std::optional<QString> typed() const;
    // Where the stored password is: the key of the saved settings.
    secrets::SecretKey savedKey() const { return smtpPasswordKey(m_saved); }
    std::shared_ptr<secrets::SecretStore> secretStore() const { return m_secrets; }
    // Called once the settings are saved as `now`. A typed password is stored under now's key
    // and replaces the entry of the account the settings named before (the old entry would be
    // orphaned). An empty field keeps the stored password, moved along when only the server or
    // port changed; a new user types their own. The chain finishes even when this field is gone
    // (Settings closes at once); a failure then shows over `reportTo`, the window that opened
    // Settings.
    void store(const NotificationSettingsData &now, QWidget *reportTo);
    void forget();
    QString stateText() const;

Q_SIGNALS:
    void edited();
    void stored(bool ok); // a store() or forget() ended (only while the field exists)

private:
    void refreshState();
    void showState(const Result<std::optional<QString>> &stored);

    std::shared_ptr<secrets::SecretStore> m_secrets;
    NotificationSettingsData m_saved;
    QLineEdit *m_password;
    QLabel *m_state;
    QPushButton *m_forget;
};

} // namespace sts::ui

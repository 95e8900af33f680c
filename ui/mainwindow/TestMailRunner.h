#pragma once

#include "secrets/SecretStore.h"
#include "services/NotificationSettings.h"
#include "util/Task.h"

#include <QObject>
#include <memory>
#include <optional>

namespace sts::ui {

// Settings › Monitoring's "Send test mail", off the GUI thread: sendTestMail with the settings as
// typed and the password typed, else the keychain's (read on the worker thread).
class TestMailRunner : public QObject
{
    Q_OBJECT
public:
    explicit TestMailRunner(std::shared_ptr<secrets::SecretStore> secrets,
                            QObject *parent = nullptr);

    // False while a test mail is on its way. `passwordKey`: where the keychain keeps the password
    // when none is typed.
    bool send(const NotificationSettingsData &settings, const std::optional<QString> &password,
              const secrets::SecretKey &passwordKey, const QString &to);
    bool isRunning() const { return m_send.isRunning(); }

Q_SIGNALS:
    void sent(const QString &to);
    void failed(const QString &message);

private:
    std::shared_ptr<secrets::SecretStore> m_secrets;
    TaskRunner *m_tasks;
    Task<QString> m_send{m_tasks};
};

} // namespace sts::ui

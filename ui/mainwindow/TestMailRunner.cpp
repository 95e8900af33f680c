#include "mainwindow/TestMailRunner.h"

#include "services/TestMail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui {

TestMailRunner::TestMailRunner(std::shared_ptr<secrets::SecretStore> secrets, QObject *parent)
    : QObject(parent), m_secrets(std::move(secrets)), m_tasks(new TaskRunner(this, 1))
{}

bool TestMailRunner::send(const NotificationSettingsData &settings,
                          const std::optional<QString> &password,
                          const secrets::SecretKey &passwordKey, const QString &to)
{
    if (isRunning())
        return false;
    m_send.start(
        [settings, password, passwordKey, to, secrets = m_secrets](const CancelToken &,
                                                                   Progress &) -> Result<QString> {
            QString secret = password.value_or(QString());
            if (!password && !settings.smtpUser.isEmpty()) {
                Result<std::optional<QString>> stored = secrets->get(passwordKey);
                if (!stored)
                    return stored.error();
                if (!stored->has_value())
                    return Error{u"notify.no-password"_s,
                                 tr("No SMTP password is stored for %1: type it first.")
                                     .arg(settings.smtpUser)};
                secret = **stored;
            }
            if (Status sent = sendTestMail(settings, secret, to); !sent)
                return sent.error();
            return to;
        },
        [this](const Result<QString> &recipient) {
            if (recipient)
                Q_EMIT sent(*recipient);
            else
                Q_EMIT failed(recipient.error().message);
        });
    return true;
}

} // namespace sts::ui

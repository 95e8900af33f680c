#include "SmtpPassword.h"

#include "PasswordFile.h"
#include "secrets/KeychainStore.h"
#include "services/NotificationSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {

Result<QString> smtpPassword(const ServiceContext &services, const QString &passwordFile)
{
    if (!passwordFile.isEmpty())
        return readPasswordFile(passwordFile);
    Result<NotificationSettingsData> settings = NotificationSettings(services).get();
    if (!settings)
        return settings.error();
    if (settings->smtpUser.isEmpty())
        return QString();
    const QString advice = QCoreApplication::translate(
        "sts::cli", "Store it once with “stsdesk-cli notify settings --password-file FILE "
                    "--store-password”, or give --password-file.");
    Result<std::optional<QString>> stored =
        secrets::desktopKeychain()->get(smtpPasswordKey(*settings));
    if (!stored)
        return Error{stored.error().code, stored.error().message + u' ' + advice};
    if (!stored->has_value())
        return Error{u"notify.no-password"_s,
                     QCoreApplication::translate(
                         "sts::cli", "The desktop keychain holds no SMTP password for %1 at %2.")
                             .arg(settings->smtpUser, settings->smtpHost) +
                         u' ' + advice};
    return **stored;
}

} // namespace sts::cli

#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QString>

namespace sts::cli {

// The SMTP submission password for the notification mails: the first line of `passwordFile`
// when one is given, else the desktop keychain's entry for the saved SMTP user and server
// (`notify settings --password-file F --store-password` puts it there); "" when the settings name
// no SMTP user. Never an argument, never stored in the workspace.
Result<QString> smtpPassword(const ServiceContext &services, const QString &passwordFile);

} // namespace sts::cli

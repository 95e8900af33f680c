#pragma once

#include "services/NotificationSettings.h"

namespace sts {

// A short test message through SMTP submission with `settings` (as typed, saved or not) and
// `password`, to `to`: so a consultant finds a wrong server, port, user, password or sender in
// Settings rather than when the first digest is due. Blocking with a timeout on every step: run
// it on a worker, never on the GUI thread. Errors: notify.settings (no server or sender),
// notify.address, and SmtpSubmission's mail.* codes.
Status sendTestMail(const NotificationSettingsData &settings, const QString &password,
                    const QString &to, int timeoutMs = 30000);

} // namespace sts

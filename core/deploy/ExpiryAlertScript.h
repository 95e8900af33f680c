#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QStringList>

namespace sts::deploy {

// The certificates the servers actually use: the copies the deploy hooks installed (mta-sts host
// first, then each MX host).
QStringList monitoredCertificates(const RenewalSettings &settings);

// A POSIX sh script that checks those certificates (or the files given as arguments) with
// `openssl x509 -checkend` and, when one is within 30 days of notAfter, prints and mails one
// message to the monitored address: "notice" (≤30 days), "escalation" (≤14), "critical" (≤7,
// expired or unreadable). Mail goes through `sendmail -t`; $STSDESK_MAIL_COMMAND replaces it and
// $STSDESK_ALERT_ADDRESS the recipient. Silent and exit 0 when every certificate is fine.
QByteArray expiryAlertScript(const RenewalSettings &settings);

} // namespace sts::deploy

#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QStringList>

namespace sts::deploy {

// The certificates the servers actually use: the copies the deploy hooks installed (mta-sts host
// first, then each MX host).
QStringList monitoredCertificates(const RenewalSettings &settings);

// A POSIX sh script that checks certificates with `openssl x509 -checkend`: the one installed for
// each `--host NAME` (each host's systemd unit names itself, so another host's files are never
// looked for), or the files given, or without arguments those of the hosts that have a
// certificate or certbot lineage on the machine. Levels: notice (≤30 days), escalation (≤14),
// critical (≤7, expired, missing or unreadable). It mails only when a certificate's level
// changes, kept in a state file below $STSDESK_STATE_DIR (default /var/lib/stsdesk/<domain>):
// to the address of the level reached, the lower levels' addresses in copy; when the certificate
// is fine again, once more to those alerted. Mail goes through `sendmail -t`;
// $STSDESK_MAIL_COMMAND replaces it and $STSDESK_ALERT_ADDRESS every recipient.
QByteArray expiryAlertScript(const RenewalSettings &settings);

} // namespace sts::deploy

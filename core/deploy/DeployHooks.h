#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// certbot --deploy-hook scripts (POSIX sh). Each one copies the renewed key and full chain from
// $RENEWED_LINEAGE into the server's own folder (so that a refused certificate is never served)
// and reloads the server; $STSDESK_RELOAD_COMMAND replaces the reload command.
QByteArray nginxDeployHook(const RenewalSettings &settings);

// For one MX host and the chosen MTA. Exim gets its key folder 0750 and key 0640 for its group
// (Debian-exim, else exim, or $STSDESK_KEY_GROUP), as it reads the key after dropping root. With
// DANE active the hook recomputes the TLSA "3 1 1" digest of the new key and refuses (exit 3,
// nothing installed) any key whose digest is not in the host's accepted list: a silently changed
// key would make DANE senders defer all mail.
QByteArray mtaDeployHook(const RenewalSettings &settings, const QString &host);

// The accepted list the hook reads: the published digests (current, then staged next), one per
// line; the consultant adds a staged key here after its TLSA record has been published long enough.
QByteArray acceptedDigestsFile(const RenewalSettings &settings, const QString &host);

} // namespace sts::deploy

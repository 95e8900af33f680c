#pragma once

#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// main.cf lines for one MX host: the key and full chain the deploy hook installs, in one
// smtpd_tls_chain_files setting (Postfix ≥ 3.4; key first, then leaf and intermediates).
QByteArray postfixSnippet(const RenewalSettings &settings, const QString &host);

// Exim main-section lines for one MX host (Debian: /etc/exim4/conf.d/main/00_stsdesk-tls or
// exim4.conf.localmacros).
QByteArray eximSnippet(const RenewalSettings &settings, const QString &host);

} // namespace sts::deploy

#pragma once

#include "deploy/Artifacts.h"
#include "deploy/RenewalSettings.h"

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// Stands for the TSIG secret in a credentials file written without one; the certbot scripts
// refuse to run while it is still there.
inline constexpr char kTsigSecretPlaceholder[] = "REPLACE-WITH-TSIG-SECRET";

// Where the credentials file goes among the artifacts: below secrets/, which writeArtifacts()
// writes readable by the owner only.
QString rfc2136CredentialsArtifact(const QString &domain);

// certbot's dns-rfc2136 INI file. `secret` empty: the placeholder, to be filled in on the host;
// the secret is never stored by STS Desk.
QByteArray rfc2136Credentials(const RenewalSettings &settings, const QByteArray &secret = {});

// Puts `secret` (base64, as in the server's key definition) into the credentials artifact of
// `artifacts`. Errors: deploy.tsig-secret (not base64), deploy.no-rfc2136 (no dns-01 host).
Status insertTsigSecret(QList<Artifact> &artifacts, const QString &domain,
                        const QByteArray &secret);

// The zone the _acme-challenge names are updated in: the one set, else the domain.
QString rfc2136Zone(const RenewalSettings &settings);
// Knot and BIND configuration letting the TSIG key update only TXT _acme-challenge.<host>.
QByteArray knotUpdateAcl(const RenewalSettings &settings);
QByteArray bindUpdatePolicy(const RenewalSettings &settings);

} // namespace sts::deploy

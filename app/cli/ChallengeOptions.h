#pragma once

#include "CliContext.h"
#include "deploy/CertificateChallenge.h"

#include <QJsonObject>
#include <QTextStream>

namespace sts::cli {

// `engagement settings` options for the certificate challenges: --policy-challenge,
// --mx-challenge, and the dns-rfc2136 settings (server, port, TSIG key name and algorithm, zone,
// propagation time). The TSIG secret is not among them: it is given only when files are written
// (`artifacts write --tsig-secret-file`), never stored.
QList<QCommandLineOption> challengeOptions();
// Applies the options given to `settings`; sets `changed` when one was given. Returns a usage
// message, or an empty string.
QString readChallengeOptions(const QCommandLineParser &p, deploy::ChallengeSettings &settings,
                             bool &changed);
void printChallenges(QTextStream &out, const deploy::ChallengeSettings &settings);
void addChallengesJson(QJsonObject &json, const deploy::ChallengeSettings &settings);

} // namespace sts::cli

#pragma once

#include "deploy/Artifacts.h"
#include "deploy/DeployInput.h"

#include <QByteArray>
#include <QList>

namespace sts::deploy {

// README.txt of the artifact folder: what each file is for and the order to install them in
// (policy file before TXT id, certificate before enforce, staged DANE rollovers).
QByteArray artifactReadme(const DeployInput &input, const QList<Artifact> &artifacts);

} // namespace sts::deploy

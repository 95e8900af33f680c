#pragma once

#include "deploy/DeployInput.h"

#include <QByteArrayList>

namespace sts::deploy {

// README.txt's steps that put the policy on mta-sts.<domain> for the chosen hosting, in order
// (English, like the rest of README.txt).
QByteArrayList hostingReadmeSteps(const DeployInput &in);

} // namespace sts::deploy

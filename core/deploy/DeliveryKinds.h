#pragma once

#include "deploy/Artifacts.h"
#include "engagement/Engagement.h"

#include <QStringList>
#include <optional>

namespace sts::deploy {

// The stable keys of the MTA choice, as the workspace stores them and the CLI takes them.
QString toKey(Mta mta);
std::optional<Mta> mtaFromKey(const QString &key);
QStringList mtaKeys(); // "postfix", "exim"
QString displayName(Mta mta);

// The artifacts an engagement's hosting choice gets: a Pages host gets the static bundle, every
// other choice (nginx, or a host someone else runs) the nginx block as a template.
Hosting artifactHosting(sts::Hosting hosting);

} // namespace sts::deploy

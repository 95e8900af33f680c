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

// The artifacts an engagement's hosting choice gets (the customer's own server: Apache).
Hosting artifactHosting(sts::Hosting hosting);
// The same from a stored key (sts::toKey of the hosting choice, or the older "static").
std::optional<Hosting> artifactHostingFromKey(const QString &key);

} // namespace sts::deploy

#include "deploy/DeliveryKinds.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

QString toKey(Mta mta)
{
    return mta == Mta::Exim ? u"exim"_s : u"postfix"_s;
}

std::optional<Mta> mtaFromKey(const QString &key)
{
    for (Mta mta : {Mta::Postfix, Mta::Exim})
        if (toKey(mta) == key.trimmed().toLower())
            return mta;
    return std::nullopt;
}

QStringList mtaKeys()
{
    return {toKey(Mta::Postfix), toKey(Mta::Exim)};
}

QString displayName(Mta mta)
{
    // Product names: the same in every language.
    return mta == Mta::Exim ? u"Exim"_s : u"Postfix"_s;
}

Hosting artifactHosting(sts::Hosting hosting)
{
    switch (hosting) {
    case sts::Hosting::Nginx:
        return Hosting::Nginx;
    case sts::Hosting::CloudflarePages:
        return Hosting::CloudflarePages;
    case sts::Hosting::CloudflareWorker:
        return Hosting::CloudflareWorker;
    case sts::Hosting::GitHubPages:
        return Hosting::GitHubPages;
    case sts::Hosting::CustomerServer:
        return Hosting::Apache;
    }
    return Hosting::Nginx;
}

std::optional<Hosting> artifactHostingFromKey(const QString &key)
{
    sts::Hosting hosting = sts::Hosting::Nginx;
    if (!fromKey(key.trimmed().toLower(), hosting))
        return std::nullopt;
    return artifactHosting(hosting);
}

} // namespace sts::deploy

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
    return hosting == sts::Hosting::StaticPages ? Hosting::StaticPages : Hosting::Nginx;
}

} // namespace sts::deploy

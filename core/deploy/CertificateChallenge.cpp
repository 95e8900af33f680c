#include "deploy/CertificateChallenge.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

QString toKey(Challenge challenge)
{
    switch (challenge) {
    case Challenge::Webroot:
        return u"webroot"_s;
    case Challenge::Standalone:
        return u"standalone"_s;
    case Challenge::DnsRfc2136:
        return u"dns-rfc2136"_s;
    }
    return u"webroot"_s;
}

std::optional<Challenge> challengeFromKey(const QString &key)
{
    for (Challenge c : {Challenge::Webroot, Challenge::Standalone, Challenge::DnsRfc2136})
        if (toKey(c) == key.trimmed().toLower())
            return c;
    return std::nullopt;
}

QStringList challengeKeys()
{
    return {toKey(Challenge::Webroot), toKey(Challenge::Standalone), toKey(Challenge::DnsRfc2136)};
}

QStringList tsigAlgorithms()
{
    return {u"hmac-sha256"_s, u"hmac-sha384"_s, u"hmac-sha512"_s, u"hmac-sha224"_s, u"hmac-sha1"_s};
}

} // namespace sts::deploy

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sts::deploy {

// How certbot proves control of a name: http-01 through a web server's webroot, http-01 with
// certbot's own listener on port 80, or dns-01 through RFC 2136 updates signed with a TSIG key
// (for hosts that cannot open port 80 at all).
enum class Challenge { Webroot, Standalone, DnsRfc2136 };

// The stable keys, as the workspace stores them and the CLI takes them.
QString toKey(Challenge challenge);
std::optional<Challenge> challengeFromKey(const QString &key);
QStringList challengeKeys(); // "webroot", "standalone", "dns-rfc2136"

// Where certbot's dns-rfc2136 plugin sends its updates. The TSIG secret is not here: it never
// enters the workspace, only the credentials file on the host (see rfc2136Credentials()).
struct Rfc2136Settings
{
    QString server; // IPv4/IPv6 address of the primary (the plugin refuses host names)
    int port = 53;
    QString keyName;                                   // TSIG key name, as the server knows it
    QString algorithm = QStringLiteral("hmac-sha256"); // lower case, as Knot and BIND write it
    QString zone; // optional: the zone holding the _acme-challenge names (for the ACL example)
    int propagationSeconds = 60; // certbot waits this long before asking the CA to validate

    bool operator==(const Rfc2136Settings &) const = default;
};

// TSIG algorithms both certbot's plugin and Knot/BIND know.
QStringList tsigAlgorithms();

// The challenge of each certificate of an engagement: the policy host's and the MX hosts'.
struct ChallengeSettings
{
    Challenge policyHost = Challenge::Webroot;
    Challenge mxHosts = Challenge::Standalone;
    Rfc2136Settings rfc2136; // used when either is DnsRfc2136

    bool usesDns() const
    {
        return policyHost == Challenge::DnsRfc2136 || mxHosts == Challenge::DnsRfc2136;
    }
    bool operator==(const ChallengeSettings &) const = default;
};

} // namespace sts::deploy

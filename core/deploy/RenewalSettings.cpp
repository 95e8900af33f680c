#include "deploy/RenewalSettings.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

static QString tlsBase(const RenewalSettings &s, const QString &fallback)
{
    return s.tlsDir.isEmpty() ? fallback : s.tlsDir;
}

QString RenewalSettings::nginxTlsDir() const
{
    return tlsBase(*this, u"/etc/nginx/tls"_s) + u'/' + policyHostName();
}

QString RenewalSettings::mtaTlsDir(const QString &host) const
{
    return tlsBase(*this, mta == Mta::Postfix ? u"/etc/postfix/tls"_s : u"/etc/exim4/tls"_s) +
           u'/' + host;
}

QString RenewalSettings::hookPath(const QString &host) const
{
    return scriptDir + u"/hooks/deploy-"_s + host + u".sh"_s;
}

QString RenewalSettings::acceptedPath(const QString &host) const
{
    return scriptDir + u"/tlsa/"_s + host + u".accepted"_s;
}

QString RenewalSettings::alertScriptPath() const
{
    return scriptDir + u"/alert/expiry-alert.sh"_s;
}

QString RenewalSettings::rfc2136CredentialsPath() const
{
    return certbotConfigDir + u"/rfc2136-"_s + domain + u".ini"_s;
}

Challenge RenewalSettings::challengeFor(const QString &host) const
{
    return policyHost && host == policyHostName() ? challenges.policyHost : challenges.mxHosts;
}

QStringList RenewalSettings::dnsChallengeHosts() const
{
    QStringList out;
    for (const QString &host : certificateHosts())
        if (challengeFor(host) == Challenge::DnsRfc2136)
            out.append(host);
    return out;
}

QStringList RenewalSettings::certificateHosts() const
{
    QStringList out;
    if (policyHost)
        out.append(policyHostName());
    for (const QString &host : mxHosts)
        if (!out.contains(host))
            out.append(host);
    return out;
}

static QString installDir(const RenewalSettings &s, const QString &host)
{
    return s.policyHost && host == s.policyHostName() ? s.nginxTlsDir() : s.mtaTlsDir(host);
}

QString RenewalSettings::installedChain(const QString &host) const
{
    return installDir(*this, host) + u"/fullchain.pem"_s;
}

QString RenewalSettings::installedKey(const QString &host) const
{
    return installDir(*this, host) + u"/privkey.pem"_s;
}

} // namespace sts::deploy

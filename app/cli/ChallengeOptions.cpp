#include "ChallengeOptions.h"

#include "util/PrintableText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

} // namespace

QList<QCommandLineOption> challengeOptions()
{
    return {
        {u"policy-challenge"_s,
         tr("webroot, standalone or dns-rfc2136: how certbot validates mta-sts.<domain> "
            "(settings)."),
         u"kind"_s},
        {u"mx-challenge"_s,
         tr("webroot, standalone or dns-rfc2136: how certbot validates the MX hosts (settings)."),
         u"kind"_s},
        {u"rfc2136-server"_s,
         tr("IP address of the DNS server taking RFC 2136 updates for dns-rfc2136 (settings)."),
         u"address"_s},
        {u"rfc2136-port"_s, tr("Its port; default 53 (settings)."), u"port"_s},
        {u"tsig-key"_s, tr("Name of the TSIG key signing the updates (settings)."), u"name"_s},
        {u"tsig-algorithm"_s, tr("TSIG algorithm; default hmac-sha256 (settings)."),
         u"algorithm"_s},
        {u"rfc2136-zone"_s,
         tr("Zone holding the _acme-challenge names; default the domain (settings)."), u"zone"_s},
        {u"propagation-seconds"_s,
         tr("Seconds certbot waits after the update before validation; default 60 (settings)."),
         u"seconds"_s},
    };
}

QString readChallengeOptions(const QCommandLineParser &p, deploy::ChallengeSettings &s,
                             bool &changed)
{
    for (const auto &[name, target] : {std::pair{u"policy-challenge"_s, &s.policyHost},
                                       std::pair{u"mx-challenge"_s, &s.mxHosts}}) {
        if (!p.isSet(name))
            continue;
        const std::optional<deploy::Challenge> challenge = deploy::challengeFromKey(p.value(name));
        if (!challenge)
            return tr("--%1 takes “webroot”, “standalone” or “dns-rfc2136”.").arg(name);
        *target = *challenge;
        changed = true;
    }
    deploy::Rfc2136Settings &r = s.rfc2136;
    for (const auto &[name, target] :
         {std::pair{u"rfc2136-server"_s, &r.server}, std::pair{u"tsig-key"_s, &r.keyName},
          std::pair{u"tsig-algorithm"_s, &r.algorithm}, std::pair{u"rfc2136-zone"_s, &r.zone}}) {
        if (p.isSet(name)) {
            *target = p.value(name);
            changed = true;
        }
    }
    for (const auto &[name, target] :
         {std::pair{u"rfc2136-port"_s, &r.port},
          std::pair{u"propagation-seconds"_s, &r.propagationSeconds}}) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        *target = p.value(name).toInt(&ok);
        if (!ok)
            return tr("--%1 takes a number.").arg(name);
        changed = true;
    }
    return {};
}

void printChallenges(QTextStream &out, const deploy::ChallengeSettings &s)
{
    out << "  " << tr("Policy host certificate challenge:") << ' ' << deploy::toKey(s.policyHost)
        << '\n'
        << "  " << tr("MX host certificate challenge:") << ' ' << deploy::toKey(s.mxHosts) << '\n';
    if (!s.usesDns())
        return;
    const deploy::Rfc2136Settings &r = s.rfc2136;
    out << "  " << tr("RFC 2136 updates to:") << ' '
        << tr("%1, port %2").arg(printable(r.server)).arg(r.port) << '\n'
        << "  " << tr("TSIG key:") << ' ' << printable(r.keyName) << " (" << r.algorithm << ")"
        << ' ' << tr("(the secret is never stored)") << '\n'
        << "  " << tr("Zone:") << ' ' << (r.zone.isEmpty() ? tr("(the domain)") : printable(r.zone))
        << '\n'
        << "  " << tr("Propagation wait:") << ' ' << tr("%1 s").arg(r.propagationSeconds) << '\n';
}

void addChallengesJson(QJsonObject &json, const deploy::ChallengeSettings &s)
{
    const deploy::Rfc2136Settings &r = s.rfc2136;
    json.insert(u"policy-challenge"_s, deploy::toKey(s.policyHost));
    json.insert(u"mx-challenge"_s, deploy::toKey(s.mxHosts));
    json.insert(u"rfc2136"_s, QJsonObject{{u"server"_s, r.server},
                                          {u"port"_s, r.port},
                                          {u"tsig-key"_s, r.keyName},
                                          {u"tsig-algorithm"_s, r.algorithm},
                                          {u"zone"_s, r.zone},
                                          {u"propagation-seconds"_s, r.propagationSeconds}});
}

} // namespace sts::cli

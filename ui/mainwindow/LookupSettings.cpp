#include "mainwindow/LookupSettings.h"

#include "mainwindow/AppSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui", text);
}

Result<dns::DiscoveryOptions> discoveryOptionsFromSettings()
{
    dns::DiscoveryOptions options;
    if (const QString resolver = AppSettings::resolver(); !resolver.isEmpty()) {
        Result<dns::ResolverConfig> parsed = dns::ResolverConfig::parse(resolver);
        if (!parsed)
            return Error{u"settings.resolver"_s,
                         tr("The DNS resolver in Settings (“%1”) cannot be used: %2")
                             .arg(resolver, parsed.error().message)};
        options.resolver = *parsed;
    }
    options.trustAnchorFile = AppSettings::trustAnchorFile();
    return options;
}

Result<services::PublicationTargets> publicationTargetsFromSettings()
{
    Result<dns::DiscoveryOptions> dns = discoveryOptionsFromSettings();
    if (!dns)
        return dns.error();
    services::PublicationTargets targets{*dns, {}};
    targets.https.caFile = AppSettings::caFile();
    if (const QString connect = AppSettings::policyHostConnect(); !connect.isEmpty()) {
        if (!AppSettings::splitHostPort(connect, targets.https.connectHost, targets.https.port))
            return Error{
                u"settings.policy-host"_s,
                tr("The policy host override in Settings (“%1”) is not host:port.").arg(connect)};
    }
    return targets;
}

} // namespace sts::ui

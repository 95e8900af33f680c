#include "ResolverConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sts::dns {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns::ResolverConfig", text);
}

QString ResolverConfig::describe() const
{
    if (isSystem()) {
        // "system" alone does not tell the consultant which server failed them.
        const QStringList servers = systemNameservers();
        return servers.isEmpty() ? u"system"_s
                                 : u"system (%1 in %2)"_s.arg(servers.join(u", "_s), resolvConf);
    }
    if (host.contains(QLatin1Char(':')))
        return u"[%1]:%2"_s.arg(host).arg(port);
    return u"%1:%2"_s.arg(host).arg(port);
}

QStringList ResolverConfig::systemNameservers() const
{
    QFile file(resolvConf);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList servers;
    // resolv.conf is a few lines; a cap keeps a wrong path (a huge file) harmless.
    while (!file.atEnd() && servers.size() < 8) {
        const QString line = QString::fromUtf8(file.readLine(4096)).simplified();
        if (line.startsWith(u"nameserver "_s))
            servers << line.section(QLatin1Char(' '), 1, 1);
    }
    return servers;
}

Result<ResolverConfig> ResolverConfig::parse(const QString &text)
{
    const QString input = text.trimmed();
    ResolverConfig config;
    if (input.isEmpty() || input == u"system"_s)
        return config;
    QString host = input;
    QString portText;
    if (input.startsWith(QLatin1Char('['))) {
        const qsizetype close = input.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error{u"dns.resolver-syntax"_s, tr("Missing “]” in resolver “%1”.").arg(input)};
        host = input.mid(1, close - 1);
        const QString rest = input.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return Error{u"dns.resolver-syntax"_s,
                             tr("Unexpected text after “]” in resolver “%1”.").arg(input)};
            portText = rest.mid(1);
        }
    } else if (input.count(QLatin1Char(':')) == 1) {
        host = input.section(QLatin1Char(':'), 0, 0);
        portText = input.section(QLatin1Char(':'), 1);
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return Error{u"dns.resolver-syntax"_s,
                     tr("Resolver “%1” is not an IP address (write HOST:PORT).").arg(input)};
    config.host = address.toString();
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Error{u"dns.resolver-syntax"_s,
                         tr("Port “%1” of resolver “%2” is not 1–65535.").arg(portText, input)};
        config.port = static_cast<quint16>(port);
    }
    return config;
}

} // namespace sts::dns

#include "deploy/NginxSite.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

// nginx strings in double quotes: escape the two characters that matter there.
static QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}

QByteArray nginxServerBlocks(const NginxSiteOptions &options)
{
    const QByteArray host = "mta-sts." + options.domain.toLatin1();
    QByteArray out;
    out += "# MTA-STS policy host for " + options.domain.toLatin1() + " (RFC 8461), by STS Desk.\n";
    out += "server {\n";
    for (const QString &listen : options.httpsListen)
        out += "    listen " + listen.toLatin1() + " ssl;\n";
    out += "    server_name " + host + ";\n";
    out += "    ssl_certificate     " + quoted(options.certificatePath) + ";\n";
    out += "    ssl_certificate_key " + quoted(options.keyPath) + ";\n";
    out += "    ssl_protocols TLSv1.2 TLSv1.3;\n";
    out += "    server_tokens off;\n";
    out += "\n";
    out += "    location = /.well-known/mta-sts.txt {\n";
    out += "        root " + quoted(options.policyRoot) + ";\n";
    // Without a types map nginx would pick application/octet-stream for .txt; senders need
    // text/plain.
    out += "        types { }\n";
    out += "        default_type text/plain;\n";
    out += "    }\n";
    out += "    location / {\n";
    out += "        return 404;\n";
    out += "    }\n";
    out += "}\n\n";
    out += "server {\n";
    for (const QString &listen : options.httpListen)
        out += "    listen " + listen.toLatin1() + ";\n";
    out += "    server_name " + host + ";\n";
    out += "    server_tokens off;\n";
    out += "\n";
    out += "    location ^~ /.well-known/acme-challenge/ {\n";
    out += "        root " + quoted(options.acmeWebroot) + ";\n";
    out += "        types { }\n";
    out += "        default_type text/plain;\n";
    out += "    }\n";
    out += "    location / {\n";
    out += "        return 404;\n";
    out += "    }\n";
    out += "}\n";
    return out;
}

} // namespace sts::deploy

#include "mtasts/ThirdPartyChecker.h"

#include "TestEnv.h"
#include "deploy/NginxSite.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sts::test {

ThirdPartyCheck runMtaStsQuery(const QString &domain, const QStringList &stsTxt,
                               const QByteArray &policyFile)
{
    ThirdPartyCheck check;
    for (const QString &tool :
         {u"mta-sts-query"_s, u"knotd"_s, u"kdig"_s, u"nginx"_s, u"curl"_s, u"unshare"_s, u"ip"_s})
        if (!haveProgram(tool)) {
            check.skipReason = tool + u" is not installed"_s;
            return check;
        }
    if (runTool(u"unshare"_s, {u"--net"_s, u"--mount"_s, u"true"_s}, 5000).exitCode != 0) {
        check.skipReason = u"network namespaces are not available (needs root)"_s;
        return check;
    }
    check.ran = true;
    LabDir lab(u"stsquery"_s);
    const QString dir = lab.path();
    const QByteArray d = dir.toUtf8();
    QDir().mkpath(dir + u"/pki"_s);
    TestPki pki(dir + u"/pki"_s);
    const TestPki::Leaf leaf = pki.valid(u"web"_s, {u"mta-sts."_s + domain});
    if (!pki.isValid() || !leaf.isValid()) {
        check.error = u"test CA: "_s + pki.errorString();
        return check;
    }
    QDir().mkpath(dir + u"/www/.well-known"_s);
    lab.writeFile(u"www/.well-known/mta-sts.txt"_s, policyFile);
    deploy::NginxSiteOptions site;
    site.domain = domain;
    site.certificatePath = leaf.fullchainPath;
    site.keyPath = leaf.keyPath;
    site.policyRoot = dir + u"/www"_s;
    site.acmeWebroot = dir + u"/www"_s;
    site.httpsListen = {u"127.0.0.1:443"_s};
    site.httpListen = {u"127.0.0.1:80"_s};
    NginxServer nginx(dir + u"/nginx"_s); // its configuration only; it runs in the namespace
    nginx.writeConfig(deploy::nginxServerBlocks(site));

    QByteArray zone = "$ORIGIN " + domain.toUtf8() +
                      ".\n$TTL 60\n@ SOA ns hostmaster 1 3600 600 86400 60\n@ NS ns\n"
                      "ns A 127.0.0.1\n@ MX 10 mail\nmail A 127.0.0.1\nmta-sts A 127.0.0.1\n";
    for (const QString &txt : stsTxt) // as dug: already quoted
        zone += "_mta-sts TXT " + txt.toUtf8() + "\n";
    QDir().mkpath(dir + u"/knot/zones"_s);
    QDir().mkpath(dir + u"/knot/run"_s);
    QDir().mkpath(dir + u"/knot/db"_s);
    lab.writeFile(u"knot/zones/"_s + domain + u".zone"_s, zone);
    lab.writeFile(u"knot/knot.conf"_s,
                  "server:\n    rundir: \"" + d +
                      "/knot/run\"\n    listen: 127.0.0.1@53\n"
                      "database:\n    storage: \"" +
                      d +
                      "/knot/db\"\n"
                      "template:\n  - id: default\n    storage: \"" +
                      d +
                      "/knot/zones\"\n"
                      "    file: \"%s.zone\"\n    zonefile-sync: -1\n    journal-content: none\n"
                      "zone:\n  - domain: " +
                      domain.toUtf8() + "\n");
    lab.writeFile(u"resolv.conf"_s, "nameserver 127.0.0.1\n");
    const QByteArray ca = pki.rootCertPath().toUtf8();
    const QByteArray dom = domain.toUtf8();
    lab.writeFile(
        u"inns.sh"_s,
        "set -u\nunset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy\n"
        "ip link set lo up\nmount --bind " +
            d +
            "/resolv.conf /etc/resolv.conf\n"
            "knotd -c " +
            d + "/knot/knot.conf > " + d +
            "/knot/knotd.log 2>&1 & K=$!\n"
            "nginx -p " +
            d + "/nginx -c " + d + "/nginx/nginx.conf -g 'daemon off;' > " + d +
            "/nginx/logs/stdout 2>&1 & N=$!\n"
            "for i in $(seq 250); do kdig +tcp +short +timeout=1 +retry=0 @127.0.0.1 _mta-sts." +
            dom +
            " TXT 2>/dev/null | grep -q STSv1 && break; sleep 0.02; done\n"
            "for i in $(seq 250); do curl -s -m 2 -o /dev/null --cacert " +
            ca + " https://mta-sts." + dom +
            "/ && break; sleep 0.02; done\n"
            "SSL_CERT_FILE=" +
            ca + " timeout 20 mta-sts-query " + dom +
            " 2>&1\n"
            "kill -TERM $N $K; wait $N $K\n");
    // --kill-child: if the test is killed, the whole namespace tree goes with unshare.
    const ToolRun run =
        runTool(u"unshare"_s,
                {u"--net"_s, u"--mount"_s, u"--pid"_s, u"--fork"_s, u"--kill-child"_s,
                 u"--propagation"_s, u"private"_s, u"bash"_s, dir + u"/inns.sh"_s},
                60000);
    check.output = run.out;
    if (run.exitCode != 0)
        check.error = run.describe();
    return check;
}

} // namespace sts::test

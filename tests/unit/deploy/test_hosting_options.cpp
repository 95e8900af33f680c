// The five hosting options: their stable keys (old ones still load), and the files each gets from
// composeArtifacts, with the README steps that go with them (no workspace).
#include "deploy/ApacheSite.h"
#include "deploy/CloudflareWorker.h"
#include "deploy/DeliveryKinds.h"
#include "deploy/DeployInput.h"
#include "deploy/GitHubPagesBundle.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::deploy;

static DeployInput input(deploy::Hosting hosting)
{
    const mtasts::PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC)));
    DeployInput in;
    in.domain = u"example.com"_s;
    in.current = generator.testing(generator.suggestPatterns({u"mx1.example.com"_s}).patterns);
    in.enforce = generator.enforce(in.current.policy);
    in.remove = generator.remove(in.current.policy);
    in.records.domain = in.domain;
    in.records.policyId = in.current.id;
    in.hosting = hosting;
    RenewalSettings &r = in.renewal;
    r.domain = in.domain;
    r.policyHost = hosting == deploy::Hosting::Nginx;
    r.alerts = AlertAddresses{u"ops@example.com"_s, {}, {}}.resolved({});
    r.webroot = u"/var/www/mta-sts"_s;
    r.certbotConfigDir = u"/etc/letsencrypt"_s;
    r.scriptDir = u"/usr/local/lib/stsdesk"_s;
    return in;
}

// The files below the hosting folders (not policy/, dns/, README.txt, or the MX hosts' renewal).
static QMap<QString, Artifact> hostingFiles(const QList<Artifact> &list)
{
    static const QStringList folders{
        u"nginx/"_s,        u"apache/"_s,  u"cloudflare-pages/"_s, u"cloudflare-worker/"_s,
        u"github-pages/"_s, u"webroot/"_s, u"certbot/"_s,          u"hooks/"_s};
    QMap<QString, Artifact> out;
    for (const Artifact &a : list)
        for (const QString &folder : folders)
            if (a.relativePath.startsWith(folder))
                out.insert(a.relativePath, a);
    return out;
}

class TestHostingOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        QCOMPARE(allHostings().size(), 5);
        QStringList names;
        for (sts::Hosting h : allHostings()) {
            sts::Hosting back = sts::Hosting::Nginx;
            QVERIFY(fromKey(toKey(h), back));
            QCOMPARE(back, h);
            QVERIFY(!displayName(h).isEmpty());
            names.append(displayName(h));
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), 5);
        QCOMPARE(hostingKeys(),
                 (QStringList{u"nginx"_s, u"cloudflare-pages"_s, u"cloudflare-worker"_s,
                              u"github-pages"_s, u"external"_s}));
        // Stored by earlier versions: "static" (the Pages bundle) and "external" still load.
        sts::Hosting h = sts::Hosting::Nginx;
        QVERIFY(fromKey(u"static"_s, h));
        QCOMPARE(h, sts::Hosting::CloudflarePages);
        QVERIFY(fromKey(u"external"_s, h));
        QCOMPARE(h, sts::Hosting::CustomerServer);
        QVERIFY(!fromKey(u"netlify"_s, h));

        QCOMPARE(artifactHosting(sts::Hosting::CustomerServer), deploy::Hosting::Apache);
        QCOMPARE(artifactHosting(sts::Hosting::GitHubPages), deploy::Hosting::GitHubPages);
        QCOMPARE(artifactHostingFromKey(u" Cloudflare-Worker "_s),
                 std::optional(deploy::Hosting::CloudflareWorker));
        QCOMPARE(artifactHostingFromKey(u"static"_s),
                 std::optional(deploy::Hosting::CloudflarePages));
        QVERIFY(!artifactHostingFromKey(u"iis"_s));
    }

    void cloudflarePages()
    {
        const DeployInput in = input(deploy::Hosting::CloudflarePages);
        const QList<Artifact> list = composeArtifacts(in);
        const QMap<QString, Artifact> files = hostingFiles(list);
        QCOMPARE(files.keys(), (QStringList{u"cloudflare-pages/.nojekyll"_s,
                                            u"cloudflare-pages/.well-known/mta-sts.txt"_s,
                                            u"cloudflare-pages/_headers"_s}));
        QCOMPARE(files[u"cloudflare-pages/.well-known/mta-sts.txt"_s].content, in.current.file());
        QCOMPARE(files[u"cloudflare-pages/_headers"_s].content,
                 "/.well-known/mta-sts.txt\n"
                 "  Content-Type: text/plain; charset=utf-8\n"
                 "  X-Content-Type-Options: nosniff\n"_ba);
        QVERIFY(list.first().content.contains("wrangler pages deploy cloudflare-pages"));
    }

    void cloudflareWorker()
    {
        const DeployInput in = input(deploy::Hosting::CloudflareWorker);
        const QList<Artifact> list = composeArtifacts(in);
        const QMap<QString, Artifact> files = hostingFiles(list);
        QCOMPARE(files.keys(), (QStringList{u"cloudflare-worker/worker.js"_s,
                                            u"cloudflare-worker/wrangler.toml"_s}));
        const QByteArray script = files[u"cloudflare-worker/worker.js"_s].content;
        QCOMPARE(script, cloudflareWorkerScript(u"example.com"_s, in.current.file()));
        QVERIFY(script.contains("export default {\n  async fetch(request) {"));
        QVERIFY(script.contains("const HOST = \"mta-sts.example.com\";\n"));
        // The policy as one JavaScript string, its line ends escaped.
        QByteArray escaped = in.current.file();
        escaped.replace("\r", "\\r").replace("\n", "\\n");
        QVERIFY(script.contains("const POLICY = \"" + escaped + "\";\n"));
        const QByteArray toml = files[u"cloudflare-worker/wrangler.toml"_s].content;
        QVERIFY(toml.contains("name = \"mta-sts-example-com\"\n"));
        QVERIFY(toml.contains("[[routes]]\npattern = \"mta-sts.example.com\"\n"
                              "custom_domain = true\n"));
        QVERIFY(toml.contains("workers_dev = false\n"));
        QVERIFY(list.first().content.contains("run: wrangler deploy"));
        QCOMPARE(cloudflareWorkerName(u"a"_s.repeated(70) + u".de"_s).size(), 63);
    }

    void gitHubPages()
    {
        const DeployInput in = input(deploy::Hosting::GitHubPages);
        const QList<Artifact> list = composeArtifacts(in);
        const QMap<QString, Artifact> files = hostingFiles(list);
        QCOMPARE(files.keys(),
                 (QStringList{u"github-pages/.well-known/mta-sts.txt"_s, u"github-pages/CNAME"_s,
                              u"github-pages/_config.yml"_s}));
        QCOMPARE(files[u"github-pages/CNAME"_s].content, "mta-sts.example.com\n"_ba);
        QCOMPARE(files[u"github-pages/.well-known/mta-sts.txt"_s].content, in.current.file());
        QVERIFY(
            files[u"github-pages/_config.yml"_s].content.contains("include: [\".well-known\"]\n"));
        QVERIFY(list.first().content.contains("Enforce HTTPS"));
    }

    void apache()
    {
        const DeployInput in = input(deploy::Hosting::Apache);
        const QList<Artifact> list = composeArtifacts(in);
        const QMap<QString, Artifact> files = hostingFiles(list);
        QCOMPARE(files.keys(), (QStringList{u"apache/issue-certificate.sh"_s,
                                            u"apache/mta-sts.example.com.conf"_s,
                                            u"webroot/.well-known/mta-sts.txt"_s}));
        const QByteArray conf = files[u"apache/mta-sts.example.com.conf"_s].content;
        QVERIFY(conf.contains("<VirtualHost *:443>\n    ServerName mta-sts.example.com\n"
                              "    SSLEngine on\n"
                              "    SSLCertificateFile "
                              "\"/etc/letsencrypt/live/mta-sts.example.com/fullchain.pem\"\n"
                              "    SSLCertificateKeyFile "
                              "\"/etc/letsencrypt/live/mta-sts.example.com/privkey.pem\"\n"));
        QVERIFY(conf.contains("Alias /.well-known/mta-sts.txt "
                              "\"/var/www/mta-sts/.well-known/mta-sts.txt\"\n"));
        QVERIFY(conf.contains("ForceType text/plain\n"));
        QVERIFY(conf.contains("AllowMethods GET\n"));
        QVERIFY(conf.contains("<VirtualHost *:80>\n"));
        QVERIFY(!conf.contains("Listen"));
        const Artifact &script = files[u"apache/issue-certificate.sh"_s];
        QVERIFY(script.executable);
        QVERIFY(script.content.contains("--webroot -w '/var/www/mta-sts' -d "
                                        "'mta-sts.example.com'"));
        QVERIFY(script.content.contains("-m 'ops@example.com'"));
        QCOMPARE(files[u"webroot/.well-known/mta-sts.txt"_s].content, in.current.file());
        QVERIFY(list.first().content.contains("a2enmod ssl alias mime allowmethods"));

        // Quotes in a path cannot end Apache's quoted argument.
        ApacheSiteOptions odd;
        odd.domain = u"example.com"_s;
        odd.policyRoot = u"/srv/a\"b"_s;
        QVERIFY(apacheSiteConfig(odd).contains("\"/srv/a\\\"b/.well-known/mta-sts.txt\""));
    }

    void nginxUnchanged()
    {
        const QMap<QString, Artifact> files =
            hostingFiles(composeArtifacts(input(deploy::Hosting::Nginx)));
        QCOMPARE(files.keys(), (QStringList{u"certbot/issue-mta-sts.example.com.sh"_s,
                                            u"hooks/deploy-mta-sts.example.com.sh"_s,
                                            u"nginx/mta-sts.example.com.conf"_s,
                                            u"webroot/.well-known/mta-sts.txt"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHostingOptions)
#include "test_hosting_options.moc"

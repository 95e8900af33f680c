#include "TestEnv.h"
#include "deploy/NginxSite.h"
#include "deploy/StaticPagesBundle.h"
#include "mtasts/PolicyGenerator.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::mtasts;
using namespace sts::test;

// The third-party checker (postfix-mta-sts-resolver's mta-sts-query) and our CLI, side by side,
// against the generated nginx site on port 443 in a throw-away network namespace with Knot as its
// DNS (labs/mta-sts-query.md, recipe 2B). mta-sts-query resolves via /etc/resolv.conf and fetches
// from port 443 only, so there is no other clean way.
class TestMtaStsQueryNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void thirdPartyAcceptsGeneratedSetup();
    void thirdPartyRejectsHtml();
    void oursAgreesThroughRealDns();
    void oursRejectsHtml();

private:
    QByteArray section(const QByteArray &name) const;
    void writeLab();

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    PolicyVersion m_version;
    QByteArray m_output;
};

QByteArray TestMtaStsQueryNetns::section(const QByteArray &name) const
{
    const QByteArray marker = "@@" + name + '\n';
    const qsizetype start = m_output.indexOf(marker);
    if (start < 0)
        return {};
    const qsizetype end = m_output.indexOf("@@", start + marker.size());
    return m_output.mid(start + marker.size(), end < 0 ? -1 : end - start - marker.size());
}

void TestMtaStsQueryNetns::writeLab()
{
    const QString lab = m_lab->path();
    QVERIFY(QDir().mkpath(lab + u"/pki"_s));
    m_pki = std::make_unique<TestPki>(lab + u"/pki"_s);
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    const TestPki::Leaf leaf =
        m_pki->valid(u"web"_s, {u"mta-sts.lab.test"_s, u"mta-sts.html.lab.test"_s});
    QVERIFY(leaf.isValid());

    const PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 29), QTime(8, 30, 15), Qt::UTC)));
    m_version = generator.testing(generator.suggestPatterns({u"mail.lab.test"_s}).patterns);
    QVERIFY(deploy::StaticPagesBundle::writeTo(lab + u"/policy"_s, m_version.file()).ok());

    deploy::NginxSiteOptions site;
    site.domain = u"lab.test"_s;
    site.certificatePath = leaf.fullchainPath;
    site.keyPath = leaf.keyPath;
    site.policyRoot = lab + u"/policy"_s;
    site.acmeWebroot = lab + u"/webroot"_s;
    site.httpsListen = {u"127.0.0.1:443"_s};
    site.httpListen = {u"127.0.0.1:80"_s};
    const QByteArray html =
        "server { listen 127.0.0.1:443 ssl; server_name mta-sts.html.lab.test; "
        "ssl_certificate " +
        leaf.fullchainPath.toUtf8() + "; ssl_certificate_key " + leaf.keyPath.toUtf8() +
        "; location = /.well-known/mta-sts.txt { root " + (lab + u"/policy"_s).toUtf8() +
        "; types { } default_type text/html; } }\n";
    NginxServer nginx(lab + u"/nginx"_s); // used for its configuration only; it runs in the netns
    QVERIFY(nginx.writeConfig(deploy::nginxServerBlocks(site) + html));
    const ToolRun check = nginx.configTest();
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));

    QVERIFY(
        m_lab->writeFile(u"knot/zones/lab.test.zone"_s,
                         "$ORIGIN lab.test.\n$TTL 60\n"
                         "@ SOA ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 60\n"
                         "@ NS ns.lab.test.\nns A 127.0.0.1\n@ MX 10 mail.lab.test.\n"
                         "mail A 127.0.0.1\nmta-sts A 127.0.0.1\n"
                         "_mta-sts TXT \"" +
                             m_version.txt().toTxt() +
                             "\"\n"
                             "mta-sts.html A 127.0.0.1\n_mta-sts.html TXT \"v=STSv1; id=1;\"\n"));
    QVERIFY(QDir().mkpath(lab + u"/knot/run"_s) && QDir().mkpath(lab + u"/knot/db"_s));
    const QByteArray l = lab.toUtf8();
    QVERIFY(
        m_lab->writeFile(u"knot/knot.conf"_s, "server:\n    rundir: \"" + l +
                                                  "/knot/run\"\n"
                                                  "    listen: 127.0.0.1@53\n"
                                                  "database:\n    storage: \"" +
                                                  l +
                                                  "/knot/db\"\n"
                                                  "template:\n  - id: default\n    storage: \"" +
                                                  l +
                                                  "/knot/zones\"\n"
                                                  "    file: \"%s.zone\"\n    zonefile-sync: -1\n"
                                                  "    journal-content: none\n"
                                                  "zone:\n  - domain: lab.test\n"));
    QVERIFY(m_lab->writeFile(u"resolv.conf"_s, "nameserver 127.0.0.1\n"));
    const QByteArray ca = m_pki->rootCertPath().toUtf8();
    const QByteArray cli = cliPath().toUtf8();
    QVERIFY(m_lab->writeFile(
        u"inns.sh"_s, "set -u\n"
                      "unset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy\n"
                      "ip link set lo up\n"
                      "mount --bind " +
                          l +
                          "/resolv.conf /etc/resolv.conf\n"
                          "knotd -c " +
                          l + "/knot/knot.conf > " + l +
                          "/knot/knotd.log 2>&1 & K=$!\n"
                          "nginx -p " +
                          l + "/nginx -c " + l + "/nginx/nginx.conf -g 'daemon off;' > " + l +
                          "/nginx/logs/stdout 2>&1 & N=$!\n"
                          "for i in $(seq 250); do kdig +tcp +short +timeout=1 +retry=0 @127.0.0.1 "
                          "_mta-sts.lab.test TXT"
                          " 2>/dev/null | grep -q STSv1 && break; sleep 0.02; done\n"
                          "for i in $(seq 250); do curl -s -m 2 -o /dev/null --cacert " +
                          ca +
                          " https://mta-sts.lab.test/ && break; sleep 0.02; done\n"
                          "echo @@query-good; SSL_CERT_FILE=" +
                          ca +
                          " timeout 20 mta-sts-query lab.test 2>&1\n"
                          "echo @@query-html; SSL_CERT_FILE=" +
                          ca +
                          " timeout 20 mta-sts-query html.lab.test 2>/dev/null\n"
                          "echo @@ours-good; timeout 30 " +
                          cli + " policy fetch lab.test --ca-file " + ca +
                          " --json --timeout 20\n"
                          "echo @@ours-html; timeout 30 " +
                          cli + " policy fetch html.lab.test --ca-file " + ca +
                          " --json --timeout 20\n"
                          "echo @@end\n"
                          "kill -TERM $N $K; wait $N $K\n"));
}

void TestMtaStsQueryNetns::initTestCase()
{
    for (const QString &tool : {u"mta-sts-query"_s, u"knotd"_s, u"kdig"_s, u"nginx"_s, u"curl"_s,
                                u"unshare"_s, u"ip"_s}) {
        if (!haveProgram(tool))
            QSKIP(qPrintable(tool + u" is not installed"_s));
    }
    if (runTool(u"unshare"_s, {u"--net"_s, u"--mount"_s, u"true"_s}, 5000).exitCode != 0)
        QSKIP("network namespaces are not available (needs root)");
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    m_lab = std::make_unique<LabDir>(u"stsq"_s);
    QVERIFY(m_lab->isValid());
    writeLab();
    // --kill-child: if this test is killed, the whole namespace tree goes with unshare.
    const ToolRun run =
        runTool(u"unshare"_s,
                {u"--net"_s, u"--mount"_s, u"--pid"_s, u"--fork"_s, u"--kill-child"_s,
                 u"--propagation"_s, u"private"_s, u"bash"_s, m_lab->filePath(u"inns.sh"_s)},
                90000);
    m_output = run.out;
    QVERIFY2(run.exitCode == 0 && m_output.contains("@@end"), qPrintable(run.describe()));
}

void TestMtaStsQueryNetns::thirdPartyAcceptsGeneratedSetup()
{
    const QByteArray out = section("query-good");
    QVERIFY2(out.contains("STSFetchResult.VALID"), out.constData());
    QVERIFY2(out.contains("'" + m_version.id.toLatin1() + "'"), out.constData());
    QVERIFY2(out.contains("'mode': 'testing'"), out.constData());
    QVERIFY2(out.contains("'mx': ['mail.lab.test']"), out.constData());
    QVERIFY2(out.contains("'max_age': 86400"), out.constData());
}

void TestMtaStsQueryNetns::thirdPartyRejectsHtml()
{
    const QByteArray out = section("query-html");
    QVERIFY2(out.contains("STSFetchResult.FETCH_ERROR"), out.constData());
}

void TestMtaStsQueryNetns::oursAgreesThroughRealDns()
{
    const QJsonObject json = QJsonDocument::fromJson(section("ours-good")).object();
    QVERIFY2(json.value(u"ok"_s).toBool(), section("ours-good").constData());
    QCOMPARE(json.value(u"policy"_s).toObject().value(u"mode"_s).toString(), u"testing"_s);
    QCOMPARE(json.value(u"policy"_s).toObject().value(u"max_age"_s).toInt(), 86400);
}

void TestMtaStsQueryNetns::oursRejectsHtml()
{
    const QJsonObject json = QJsonDocument::fromJson(section("ours-html")).object();
    QCOMPARE(json.value(u"ok"_s).toBool(true), false);
    QCOMPARE(json.value(u"reason"_s).toString(), u"content-type"_s);
}

QTEST_GUILESS_MAIN(TestMtaStsQueryNetns)
#include "test_mtasts_query_netns.moc"

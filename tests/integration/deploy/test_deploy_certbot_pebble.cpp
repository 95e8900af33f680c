// certbot against Pebble on loopback (labs/nginx-pebble-certbot.md): the generated webroot script
// obtains a certificate for mta-sts.lab.test through the generated nginx server blocks, the
// generated deploy hook installs it and reloads nginx, and afterwards nginx serves the policy
// with the Pebble-issued certificate (checked with curl and with our own fetcher). A forced
// renewal runs the hook again from certbot's stored renewal configuration.
#include "TestEnv.h"
#include "deploy/CertbotScripts.h"
#include "deploy/DeployHooks.h"
#include "deploy/NginxSite.h"
#include "mtasts/PolicyFetcher.h"
#include "nginx/NginxServer.h"
#include "pebble/PebbleServer.h"
#include "pki/TestPki.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::deploy;
using namespace sts::test;

static const QByteArray kPolicy = "version: STSv1\r\nmode: testing\r\nmx: mail.lab.test\r\n"
                                  "max_age: 86400\r\n";

class TestDeployCertbotPebble : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<PebbleServer> m_pebble;
    RenewalSettings m_settings;
    quint16 m_httpsPort = 0;
    QString m_pebbleRoot, m_marker;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString live(const QString &file) const
    {
        return m_settings.certbotConfigDir + u"/live/mta-sts.lab.test/"_s + file;
    }
    QStringList certbotDirs() const
    {
        return {u"--work-dir"_s, m_lab->filePath(u"certbot/work"_s), u"--logs-dir"_s,
                m_lab->filePath(u"certbot/logs"_s)};
    }
    QStringList hookEnv() const
    {
        return {u"REQUESTS_CA_BUNDLE="_s + m_pki->rootCertPath(),
                u"STSDESK_RELOAD_COMMAND=echo reload >> "_s + m_marker + u" && kill -HUP $(cat "_s +
                    m_nginx->prefix() + u"/logs/nginx.pid)"_s};
    }
    // The serial of the certificate nginx serves, waiting until it is `expected` (a reload
    // takes a moment: the master starts new workers).
    QByteArray servedSerial(const QByteArray &expected) const
    {
        QByteArray serial;
        waitUntil(
            [&] {
                const ToolRun run = runTool(
                    u"sh"_s,
                    {u"-c"_s,
                     u"echo | openssl s_client -connect 127.0.0.1:%1 -servername mta-sts.lab.test "
                     "-CAfile %2 -verify_return_error 2>/dev/null | openssl x509 -noout -serial"_s
                         .arg(m_httpsPort)
                         .arg(m_pebbleRoot)});
                serial = run.exitCode == 0 ? run.out.trimmed() : QByteArray();
                return serial == expected;
            },
            5000);
        return serial;
    }
    QByteArray liveSerial() const
    {
        return runTool(u"openssl"_s,
                       {u"x509"_s, u"-in"_s, live(u"cert.pem"_s), u"-noout"_s, u"-serial"_s})
            .out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"certbot"_s, u"nginx"_s, u"openssl"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is not installed"_s));
        if (!PebbleServer::available())
            QSKIP("pebble, pebble-challtestsrv or curl is not installed");
        m_lab = std::make_unique<LabDir>(u"acme"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"pki"_s));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        TestPki::LeafOptions api = TestPki::LeafOptions::make(u"api"_s, {u"localhost"_s});
        api.ipAddresses = {u"127.0.0.1"_s};
        const TestPki::Leaf apiLeaf = m_pki->issue(api);
        // Until certbot has run, nginx serves a certificate of our own test CA.
        const TestPki::Leaf bootstrap = m_pki->valid(u"bootstrap"_s, {u"mta-sts.lab.test"_s});
        QVERIFY(apiLeaf.isValid() && bootstrap.isValid());

        m_settings.domain = u"lab.test"_s;
        m_settings.alerts =
            sts::deploy::AlertAddresses{u"postmaster@lab.test"_s, {}, {}}.resolved({});
        m_settings.webroot = m_lab->filePath(u"www"_s);
        m_settings.certbotConfigDir = m_lab->filePath(u"certbot/config"_s);
        m_settings.scriptDir = m_lab->filePath(u"lib"_s);
        m_settings.tlsDir = m_lab->filePath(u"tls"_s);
        m_marker = m_lab->filePath(u"reloads"_s);
        QDir().mkpath(m_settings.nginxTlsDir());
        QVERIFY(
            QFile::copy(bootstrap.fullchainPath, m_settings.nginxTlsDir() + u"/fullchain.pem"_s));
        QVERIFY(QFile::copy(bootstrap.keyPath, m_settings.nginxTlsDir() + u"/privkey.pem"_s));
        QDir().mkpath(m_settings.webroot + u"/.well-known"_s);
        QVERIFY(m_lab->writeFile(u"www/.well-known/mta-sts.txt"_s, kPolicy));
        QDir().mkpath(m_settings.scriptDir + u"/hooks"_s);
        QVERIFY(m_lab->writeFile(u"lib/hooks/deploy-mta-sts.lab.test.sh"_s,
                                 nginxDeployHook(m_settings)));
        QFile::setPermissions(m_settings.hookPath(m_settings.policyHostName()),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                  QFile::ReadOther | QFile::ExeOther);
        QVERIFY(m_lab->writeFile(u"issue.sh"_s, certbotPolicyHostScript(m_settings)));

        const quint16 httpPort = freeTcpPort();
        m_httpsPort = freeTcpPort();
        NginxSiteOptions site;
        site.domain = m_settings.domain;
        site.certificatePath = m_settings.nginxTlsDir() + u"/fullchain.pem"_s;
        site.keyPath = m_settings.nginxTlsDir() + u"/privkey.pem"_s;
        site.policyRoot = m_settings.webroot;
        site.acmeWebroot = m_settings.webroot;
        site.httpsListen = {u"127.0.0.1:%1"_s.arg(m_httpsPort)};
        site.httpListen = {u"127.0.0.1:%1"_s.arg(httpPort)};
        m_nginx = std::make_unique<NginxServer>(m_lab->filePath(u"nginx"_s));
        QVERIFY(m_nginx->writeConfig(nginxServerBlocks(site)));
        QVERIFY2(m_nginx->start(httpPort), qPrintable(m_nginx->errorString()));

        m_pebble = std::make_unique<PebbleServer>(m_lab->filePath(u"pki"_s), apiLeaf.fullchainPath,
                                                  apiLeaf.keyPath, httpPort, m_httpsPort);
        QVERIFY2(m_pebble->start(m_pki->rootCertPath()), qPrintable(m_pebble->errorString()));
        QVERIFY(m_lab->writeFile(u"pebble-root.pem"_s, m_pebble->rootPem()));
        m_pebbleRoot = m_lab->filePath(u"pebble-root.pem"_s);
    }

    void cleanupTestCase()
    {
        m_pebble.reset();
        m_nginx.reset();
    }

    void issueAndDeploy()
    {
        const QList<qint64> workers = m_nginx->workerPids();
        const ToolRun run = runTool(
            u"/bin/sh"_s,
            QStringList{m_lab->filePath(u"issue.sh"_s), u"--server"_s, m_pebble->directoryUrl()} +
                certbotDirs(),
            180000, {}, {}, hookEnv());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFileInfo::exists(live(u"cert.pem"_s)));
        // The http-01 challenge really went through nginx's port 80 block and the webroot.
        QVERIFY2(m_nginx->accessLog().contains("GET /.well-known/acme-challenge/"),
                 m_nginx->accessLog().constData());

        // The hook's effect: the lineage is installed where nginx reads it, nginx was reloaded
        // and now serves the Pebble certificate.
        QCOMPARE(read(m_settings.nginxTlsDir() + u"/fullchain.pem"_s),
                 read(live(u"fullchain.pem"_s)));
        QCOMPARE(read(m_settings.nginxTlsDir() + u"/privkey.pem"_s), read(live(u"privkey.pem"_s)));
        QCOMPARE(read(m_marker), QByteArray("reload\n"));
        // Every connection from here on reaches a worker that loaded the new certificate (our
        // fetcher below once met an old worker still serving the bootstrap certificate).
        QVERIFY(m_nginx->waitForWorkersReplaced(workers));
        const QByteArray issued = liveSerial();
        QCOMPARE(servedSerial(issued), issued);

        // A sender's view: our fetcher, trusting only Pebble's root, accepts the policy.
        sts::mtasts::FetchOptions options;
        options.connectHost = u"127.0.0.1"_s;
        options.port = m_httpsPort;
        options.caFile = m_pebbleRoot;
        const auto fetched = sts::mtasts::fetchPolicy(u"lab.test"_s, options);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error ? fetched.error->describe() : QString()));
        QCOMPARE(fetched.body, kPolicy);

        // certbot stored what the timer's "certbot renew" needs.
        const QByteArray conf =
            read(m_settings.certbotConfigDir + u"/renewal/mta-sts.lab.test.conf"_s);
        QVERIFY2(conf.contains("authenticator = webroot"), conf.constData());
        QVERIFY2(conf.contains(m_settings.hookPath(u"mta-sts.lab.test"_s).toUtf8()),
                 conf.constData());
    }

    void renewalRunsHookAgain()
    {
        const QByteArray before = liveSerial();
        QVERIFY(!before.isEmpty());
        const QList<qint64> workers = m_nginx->workerPids();
        const ToolRun run = runTool(
            u"certbot"_s,
            QStringList{u"renew"_s, u"--force-renewal"_s, u"--no-random-sleep-on-renew"_s,
                        u"--non-interactive"_s, u"--config-dir"_s, m_settings.certbotConfigDir} +
                certbotDirs(),
            180000, {}, {}, hookEnv());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArray after = liveSerial();
        QVERIFY(after != before);
        QCOMPARE(read(m_marker), QByteArray("reload\nreload\n"));
        QVERIFY(m_nginx->waitForWorkersReplaced(workers));
        QCOMPARE(servedSerial(after), after);
    }
};

QTEST_GUILESS_MAIN(TestDeployCertbotPebble)
#include "test_deploy_certbot_pebble.moc"

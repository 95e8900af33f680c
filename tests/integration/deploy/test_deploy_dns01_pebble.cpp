// DNS-01 against the real thing (docs/labs.md, "DNS-01 with Knot and Pebble"): the artifacts of an
// engagement whose certificates use the dns-rfc2136 challenge are written as the CLI writes them
// (TSIG secret given at write time), and the generated certbot scripts obtain certificates for
// mail.dyn.test and mta-sts.dyn.test from Pebble. certbot's dns-rfc2136 plugin sets the TXT
// _acme-challenge records in the Knot lab with a TSIG key that may update nothing else, and Pebble
// validates by asking that Knot. No server listens on the http-01 port. certbot renew repeats it.
#include "SampleDeployInput.h"
#include "TestEnv.h"
#include "deploy/DeployInput.h"
#include "deploy/Rfc2136Credentials.h"
#include "dnslab/DnsLabDynamic.h"
#include "pebble/PebbleServer.h"
#include "pki/TestPki.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::deploy;
using namespace sts::test;

class TestDeployDns01Pebble : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_dns;
    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PebbleServer> m_pebble;
    DeployInput m_input;
    QString m_out; // the artifacts as written, secret inserted

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QByteArray mode(const QString &path)
    {
        return runTool(u"stat"_s, {u"-c"_s, u"%a"_s, path}).out.trimmed();
    }
    const RenewalSettings &settings() const { return m_input.renewal; }
    QString live(const QString &host, const QString &file) const
    {
        return settings().certbotConfigDir + u"/live/"_s + host + u'/' + file;
    }
    ToolRun issue(const QString &folder, const QString &host) const
    {
        return runTool(
            u"/bin/sh"_s,
            {folder + u"/certbot/issue-"_s + host + u".sh"_s, u"--server"_s,
             m_pebble->directoryUrl(), u"--work-dir"_s, m_lab->filePath(u"certbot/work"_s),
             u"--logs-dir"_s, m_lab->filePath(u"certbot/logs"_s)},
            180000, {}, {},
            {u"REQUESTS_CA_BUNDLE="_s + m_pki->rootCertPath(), u"STSDESK_RELOAD_COMMAND=true"_s});
    }
    // Copies the written hooks where the scripts' --deploy-hook points.
    void installHooks() const
    {
        QDir().mkpath(settings().scriptDir + u"/hooks"_s);
        for (const QString &host : settings().certificateHosts()) {
            const QString target = settings().hookPath(host);
            QFile::remove(target);
            QVERIFY(QFile::copy(m_out + u"/hooks/deploy-"_s + host + u".sh"_s, target));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveProgram(u"certbot"_s) || !haveProgram(u"openssl"_s))
            QSKIP("certbot or openssl is not installed");
        if (!QFileInfo::exists(u"/usr/lib/python3/dist-packages/certbot_dns_rfc2136"_s))
            QSKIP("python3-certbot-dns-rfc2136 is not installed");
        if (!haveProgram(u"pebble"_s) || !haveProgram(u"curl"_s))
            QSKIP("pebble or curl is not installed");
        STSDESK_START_DYNAMIC_LAB(m_dns);
        m_lab = std::make_unique<LabDir>(u"dns01"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"pki"_s));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        TestPki::LeafOptions api = TestPki::LeafOptions::make(u"api"_s, {u"localhost"_s});
        api.ipAddresses = {u"127.0.0.1"_s};
        const TestPki::Leaf apiLeaf = m_pki->issue(api);
        QVERIFY(apiLeaf.isValid());

        m_input = sampleDeployInput(m_dns->domain(), u"mail.dyn.test"_s);
        RenewalSettings &r = m_input.renewal;
        r.alerts = AlertAddresses{u"postmaster@dyn.test"_s, {}, {}}.resolved({});
        r.webroot = m_lab->filePath(u"www"_s);
        r.certbotConfigDir = m_lab->filePath(u"certbot/config"_s);
        r.scriptDir = m_lab->filePath(u"lib"_s);
        r.tlsDir = m_lab->filePath(u"tls"_s);
        r.challenges.policyHost = Challenge::DnsRfc2136;
        r.challenges.mxHosts = Challenge::DnsRfc2136;
        r.challenges.rfc2136 = Rfc2136Settings{
            m_dns->host(), m_dns->port(), m_dns->acmeKeyName(), u"hmac-sha256"_s, QString(), 1};

        // As `stsdesk-cli artifacts --tsig-secret-file` writes them.
        QList<Artifact> artifacts = composeArtifacts(m_input);
        QVERIFY(insertTsigSecret(artifacts, m_input.domain, m_dns->acmeSecret().toLatin1()));
        m_out = m_lab->filePath(u"out"_s);
        QVERIFY(writeArtifacts(artifacts, m_out));
        installHooks();

        // Pebble asks Knot for the TXT records; nothing listens on the http-01/tls-alpn-01 ports.
        m_pebble = std::make_unique<PebbleServer>(m_lab->filePath(u"pki"_s), apiLeaf.fullchainPath,
                                                  apiLeaf.keyPath, freeTcpPort(), freeTcpPort());
        m_pebble->setDnsServer(m_dns->resolverSpec());
        QVERIFY2(m_pebble->start(m_pki->rootCertPath()), qPrintable(m_pebble->errorString()));
    }

    void cleanupTestCase() { m_pebble.reset(); }

    void credentialsFileIsPrivate()
    {
        const QString ini = m_out + u'/' + rfc2136CredentialsArtifact(u"dyn.test"_s);
        QCOMPARE(mode(ini), QByteArray("600"));
        const QByteArray content = read(ini);
        QVERIFY2(content.contains("dns_rfc2136_secret = " + m_dns->acmeSecret().toLatin1()),
                 content.constData());
        QVERIFY(!content.contains(kTsigSecretPlaceholder));
        QVERIFY(content.contains("dns_rfc2136_algorithm = HMAC-SHA256\n"));
        // Installed where the scripts look for it, as README.txt says.
        QDir().mkpath(settings().certbotConfigDir);
        QVERIFY(QFile::copy(ini, settings().rfc2136CredentialsPath()));
    }

    void placeholderStopsTheScript()
    {
        // Written without a secret (the GUI, the bundle): the script refuses before certbot runs.
        const QString folder = m_lab->filePath(u"out-placeholder"_s);
        QVERIFY(writeArtifacts(composeArtifacts(m_input), folder));
        QVERIFY(read(folder + u'/' + rfc2136CredentialsArtifact(u"dyn.test"_s))
                    .contains(kTsigSecretPlaceholder));
        const ToolRun run = runTool(
            u"/bin/sh"_s,
            {u"-c"_s, u"sed 's|%1|%2|' %3/certbot/issue-mail.dyn.test.sh | sh"_s.arg(
                          settings().rfc2136CredentialsPath(),
                          folder + u'/' + rfc2136CredentialsArtifact(u"dyn.test"_s), folder)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("TSIG secret"), run.err.constData());
    }

    void issuesOverDns_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("MX host") << u"mail.dyn.test"_s;
        QTest::newRow("policy host") << u"mta-sts.dyn.test"_s;
    }

    void issuesOverDns()
    {
        QFETCH(QString, host);
        const ToolRun run = issue(m_out, host);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString cert = live(host, u"cert.pem"_s);
        QVERIFY(QFileInfo::exists(cert));
        const ToolRun names = runTool(
            u"openssl"_s, {u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-ext"_s, u"subjectAltName"_s});
        QVERIFY2(names.out.contains("DNS:" + host.toUtf8()), names.out.constData());
        // The deploy hook installed it where the server reads it.
        QCOMPARE(read(settings().installedChain(host)), read(live(host, u"fullchain.pem"_s)));
        // certbot renews the same way from its stored configuration.
        const QByteArray conf =
            read(settings().certbotConfigDir + u"/renewal/"_s + host + u".conf"_s);
        QVERIFY2(conf.contains("authenticator = dns-rfc2136"), conf.constData());
        QVERIFY2(conf.contains(settings().rfc2136CredentialsPath().toUtf8()), conf.constData());
        // The challenge record was removed again.
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_acme-challenge."_s + host + u'.'), QStringList());
        // The installed credentials stay private.
        QCOMPARE(mode(settings().rfc2136CredentialsPath()), QByteArray("600"));
    }

    // What the renewal timer runs: certbot renew repeats dns-01 from its stored configuration.
    void renewsOverDns()
    {
        const QString host = u"mail.dyn.test"_s;
        const auto serial = [&] {
            return runTool(u"openssl"_s, {u"x509"_s, u"-in"_s, live(host, u"cert.pem"_s),
                                          u"-noout"_s, u"-serial"_s})
                .out.trimmed();
        };
        const QByteArray before = serial();
        QVERIFY(!before.isEmpty());
        const ToolRun run = runTool(
            u"certbot"_s,
            {u"renew"_s, u"--cert-name"_s, host, u"--force-renewal"_s,
             u"--no-random-sleep-on-renew"_s, u"--non-interactive"_s, u"--config-dir"_s,
             settings().certbotConfigDir, u"--work-dir"_s, m_lab->filePath(u"certbot/work"_s),
             u"--logs-dir"_s, m_lab->filePath(u"certbot/logs"_s)},
            180000, {}, {},
            {u"REQUESTS_CA_BUNDLE="_s + m_pki->rootCertPath(), u"STSDESK_RELOAD_COMMAND=true"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(serial() != before);
        QCOMPARE(read(settings().installedChain(host)), read(live(host, u"fullchain.pem"_s)));
    }

    void keyMayChangeOnlyChallengeRecords()
    {
        // The lab's ACL (the shape README.txt suggests) refuses anything else from the key.
        const QByteArray script =
            u"server 127.0.0.1 %1\nzone dyn.test.\nkey hmac-sha256:%2 %3\n"
            "update add mail.dyn.test. 300 A 127.0.0.9\nsend\n"_s.arg(m_dns->port())
                .arg(m_dns->acmeKeyName(), m_dns->acmeSecret())
                .toUtf8();
        const ToolRun run = m_dns->applyScript(script, u"knsupdate"_s);
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY(!m_dns->dig(u"A"_s, u"mail.dyn.test."_s).contains(u"127.0.0.9"_s));
    }

    void knotAclExampleIsValid()
    {
        if (!haveProgram(u"knotc"_s))
            QSKIP("knotc is not installed");
        QByteArray conf = knotUpdateAcl(settings());
        conf.replace("<the same base64 secret>", m_dns->acmeSecret().toLatin1());
        conf = "server:\n    rundir: \"" + m_lab->filePath(u"knotc"_s).toUtf8() +
               "\"\n"
               "template:\n  - id: default\n    storage: \"" +
               m_lab->filePath(u"knotc"_s).toUtf8() + "\"\n" + conf;
        QVERIFY(m_lab->writeFile(u"acl-example.conf"_s, conf));
        const ToolRun check =
            runTool(u"knotc"_s, {u"-c"_s, m_lab->filePath(u"acl-example.conf"_s), u"conf-check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe() + QString::fromUtf8(conf)));
    }
};

QTEST_GUILESS_MAIN(TestDeployDns01Pebble)
#include "test_deploy_dns01_pebble.moc"

// The challenge choice in the generated files, without a workspace: webroot, standalone and
// dns-rfc2136 arguments per certificate, the credentials file (placeholder, secret only when given,
// 0600), the README's DNS-01 steps with the Knot/BIND permission for _acme-challenge TXT only,
// and the validation of what the consultant types.
#include "SampleDeployInput.h"
#include "deploy/CertbotScripts.h"
#include "deploy/DeployInput.h"
#include "deploy/Rfc2136Credentials.h"
#include "services/ChallengeValidation.h"
#include "services/DeliverySettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::deploy;

static DeployInput input(Challenge policy, Challenge mx)
{
    DeployInput in = test::sampleDeployInput(u"example.com"_s, u"mx1.example.com"_s);
    in.renewal.challenges.policyHost = policy;
    in.renewal.challenges.mxHosts = mx;
    in.renewal.challenges.rfc2136 =
        Rfc2136Settings{u"192.0.2.53"_s, 53, u"acme-key"_s, u"hmac-sha256"_s, QString(), 90};
    return in;
}

static const Artifact *find(const QList<Artifact> &list, const QString &path)
{
    for (const Artifact &a : list)
        if (a.relativePath == path)
            return &a;
    return nullptr;
}

class TestChallengeScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreUnchanged()
    {
        const QList<Artifact> list =
            composeArtifacts(input(Challenge::Webroot, Challenge::Standalone));
        QVERIFY(!find(list, u"secrets/rfc2136-example.com.ini"_s));
        QVERIFY(find(list, u"certbot/issue-mta-sts.example.com.sh"_s)
                    ->content.contains("--webroot -w '/var/www/mta-sts'"));
        QVERIFY(find(list, u"certbot/issue-mx1.example.com.sh"_s)
                    ->content.contains("--standalone \\\n"));
        QVERIFY(!find(list, u"README.txt"_s)->content.contains("DNS-01"));
    }

    void everyChallengeForEveryHost()
    {
        const RenewalSettings r = input(Challenge::Standalone, Challenge::Webroot).renewal;
        const QByteArray policy = certbotPolicyHostScript(r);
        // nginx holds port 80 on the policy host: stopped for certbot's own listener.
        QVERIFY(policy.contains("--standalone --pre-hook 'systemctl stop nginx'"));
        QVERIFY(policy.contains("--post-hook 'systemctl start nginx'"));
        QVERIFY(certbotMxScript(r, u"mx1.example.com"_s).contains("--webroot -w '/var/www/html'"));
    }

    void dnsScriptsAndCredentials()
    {
        const QList<Artifact> list =
            composeArtifacts(input(Challenge::DnsRfc2136, Challenge::DnsRfc2136));
        for (const QString &host : {u"mta-sts.example.com"_s, u"mx1.example.com"_s}) {
            const QByteArray script = find(list, u"certbot/issue-"_s + host + u".sh"_s)->content;
            QVERIFY2(script.contains("--dns-rfc2136 --dns-rfc2136-credentials "
                                     "'/etc/letsencrypt/rfc2136-example.com.ini' \\\n"
                                     "    --dns-rfc2136-propagation-seconds 90 \\\n"),
                     script.constData());
            QVERIFY(script.contains("grep -q 'REPLACE-WITH-TSIG-SECRET'"));
            QVERIFY(!script.contains("--webroot") && !script.contains("--standalone"));
            QVERIFY(script.contains("--deploy-hook '/usr/local/lib/stsdesk/hooks/deploy-" +
                                    host.toUtf8() + ".sh'"));
        }
        const Artifact *ini = find(list, u"secrets/rfc2136-example.com.ini"_s);
        QVERIFY(ini);
        QVERIFY(!ini->executable);
        QVERIFY(isPrivateArtifact(ini->relativePath));
        QVERIFY(ini->content.contains("dns_rfc2136_server = 192.0.2.53\n"));
        QVERIFY(ini->content.contains("dns_rfc2136_name = acme-key\n"));
        QVERIFY(ini->content.contains("dns_rfc2136_secret = REPLACE-WITH-TSIG-SECRET\n"));
        // certbot's plugin only knows the upper-case names (else it silently uses HMAC-MD5).
        QVERIFY(ini->content.contains("dns_rfc2136_algorithm = HMAC-SHA256\n"));

        const QByteArray readme = find(list, u"README.txt"_s)->content;
        QVERIFY(readme.contains("DNS-01 through RFC 2136"));
        QVERIFY(readme.contains("chmod 600 /etc/letsencrypt/rfc2136-example.com.ini"));
        QVERIFY(readme.contains("update-type: [TXT]"));
        QVERIFY(readme.contains("update-owner-name: [_acme-challenge.mta-sts.example.com., "
                                "_acme-challenge.mx1.example.com.]"));
        QVERIFY(readme.contains("grant acme-key name _acme-challenge.mx1.example.com. TXT;"));
        QVERIFY(readme.contains("zone \"example.com.\""));
    }

    void secretOnlyWhenGiven()
    {
        QList<Artifact> list = composeArtifacts(input(Challenge::Webroot, Challenge::DnsRfc2136));
        QCOMPARE(insertTsigSecret(list, u"example.com"_s, "not base64!").error().code,
                 u"deploy.tsig-secret"_s);
        QVERIFY(insertTsigSecret(list, u"example.com"_s, "c2VjcmV0\n"));
        const QByteArray ini = find(list, u"secrets/rfc2136-example.com.ini"_s)->content;
        QVERIFY(ini.contains("dns_rfc2136_secret = c2VjcmV0\n"));
        QVERIFY(!ini.contains("REPLACE-WITH-TSIG-SECRET"));
        QList<Artifact> none = composeArtifacts(input(Challenge::Webroot, Challenge::Standalone));
        QCOMPARE(insertTsigSecret(none, u"example.com"_s, "c2VjcmV0").error().code,
                 u"deploy.no-rfc2136"_s);

        QTemporaryDir dir;
        QVERIFY(writeArtifacts(list, dir.path()));
        QCOMPARE(QFileInfo(dir.filePath(u"secrets/rfc2136-example.com.ini"_s)).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
    }

    void zoneForTheAcl()
    {
        RenewalSettings r = input(Challenge::DnsRfc2136, Challenge::DnsRfc2136).renewal;
        QCOMPARE(rfc2136Zone(r), u"example.com."_s);
        r.challenges.rfc2136.zone = u"acme.example.net"_s;
        QCOMPARE(rfc2136Zone(r), u"acme.example.net."_s);
        QVERIFY(knotUpdateAcl(r).contains("  - domain: acme.example.net.\n"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code");
        const QString server = services::DeliverySettings::kRfc2136ServerError;
        const QString key = services::DeliverySettings::kTsigKeyError;
        const QString other = services::DeliverySettings::kRfc2136Error;
        QTest::newRow("ok") << u"192.0.2.53"_s << u"acme-key"_s << u"hmac-sha256"_s << QString()
                            << QString();
        QTest::newRow("ipv6") << u"2001:db8::53"_s << u"acme.key."_s << u"hmac-sha512"_s
                              << u"example.com"_s << QString();
        QTest::newRow("host name")
            << u"ns1.example.com"_s << u"k"_s << u"hmac-sha256"_s << QString() << server;
        QTest::newRow("empty key")
            << u"192.0.2.53"_s << QString() << u"hmac-sha256"_s << QString() << key;
        QTest::newRow("key with space")
            << u"192.0.2.53"_s << u"acme key"_s << u"hmac-sha256"_s << QString() << key;
        QTest::newRow("md5") << u"192.0.2.53"_s << u"k"_s << u"hmac-md5"_s << QString() << other;
        QTest::newRow("zone") << u"192.0.2.53"_s << u"k"_s << u"hmac-sha256"_s << u"a..b"_s
                              << other;
    }
    void validation()
    {
        QFETCH(QString, server);
        QFETCH(QString, key);
        QFETCH(QString, algorithm);
        QFETCH(QString, zone);
        QFETCH(QString, code);
        ChallengeSettings s;
        s.mxHosts = Challenge::DnsRfc2136;
        s.rfc2136 = services::normalisedRfc2136(
            Rfc2136Settings{server, 53, key, algorithm.toUpper(), zone, 60});
        const Status status = services::validateChallenges(s);
        QCOMPARE(status ? QString() : status.error().code, code);
        // Nothing is checked while no certificate uses DNS-01.
        s.mxHosts = Challenge::Standalone;
        QVERIFY(services::validateChallenges(s));
    }
};

QTEST_GUILESS_MAIN(TestChallengeScripts)
#include "test_challenge_scripts.moc"

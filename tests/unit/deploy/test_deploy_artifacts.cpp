// composeArtifacts and writeArtifacts without a workspace: which files an engagement gets, what
// DANE changes, shell quoting, and how the folder is written (modes, no silent overwrite, no
// path escaping the folder).
#include "deploy/CertbotScripts.h"
#include "deploy/DeployInput.h"
#include "deploy/ShellText.h"
#include "deploy/SystemdUnits.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::deploy;

static DeployInput input(bool dane)
{
    const mtasts::PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC)));
    const auto patterns = generator.suggestPatterns({u"mx1.example.com"_s}).patterns;
    DeployInput in;
    in.domain = u"example.com"_s;
    in.current = generator.testing(patterns);
    in.enforce = generator.enforce(in.current.policy);
    in.remove = generator.remove(in.current.policy);
    in.records.domain = in.domain;
    in.records.policyId = in.current.id;
    in.records.rua = {u"mailto:tlsrpt@example.com"_s};
    RenewalSettings &r = in.renewal;
    r.domain = in.domain;
    r.mxHosts = {u"mx1.example.com"_s};
    r.alerts = AlertAddresses{u"ops@example.com"_s, {}, {}}.resolved({});
    r.webroot = u"/var/www/mta-sts"_s;
    r.certbotConfigDir = u"/etc/letsencrypt"_s;
    r.scriptDir = u"/usr/local/lib/stsdesk"_s;
    r.daneActive = dane;
    r.acceptedSpkiDigests.insert(u"mx1.example.com"_s, {u"ab"_s.repeated(32)});
    return in;
}

static const Artifact *find(const QList<Artifact> &list, const QString &path)
{
    for (const Artifact &a : list)
        if (a.relativePath == path)
            return &a;
    return nullptr;
}

class TestDeployArtifacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composition()
    {
        const QList<Artifact> list = composeArtifacts(input(true));
        QCOMPARE(list.first().relativePath, u"README.txt"_s);
        QStringList paths;
        for (const Artifact &a : list) {
            QVERIFY2(!a.description.isEmpty(), qPrintable(a.relativePath));
            QCOMPARE(a.executable, a.relativePath.endsWith(u".sh"_s));
            if (a.executable)
                QVERIFY2(a.content.startsWith("#!/bin/sh\n"), qPrintable(a.relativePath));
            paths.append(a.relativePath);
        }
        QCOMPARE(paths.removeDuplicates(), 0);
        QVERIFY(find(list, u"policy/mta-sts.enforce.txt"_s)->content.contains("mode: enforce\r\n"));
        QVERIFY(find(list, u"policy/mta-sts.remove.txt"_s)->content.contains("mode: none\r\n"));
        QVERIFY(find(list, u"policy/txt-records.txt"_s)
                    ->content.contains("v=STSv1; id=20261101080000;"));
        QVERIFY(find(list, u"dns/zone-snippet.zone"_s));
        QVERIFY(
            find(list, u"nginx/mta-sts.example.com.conf"_s)
                ->content.contains(
                    "ssl_certificate     \"/etc/nginx/tls/mta-sts.example.com/fullchain.pem\""));
        const QByteArray mxScript = find(list, u"certbot/issue-mx1.example.com.sh"_s)->content;
        QVERIFY(mxScript.contains("--reuse-key"));
        QVERIFY(mxScript.contains(
            "--deploy-hook '/usr/local/lib/stsdesk/hooks/deploy-mx1.example.com.sh'"));
        QVERIFY(find(list, u"tlsa/mx1.example.com.accepted"_s)
                    ->content.endsWith(u"ab"_s.repeated(32).toLatin1() + '\n'));
        const QByteArray readme = find(list, u"README.txt"_s)->content;
        QVERIFY(readme.contains("DANE: active"));
        QVERIFY(readme.contains("hooks/deploy-mx1.example.com.sh (executable)"));
    }

    void withoutDane()
    {
        const QList<Artifact> list = composeArtifacts(input(false));
        QVERIFY(!find(list, u"tlsa/mx1.example.com.accepted"_s));
        QVERIFY(
            !find(list, u"certbot/issue-mx1.example.com.sh"_s)->content.contains("--reuse-key"));
    }

    void unitsAndQuoting()
    {
        QCOMPARE(shellQuote(u"it's"_s), QByteArray("'it'\\''s'"));
        RenewalSettings r = input(false).renewal;
        r.scriptDir = u"/opt/sts desk"_s;
        const QByteArray service = renewalService(r, u"mx1.example.com"_s);
        QVERIFY(service.contains(
            "ExecStart=/bin/sh \"/opt/sts desk/alert/expiry-alert.sh\" --host mx1.example.com\n"));
        QVERIFY(service.contains("ExecStart=-/usr/bin/certbot renew"));
        QVERIFY(service.contains("StateDirectory=stsdesk/example.com\n"));
        QVERIFY(renewalTimer().contains("Persistent=true"));
    }

    // Issue 16: one service per host, each running the alert for its own certificate only, so
    // no host mails about files that live on another; the README says what goes where and who
    // hears which level.
    void renewalPerHost()
    {
        DeployInput in = input(false);
        in.renewal.mxHosts = {u"mx1.example.com"_s, u"mx2.example.com"_s};
        in.renewal.alerts =
            AlertAddresses{u"team@example.com"_s, u"lead@example.com"_s, u"oncall@example.com"_s}
                .resolved(in.domain);
        const QList<Artifact> list = composeArtifacts(in);
        QStringList services;
        for (const Artifact &a : list)
            if (a.relativePath.endsWith(u".service"_s))
                services.append(a.relativePath);
        QCOMPARE(services, (QStringList{u"systemd/mta-sts.example.com/stsdesk-renewal.service"_s,
                                        u"systemd/mx1.example.com/stsdesk-renewal.service"_s,
                                        u"systemd/mx2.example.com/stsdesk-renewal.service"_s}));
        for (const QString &host :
             {u"mta-sts.example.com"_s, u"mx1.example.com"_s, u"mx2.example.com"_s}) {
            const QByteArray service =
                find(list, u"systemd/%1/stsdesk-renewal.service"_s.arg(host))->content;
            QVERIFY(service.contains("expiry-alert.sh --host " + host.toUtf8() + "\n"));
            QCOMPARE(service.count("--host"), 1);
        }
        QVERIFY(find(list, u"systemd/stsdesk-renewal.timer"_s));
        const QByteArray alert = find(list, u"alert/expiry-alert.sh"_s)->content;
        QVERIFY(alert.contains("NOTICE_ADDRESS='team@example.com'"));
        QVERIFY(alert.contains("ESCALATION_ADDRESS='lead@example.com'"));
        QVERIFY(alert.contains("CRITICAL_ADDRESS='oncall@example.com'"));
        QVERIFY(alert.contains("STSDESK_STATE_DIR:-/var/lib/stsdesk/example.com}"));
        // certbot's account mail stays the notice address.
        QVERIFY(find(list, u"certbot/issue-mx2.example.com.sh"_s)
                    ->content.contains("-m 'team@example.com'"));

        const QByteArray readme = find(list, u"README.txt"_s)->content;
        QVERIFY(readme.contains("On mta-sts.example.com: copy hooks/ and alert/"));
        QVERIFY(readme.contains("On each MX host (mx1.example.com, mx2.example.com)"));
        QVERIFY(readme.contains("systemd/<host>/stsdesk-renewal.service"));
        QVERIFY(readme.contains("escalation (14 days or less left): lead@example.com\n"));
        QVERIFY(readme.contains("critical (7 days or less left, expired or missing): "
                                "oncall@example.com\n"));
        QVERIFY(readme.contains("/var/lib/stsdesk/example.com/expiry-alert.state"));

        // Pages hosting and only a provider's MX: nothing to renew, no units.
        in.hosting = Hosting::CloudflarePages;
        in.renewal.policyHost = false;
        in.renewal.mxHosts.clear();
        for (const Artifact &a : composeArtifacts(in))
            QVERIFY2(!a.relativePath.startsWith(u"systemd/"_s) &&
                         !a.relativePath.startsWith(u"alert/"_s),
                     qPrintable(a.relativePath));
    }

    void writing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"out"_s);
        const QList<Artifact> list{{u"a/run.sh"_s, "#!/bin/sh\n", true, u"x"_s},
                                   {u"a/b/data.txt"_s, "data", false, u"y"_s}};
        auto written = writeArtifacts(list, dir);
        QVERIFY(written.ok());
        QCOMPARE(written->size(), 2);
        QCOMPARE(QFileInfo(dir + u"/a/run.sh"_s).permissions() & QFile::Permissions(0x7077),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QVERIFY(!(QFileInfo(dir + u"/a/b/data.txt"_s).permissions() & QFile::ExeOwner));

        // Not again without permission, and nothing touched.
        const QList<Artifact> changed{{u"a/b/data.txt"_s, "new", false, u"y"_s}};
        auto refused = writeArtifacts(changed, dir);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"deploy.exists"_s);
        QFile data(dir + u"/a/b/data.txt"_s);
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.readAll(), QByteArray("data"));
        data.close();
        QVERIFY(writeArtifacts(changed, dir, true).ok());
        QVERIFY(data.open(QIODevice::ReadOnly));
        QCOMPARE(data.readAll(), QByteArray("new"));

        for (const QString &bad : {u"../x"_s, u"/etc/x"_s, u"a/../../x"_s, u"a//b"_s, QString()}) {
            auto escaped = writeArtifacts({{bad, "x", false, u"z"_s}}, dir, true);
            QVERIFY2(!escaped.ok(), qPrintable(bad));
            QCOMPARE(escaped.error().code, u"deploy.path"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeployArtifacts)
#include "test_deploy_artifacts.moc"

// `stsdesk-cli artifacts write|list` on a real workspace (an engagement with a stored policy and
// a discovery), and the written files checked by their consumers: nginx -t on the server blocks,
// kzonecheck on the zone snippet, systemd-analyze verify on the units, sh -n (dash) on every
// script; plus what the engagement decides: DANE guard, provider hosts, hosting and MTA choice.
#include "SeededWorkspace.h"
#include "TestEnv.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"
#include "tls/PrivateKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestArtifactsCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    QString m_database;
    qint64 m_id = 0;
    QString m_digest; // SPKI SHA-256 of mx1's key, published as TLSA 3 1 1
    int m_outs = 0;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(
            cliPath(),
            QStringList{u"artifacts"_s} + args + QStringList{u"--database"_s, m_database}, 60000);
    }
    QStringList paths() const
    {
        return {u"--tls-dir"_s,
                m_lab->filePath(u"tls"_s),
                u"--webroot"_s,
                m_lab->filePath(u"www"_s),
                u"--certbot-config-dir"_s,
                m_lab->filePath(u"certbot"_s)};
    }
    QString newOut() { return m_lab->filePath(u"out-%1"_s.arg(++m_outs)); }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString write(const QStringList &extra)
    {
        const QString out = newOut();
        const ToolRun run = cli(QStringList{u"write"_s, QString::number(m_id), u"--out"_s, out,
                                            u"--script-dir"_s, out} +
                                paths() + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0 ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_lab = std::make_unique<LabDir>(u"artcli"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"pki"_s));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        const TestPki::Leaf mx = m_pki->valid(u"mx1"_s, {u"mx1.example.test"_s});
        auto key = tls::PrivateKey::load(mx.keyPath);
        QVERIFY(key.ok());
        m_digest = QString::fromLatin1(key->spkiSha256().toHex());
        // What the nginx deploy hook would have installed: nginx -t opens these files.
        const TestPki::Leaf web = m_pki->valid(u"web"_s, {u"mta-sts.example.test"_s});
        const QString tls = m_lab->filePath(u"tls/mta-sts.example.test"_s);
        QDir().mkpath(tls);
        QVERIFY(QFile::copy(web.fullchainPath, tls + u"/fullchain.pem"_s));
        QVERIFY(QFile::copy(web.keyPath, tls + u"/privkey.pem"_s));
        m_database = m_lab->filePath(u"ws.sqlite"_s);
        QString error;
        m_id = seedDeployWorkspace(m_database, m_digest, error);
        QVERIFY2(m_id > 0, qPrintable(error));
    }

    void writesEverything()
    {
        const QString out = write({u"--alert-address"_s, u"alerts@example.test"_s});
        QVERIFY(!out.isEmpty());
        const QDir dir(out);
        for (const QString &file : {u"README.txt"_s,
                                    u"policy/mta-sts.txt"_s,
                                    u"policy/mta-sts.enforce.txt"_s,
                                    u"policy/mta-sts.remove.txt"_s,
                                    u"dns/zone-snippet.zone"_s,
                                    u"dns/records.csv"_s,
                                    u"dns/cloudflare.json"_s,
                                    u"dns/route53-changebatch.json"_s,
                                    u"dns/nsupdate.txt"_s,
                                    u"nginx/mta-sts.example.test.conf"_s,
                                    u"webroot/.well-known/mta-sts.txt"_s,
                                    u"certbot/issue-mta-sts.example.test.sh"_s,
                                    u"certbot/issue-mx1.example.test.sh"_s,
                                    u"hooks/deploy-mta-sts.example.test.sh"_s,
                                    u"hooks/deploy-mx1.example.test.sh"_s,
                                    u"tlsa/mx1.example.test.accepted"_s,
                                    u"mta/postfix-mx1.example.test.cf"_s,
                                    u"systemd/mx1.example.test/stsdesk-renewal.service"_s,
                                    u"systemd/stsdesk-renewal.timer"_s,
                                    u"alert/expiry-alert.sh"_s})
            QVERIFY2(dir.exists(file), qPrintable(file));
        // The provider's host gets no certificate from us.
        QVERIFY(!dir.exists(u"certbot/issue-aspmx.l.google.com.sh"_s));
        QVERIFY(QFileInfo(dir.filePath(u"alert/expiry-alert.sh"_s)).isExecutable());
        QCOMPARE(QFileInfo(dir.filePath(u"README.txt"_s)).permissions() &
                     (QFile::ExeOwner | QFile::ExeOther),
                 QFileDevice::Permissions());

        // The stored policy, served as generated (CRLF), and the TXT id of that version.
        const QByteArray policy = read(dir.filePath(u"webroot/.well-known/mta-sts.txt"_s));
        QCOMPARE(policy, QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx1.example.test\r\n"
                                    "max_age: 86400\r\n"));
        QVERIFY(
            read(dir.filePath(u"dns/zone-snippet.zone"_s)).contains("v=STSv1; id=20261101080000;"));

        // DANE is active from the discovery: TLSA published, key reused, hook guarded.
        QVERIFY(read(dir.filePath(u"dns/zone-snippet.zone"_s)).contains(m_digest.toLatin1()));
        QVERIFY(read(dir.filePath(u"certbot/issue-mx1.example.test.sh"_s)).contains("--reuse-key"));
        QVERIFY(
            read(dir.filePath(u"tlsa/mx1.example.test.accepted"_s)).contains(m_digest.toLatin1()));
        QVERIFY(read(dir.filePath(u"alert/expiry-alert.sh"_s)).contains("'alerts@example.test'"));
        QVERIFY(read(dir.filePath(u"mta/postfix-mx1.example.test.cf"_s))
                    .contains("smtpd_tls_chain_files = " +
                              m_lab->filePath(u"tls/mx1.example.test/privkey.pem"_s).toUtf8() +
                              ", " +
                              m_lab->filePath(u"tls/mx1.example.test/fullchain.pem"_s).toUtf8()));

        // Consumers: dash parses every script.
        for (const QString &script :
             dir.entryList({u"*"_s}, QDir::NoDotAndDotDot | QDir::AllDirs)) {
            for (const QFileInfo &file : QDir(dir.filePath(script)).entryInfoList({u"*.sh"_s})) {
                const ToolRun syntax = runTool(u"/bin/sh"_s, {u"-n"_s, file.filePath()});
                QVERIFY2(syntax.exitCode == 0, qPrintable(file.filePath() + syntax.describe()));
            }
        }
        // nginx -t on the generated server blocks.
        if (NginxServer::available()) {
            NginxServer nginx(m_lab->filePath(u"nginx-%1"_s.arg(m_outs)));
            QVERIFY(nginx.writeConfig(read(dir.filePath(u"nginx/mta-sts.example.test.conf"_s))));
            const ToolRun test = nginx.configTest();
            QVERIFY2(test.exitCode == 0, qPrintable(test.describe()));
        } else {
            qWarning("nginx is not installed: nginx -t skipped");
        }
        // kzonecheck on the zone snippet inside a minimal zone.
        if (haveProgram(u"kzonecheck"_s)) {
            const QByteArray zone =
                "$ORIGIN example.test.\n$TTL 300\n"
                "@ SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 300\n@ NS ns.invalid.\n" +
                read(dir.filePath(u"dns/zone-snippet.zone"_s));
            QVERIFY(m_lab->writeFile(u"zone-%1"_s.arg(m_outs), zone));
            const ToolRun knot =
                runTool(u"kzonecheck"_s,
                        {u"-o"_s, u"example.test."_s, m_lab->filePath(u"zone-%1"_s.arg(m_outs))});
            QVERIFY2(knot.exitCode == 0, qPrintable(knot.describe()));
        } else {
            qWarning("kzonecheck is not installed: zone check skipped");
        }
        // systemd-analyze verify: no errors and no warnings (unknown keys only warn).
        if (haveProgram(u"systemd-analyze"_s)) {
            const ToolRun verify = runTool(
                u"systemd-analyze"_s,
                {u"verify"_s, dir.filePath(u"systemd/mx1.example.test/stsdesk-renewal.service"_s),
                 dir.filePath(u"systemd/stsdesk-renewal.timer"_s)});
            QVERIFY2(verify.exitCode == 0 && verify.err.trimmed().isEmpty(),
                     qPrintable(verify.describe()));
        }
    }

    void listJsonMatchesWrite()
    {
        const ToolRun run = cli({u"list"_s, QString::number(m_id), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray files = QJsonDocument::fromJson(run.out).array();
        QVERIFY(files.size() > 15);
        QStringList listed;
        for (const QJsonValue &v : files)
            listed.append(v.toObject().value(u"path"_s).toString());
        QVERIFY(listed.contains(u"hooks/deploy-mx1.example.test.sh"_s));
        QCOMPARE(files.first().toObject().value(u"path"_s).toString(), u"README.txt"_s);
        for (const QJsonValue &v : files)
            QVERIFY(!v.toObject().value(u"description"_s).toString().isEmpty());
    }

    void neverOverwritesSilently()
    {
        const QString out = write({});
        QVERIFY(!out.isEmpty());
        QVERIFY(QFile::remove(out + u"/README.txt"_s));
        QVERIFY(m_lab->writeFile(out.mid(m_lab->path().size() + 1) + u"/README.txt"_s, "mine"));
        const QStringList args{u"write"_s, QString::number(m_id), u"--out"_s, out};
        const ToolRun again = cli(args + paths());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds"), qPrintable(again.describe()));
        QCOMPARE(read(out + u"/README.txt"_s), QByteArray("mine"));
        const ToolRun forced = cli(args + paths() + QStringList{u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
        QVERIFY(read(out + u"/README.txt"_s).startsWith("MTA-STS"));
    }

    // A link planted in the output folder (a file or a whole subfolder pointing elsewhere) is
    // refused even with --force: neither the file outside nor its mode may change.
    void forceNeverFollowsPlantedLinks_data()
    {
        QTest::addColumn<QString>("linked"); // what the link replaces, below the output folder
        QTest::addColumn<QString>("victim"); // what it points at, relative to the outside folder
        QTest::newRow("script") << u"alert/expiry-alert.sh"_s << u"victim.sh"_s;
        QTest::newRow("dangling") << u"policy/mta-sts.txt"_s << u"not-there-yet.txt"_s;
        QTest::newRow("folder") << u"dns"_s << u""_s;
    }
    void forceNeverFollowsPlantedLinks()
    {
        QFETCH(QString, linked);
        QFETCH(QString, victim);
        const QString out = write({});
        QVERIFY(!out.isEmpty());
        const QString outside = m_lab->filePath(u"outside-%1"_s.arg(m_outs));
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(m_lab->writeFile(QFileInfo(outside).fileName() + u"/victim.sh"_s, "precious\n"));
        QVERIFY(
            QFile::setPermissions(outside + u"/victim.sh"_s, QFile::ReadOwner | QFile::WriteOwner));
        const QString inside = out + u'/' + linked;
        QVERIFY(QFileInfo(inside).isDir() ? QDir(inside).removeRecursively()
                                          : QFile::remove(inside));
        const QString target = victim.isEmpty() ? outside : outside + u'/' + victim;
        QVERIFY(QFile::link(target, inside));

        const ToolRun forced = cli(QStringList{u"write"_s, QString::number(m_id), u"--out"_s, out,
                                               u"--script-dir"_s, out, u"--force"_s} +
                                   paths());
        QCOMPARE(forced.exitCode, 1);
        QVERIFY2(forced.err.contains("symbolic link"), qPrintable(forced.describe()));
        QCOMPARE(read(outside + u"/victim.sh"_s), "precious\n"_ba);
        QCOMPARE(QFile::permissions(outside + u"/victim.sh"_s),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QDir(outside).entryList(QDir::Files | QDir::Hidden), QStringList{u"victim.sh"_s});
        QVERIFY(QFileInfo(inside).isSymLink()); // left for the consultant to look at
    }

    void staticEximWithoutDane()
    {
        const QString out =
            write({u"--hosting"_s, u"static"_s, u"--mta"_s, u"exim"_s, u"--dane"_s, u"off"_s});
        QVERIFY(!out.isEmpty());
        const QDir dir(out);
        QVERIFY(dir.exists(u"cloudflare-pages/_headers"_s));
        QVERIFY(dir.exists(u"cloudflare-pages/.well-known/mta-sts.txt"_s));
        QVERIFY(!dir.exists(u"nginx"_s));
        QVERIFY(!dir.exists(u"certbot/issue-mta-sts.example.test.sh"_s));
        QVERIFY(!dir.exists(u"tlsa"_s));
        QVERIFY(dir.exists(u"mta/exim-mx1.example.test.conf"_s));
        QVERIFY(
            !read(dir.filePath(u"certbot/issue-mx1.example.test.sh"_s)).contains("--reuse-key"));
        QVERIFY(
            !read(dir.filePath(u"hooks/deploy-mx1.example.test.sh"_s)).contains("ACCEPTED_FILE"));
        QVERIFY(read(dir.filePath(u"hooks/deploy-mx1.example.test.sh"_s)).contains("exim4"));
        // Without DANE, no TLSA records in the exports either.
        QVERIFY(!read(dir.filePath(u"dns/zone-snippet.zone"_s)).contains("TLSA"));
    }

    // Three alert addresses, one per level; certbot's account mail stays the notice address.
    void alertAddressesPerLevel()
    {
        const QString out =
            write({u"--alert-notice"_s, u"team@example.test"_s, u"--alert-escalation"_s,
                   u"lead@example.test"_s, u"--alert-critical"_s, u"oncall@example.test"_s});
        QVERIFY(!out.isEmpty());
        const QByteArray alert = read(out + u"/alert/expiry-alert.sh"_s);
        QVERIFY(alert.contains("NOTICE_ADDRESS='team@example.test'\n"));
        QVERIFY(alert.contains("ESCALATION_ADDRESS='lead@example.test'\n"));
        QVERIFY(alert.contains("CRITICAL_ADDRESS='oncall@example.test'\n"));
        QVERIFY(
            read(out + u"/certbot/issue-mx1.example.test.sh"_s).contains("-m 'team@example.test'"));
        QVERIFY(read(out + u"/README.txt"_s)
                    .contains("critical (7 days or less left, expired or missing): "
                              "oncall@example.test\n"));

        // Only escalation given: critical follows it, notice stays postmaster@<domain>.
        const QString partial = write({u"--alert-escalation"_s, u"lead@example.test"_s});
        QVERIFY(!partial.isEmpty());
        const QByteArray script = read(partial + u"/alert/expiry-alert.sh"_s);
        QVERIFY(script.contains("NOTICE_ADDRESS='postmaster@example.test'\n"));
        QVERIFY(script.contains("CRITICAL_ADDRESS='lead@example.test'\n"));

        for (const QString &option :
             {u"--alert-address"_s, u"--alert-escalation"_s, u"--alert-critical"_s}) {
            const ToolRun bad = cli({u"list"_s, QString::number(m_id), option, u"oncall"_s});
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(option.toUtf8() + " needs a mail address"),
                     qPrintable(bad.describe()));
        }
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"write"_s, QString::number(m_id)}).exitCode, 2);
        QCOMPARE(cli({u"write"_s, u"x"_s, u"--out"_s, newOut()}).exitCode, 2);
        QCOMPARE(cli({u"list"_s, QString::number(m_id), u"--mta"_s, u"sendmail"_s}).exitCode, 2);
        QCOMPARE(cli({u"list"_s, QString::number(m_id), u"--tls-dir"_s, u"rel/tls"_s}).exitCode, 2);
        QCOMPARE(cli({u"list"_s, u"999"_s}).exitCode, 1);
        const ToolRun hosting = cli({u"list"_s, QString::number(m_id), u"--hosting"_s, u"iis"_s});
        QCOMPARE(hosting.exitCode, 2);
        QVERIFY2(hosting.err.contains("nginx, cloudflare-pages, cloudflare-worker, github-pages, "
                                      "external"),
                 qPrintable(hosting.describe()));
    }

    // Each alternative to nginx writes its own folder, and no nginx block or policy-host
    // certificate; the customer's server gets Apache.
    void everyHostingOption_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("worker") << u"cloudflare-worker"_s
                                << QStringList{u"cloudflare-worker/worker.js"_s,
                                               u"cloudflare-worker/wrangler.toml"_s};
        QTest::newRow("github") << u"github-pages"_s
                                << QStringList{u"github-pages/CNAME"_s,
                                               u"github-pages/_config.yml"_s,
                                               u"github-pages/.well-known/mta-sts.txt"_s};
        QTest::newRow("external") << u"external"_s
                                  << QStringList{u"apache/mta-sts.example.test.conf"_s,
                                                 u"apache/issue-certificate.sh"_s,
                                                 u"webroot/.well-known/mta-sts.txt"_s};
    }

    void everyHostingOption()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, files);
        const QString out = write({u"--hosting"_s, key});
        QVERIFY(!out.isEmpty());
        const QDir dir(out);
        for (const QString &file : files)
            QVERIFY2(dir.exists(file), qPrintable(file));
        QVERIFY(!dir.exists(u"nginx"_s));
        QVERIFY(!dir.exists(u"certbot/issue-mta-sts.example.test.sh"_s));
        QVERIFY(read(dir.filePath(u"README.txt"_s))
                    .contains(key == u"external"_s ? "a2enmod" : "mta-sts."));
    }
};

QTEST_GUILESS_MAIN(TestArtifactsCli)
#include "test_artifacts_cli.moc"

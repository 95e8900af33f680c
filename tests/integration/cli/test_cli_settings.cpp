// `stsdesk-cli engagement settings` as a consultant uses it, each call its own process on one
// workspace: what is set there is what `records export --engagement` and `artifacts write` use,
// and a flag given to `artifacts write` changes that one run only.
#include "../deploy/SeededWorkspace.h"
#include "TestEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestCliSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_id;
    int m_outs = 0;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 60000);
    }
    QJsonObject settings(const QStringList &set = {})
    {
        const ToolRun run =
            cli(QStringList{u"engagement"_s, u"settings"_s, m_id, u"--json"_s} + set);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object();
    }
    QByteArray bind()
    {
        const ToolRun run =
            cli({u"records"_s, u"export"_s, u"--engagement"_s, m_id, u"--format"_s, u"bind"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.out;
    }
    QString artifacts(const QStringList &extra = {})
    {
        const QString out = m_dir.filePath(u"out-%1"_s.arg(++m_outs));
        const ToolRun run =
            cli(QStringList{u"artifacts"_s, u"write"_s, m_id, u"--out"_s, out} + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0 ? out : QString();
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_database = m_dir.filePath(u"ws.sqlite"_s);
        QString error;
        const qint64 id = seedDeployWorkspace(m_database, QString(64, u'a'), error);
        QVERIFY2(id > 0, qPrintable(error));
        m_id = QString::number(id);
    }

    void showsTheDefaults()
    {
        const QJsonObject s = settings();
        QVERIFY(s.value(u"rua"_s).isNull());
        QCOMPARE(s.value(u"mta"_s).toString(), u"postfix"_s);
        QCOMPARE(s.value(u"hosting"_s).toString(), u"nginx"_s);
        QCOMPARE(s.value(u"alert-notice"_s).toString(), QString());
        // Unset, the records carry what discovery found.
        QVERIFY(bind().contains("rua=mailto:tlsrpt@example.test\""));

        const ToolRun text = cli({u"engagement"_s, u"settings"_s, m_id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Postfix"));
    }

    void setThenEveryCommandUsesIt()
    {
        const QJsonObject set = settings(
            {u"--rua"_s, u"mailto:reports@example.test"_s, u"--rua"_s,
             u"https://tlsrpt.example.test/v1"_s, u"--alert-notice"_s, u"team@example.test"_s,
             u"--alert-escalation"_s, u"lead@example.test"_s, u"--alert-critical"_s,
             u"oncall@example.test"_s, u"--mta"_s, u"exim"_s, u"--hosting"_s, u"static"_s});
        QCOMPARE(set.value(u"mta"_s).toString(), u"exim"_s);

        // Another process reads what was stored.
        const QJsonObject shown = settings();
        QCOMPARE(
            shown.value(u"rua"_s).toArray(),
            (QJsonArray{u"mailto:reports@example.test"_s, u"https://tlsrpt.example.test/v1"_s}));
        QCOMPARE(shown.value(u"alert-notice"_s).toString(), u"team@example.test"_s);
        QCOMPARE(shown.value(u"alert-escalation"_s).toString(), u"lead@example.test"_s);
        QCOMPARE(shown.value(u"alert-critical"_s).toString(), u"oncall@example.test"_s);
        QCOMPARE(shown.value(u"mta"_s).toString(), u"exim"_s);
        // The key of earlier versions is still taken; it means Cloudflare Pages now.
        QCOMPARE(shown.value(u"hosting"_s).toString(), u"cloudflare-pages"_s);

        const QByteArray zone = bind();
        QVERIFY2(zone.contains("rua=mailto:reports@example.test,https://tlsrpt.example.test/v1\""),
                 zone.constData());
        QVERIFY(!zone.contains("tlsrpt@example.test"));

        const QString out = artifacts();
        QVERIFY(!out.isEmpty());
        const QDir dir(out);
        QVERIFY(dir.exists(u"mta/exim-mx1.example.test.conf"_s));
        QVERIFY(!dir.exists(u"mta/postfix-mx1.example.test.cf"_s));
        QVERIFY(dir.exists(u"cloudflare-pages/.well-known/mta-sts.txt"_s));
        QVERIFY(!dir.exists(u"nginx"_s));
        const QByteArray alert = read(dir.filePath(u"alert/expiry-alert.sh"_s));
        QVERIFY(alert.contains("NOTICE_ADDRESS='team@example.test'\n"));
        QVERIFY(alert.contains("ESCALATION_ADDRESS='lead@example.test'\n"));
        QVERIFY(alert.contains("CRITICAL_ADDRESS='oncall@example.test'\n"));
        QVERIFY(read(dir.filePath(u"dns/zone-snippet.zone"_s))
                    .contains("rua=mailto:reports@example.test"));
    }

    // Flags of `artifacts write` are for that run; the stored settings stay.
    void flagsOverrideOneRun()
    {
        const QString out = artifacts({u"--mta"_s, u"postfix"_s, u"--hosting"_s, u"nginx"_s,
                                       u"--alert-critical"_s, u"pager@example.test"_s});
        QVERIFY(!out.isEmpty());
        const QDir dir(out);
        QVERIFY(dir.exists(u"mta/postfix-mx1.example.test.cf"_s));
        QVERIFY(dir.exists(u"nginx/mta-sts.example.test.conf"_s));
        const QByteArray alert = read(dir.filePath(u"alert/expiry-alert.sh"_s));
        QVERIFY(alert.contains("NOTICE_ADDRESS='team@example.test'\n"));
        QVERIFY(alert.contains("CRITICAL_ADDRESS='pager@example.test'\n"));
        const QJsonObject shown = settings();
        QCOMPARE(shown.value(u"mta"_s).toString(), u"exim"_s);
        QCOMPARE(shown.value(u"alert-critical"_s).toString(), u"oncall@example.test"_s);
    }

    void invalidInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("rua scheme") << QStringList{u"--rua"_s, u"ftp://example.test/r"_s} << 1;
        QTest::newRow("rua address") << QStringList{u"--rua"_s, u"mailto:nobody"_s} << 1;
        QTest::newRow("alert") << QStringList{u"--alert-notice"_s, u"team"_s} << 1;
        QTest::newRow("mta") << QStringList{u"--mta"_s, u"sendmail"_s} << 2;
        QTest::newRow("hosting") << QStringList{u"--hosting"_s, u"ftp"_s} << 2;
        QTest::newRow("challenge") << QStringList{u"--mx-challenge"_s, u"tls-alpn"_s} << 2;
        QTest::newRow("rfc2136 host name")
            << QStringList{u"--mx-challenge"_s,   u"dns-rfc2136"_s, u"--rfc2136-server"_s,
                           u"ns1.example.test"_s, u"--tsig-key"_s,  u"acme"_s}
            << 1;
        QTest::newRow("tsig algorithm")
            << QStringList{u"--mx-challenge"_s,   u"dns-rfc2136"_s, u"--rfc2136-server"_s,
                           u"192.0.2.53"_s,       u"--tsig-key"_s,  u"acme"_s,
                           u"--tsig-algorithm"_s, u"hmac-md4"_s}
            << 1;
    }
    void invalidInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QJsonObject before = settings();
        const ToolRun run = cli(QStringList{u"engagement"_s, u"settings"_s, m_id} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(settings(), before);
    }

    // DNS-01: stored without any secret; the secret reaches only the 0600 credentials file of
    // the run that is given it.
    void dnsChallengeAndSecret()
    {
        const QJsonObject set = settings(
            {u"--policy-challenge"_s, u"dns-rfc2136"_s, u"--mx-challenge"_s, u"dns-rfc2136"_s,
             u"--rfc2136-server"_s, u"192.0.2.53"_s, u"--rfc2136-port"_s, u"5353"_s,
             u"--tsig-key"_s, u"acme-key"_s, u"--propagation-seconds"_s, u"30"_s});
        QCOMPARE(set.value(u"mx-challenge"_s).toString(), u"dns-rfc2136"_s);
        const QJsonObject r = set.value(u"rfc2136"_s).toObject();
        QCOMPARE(r.value(u"server"_s).toString(), u"192.0.2.53"_s);
        QCOMPARE(r.value(u"port"_s).toInt(), 5353);
        QCOMPARE(r.value(u"tsig-algorithm"_s).toString(), u"hmac-sha256"_s);

        const QByteArray secret = "c2VjcmV0LW9mLXRoZS1hY21lLWtleS1mb3ItdGVzdHM=";
        const QString secretFile = m_dir.filePath(u"tsig.secret"_s);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret + "\n");
        file.close();
        const QString ini = u"secrets/rfc2136-example.test.ini"_s;
        const QString placeholder = artifacts();
        QVERIFY(!placeholder.isEmpty());
        QVERIFY(read(QDir(placeholder).filePath(ini)).contains("REPLACE-WITH-TSIG-SECRET"));
        QVERIFY(read(QDir(placeholder).filePath(u"certbot/issue-mx1.example.test.sh"_s))
                    .contains("--dns-rfc2136 --dns-rfc2136-credentials "
                              "'/etc/letsencrypt/rfc2136-example.test.ini'"));
        const QString out = artifacts({u"--tsig-secret-file"_s, secretFile});
        QVERIFY(!out.isEmpty());
        const QString written = QDir(out).filePath(ini);
        QVERIFY(read(written).contains("dns_rfc2136_secret = " + secret + "\n"));
        QCOMPARE(QFileInfo(written).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!read(m_database).contains(secret));
        QCOMPARE(cli({u"artifacts"_s, u"write"_s, m_id, u"--out"_s, m_dir.filePath(u"bad"_s),
                      u"--tsig-secret-file"_s, m_dir.filePath(u"missing"_s)})
                     .exitCode,
                 2);
        settings({u"--policy-challenge"_s, u"webroot"_s, u"--mx-challenge"_s, u"standalone"_s});
    }

    // "" publishes no TLS-RPT record; "discovered" goes back to what discovery found.
    void ruaNoneAndDiscovered()
    {
        QVERIFY(settings({u"--rua"_s, u""_s}).value(u"rua"_s).toArray().isEmpty());
        QVERIFY(!bind().contains("_smtp._tls.example.test."));
        QVERIFY(settings({u"--rua"_s, u"discovered"_s}).value(u"rua"_s).isNull());
        QVERIFY(bind().contains("rua=mailto:tlsrpt@example.test\""));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "test_cli_settings.moc"

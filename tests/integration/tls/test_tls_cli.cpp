#include "TestEnv.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "services/EngagementService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using sts::test::PostfixLab;
using sts::test::runTool;
using sts::test::TestPki;

class TestTlsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void certInspect();
    void certInspectFailures();
    void csrForEngagement();
    void probeHost();

private:
    // As the login "eve": the actor the event log names is "stsdesk-cli (eve)".
    sts::test::ToolRun cli(const QStringList &args)
    {
        return runTool(sts::test::cliPath(), args, 60000, {}, {}, {u"USER=eve"_s});
    }
    QJsonObject json(const sts::test::ToolRun &run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }

    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    TestPki::Leaf m_good, m_expired;
};

void TestTlsCli::initTestCase()
{
    QVERIFY2(QFileInfo(sts::test::cliPath()).isExecutable(), "build stsdesk-cli first");
    m_lab = std::make_unique<sts::test::LabDir>(u"tcli"_s);
    QVERIFY(QDir().mkpath(m_lab->filePath(u"pki"_s)));
    m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
    QVERIFY(m_pki->isValid());
    m_good = m_pki->valid(u"mx1"_s, {u"mx1.lab.test"_s});
    m_expired = m_pki->expired(u"expired"_s, {u"mx1.lab.test"_s});
    QVERIFY(m_good.isValid() && m_expired.isValid());
    if (PostfixLab::unavailableReason().isEmpty()) {
        m_postfix = std::make_unique<PostfixLab>(m_lab->path());
        m_postfix->addListener(
            {u"good"_s, sts::test::freeTcpPort(), m_good.keyChainPath, true, false});
        m_postfix->addListener(
            {u"expired"_s, sts::test::freeTcpPort(), m_expired.keyChainPath, true, false});
        QString error;
        QVERIFY2(m_postfix->start(&error), qPrintable(error));
    }
}

void TestTlsCli::cleanupTestCase()
{
    if (m_postfix)
        m_postfix->stop();
}

void TestTlsCli::certInspect()
{
    const auto run = cli({u"cert"_s, u"inspect"_s, m_good.fullchainPath, u"--host"_s,
                          u"mx1.lab.test"_s, u"--ca-file"_s, m_pki->rootCertPath(), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject out = json(run);
    const QJsonArray certs = out.value(u"certificates"_s).toArray();
    QCOMPARE(certs.size(), 2);
    const QJsonObject leaf = certs[0].toObject();
    QCOMPARE(leaf.value(u"dnsNames"_s).toArray(), QJsonArray{u"mx1.lab.test"_s});
    QCOMPARE(leaf.value(u"sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(m_good.certDer, QCryptographicHash::Sha256).toHex());
    QCOMPARE(leaf.value(u"keyType"_s).toString(), u"ec"_s);
    QVERIFY(out.value(u"verification"_s).toObject().value(u"ok"_s).toBool());

    const auto text =
        cli({u"cert"_s, u"inspect"_s, m_good.certPath, u"--ca-file"_s, m_pki->rootCertPath()});
    QCOMPARE(text.exitCode, 1); // the leaf alone lacks its intermediate
    QVERIFY2(text.out.contains("Missing intermediate"), text.out.constData());
}

void TestTlsCli::certInspectFailures()
{
    const auto wrongHost =
        cli({u"cert"_s, u"inspect"_s, m_good.fullchainPath, u"--host"_s, u"mx2.lab.test"_s,
             u"--ca-file"_s, m_pki->rootCertPath(), u"--json"_s});
    QCOMPARE(wrongHost.exitCode, 1);
    QCOMPARE(json(wrongHost).value(u"verification"_s).toObject().value(u"resultType"_s).toString(),
             u"certificate-host-mismatch"_s);
    const auto expired = cli({u"cert"_s, u"inspect"_s, m_expired.fullchainPath, u"--ca-file"_s,
                              m_pki->rootCertPath(), u"--json"_s});
    QCOMPARE(expired.exitCode, 1);
    QCOMPARE(json(expired)
                 .value(u"certificates"_s)
                 .toArray()[0]
                 .toObject()
                 .value(u"expiryLevel"_s)
                 .toString(),
             u"expired"_s);
    QVERIFY(m_lab->writeFile(u"garbage.pem"_s, "this is not a certificate\n"));
    QCOMPARE(cli({u"cert"_s, u"inspect"_s, m_lab->filePath(u"garbage.pem"_s)}).exitCode, 1);
    QCOMPARE(cli({u"cert"_s, u"frobnicate"_s, m_good.certPath}).exitCode, 2);
}

void TestTlsCli::csrForEngagement()
{
    const QString db = m_lab->filePath(u"ws.sqlite"_s);
    const auto created =
        cli({u"engagement"_s, u"create"_s, u"--customer"_s, u"ACME"_s, u"--domain"_s,
             u"example.com"_s, u"--consultant"_s, u"Eve"_s, u"--database"_s, db, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const QString id = QString::number(json(created).value(u"id"_s).toInteger());
    const QString secrets = m_lab->filePath(u"secrets"_s);
    const auto run = cli({u"csr"_s, u"--engagement"_s, id, u"--hosts"_s,
                          u"mx1.example.com,mx2.example.com"_s, u"--out"_s, secrets, u"--next"_s,
                          u"--rsa"_s, u"2048"_s, u"--database"_s, db, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject out = json(run);
    for (const QString &which : {u"current"_s, u"next"_s}) {
        const QJsonObject key = out.value(which).toObject();
        const QString keyPath = key.value(u"keyPath"_s).toString();
        const QString csrPath = key.value(u"csrPath"_s).toString();
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        const auto verify =
            runTool(u"openssl"_s, {u"req"_s, u"-in"_s, csrPath, u"-verify"_s, u"-noout"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const auto text =
            runTool(u"openssl"_s, {u"req"_s, u"-in"_s, csrPath, u"-noout"_s, u"-text"_s});
        QVERIFY(text.out.contains("2048 bit"));
        QStringList sans;
        static const QRegularExpression dns(u"DNS:([^,\\s]+)"_s);
        for (auto it = dns.globalMatch(QString::fromUtf8(text.out)); it.hasNext();)
            sans.append(it.next().captured(1));
        QCOMPARE(sans, (QStringList{u"mx1.example.com"_s, u"mx2.example.com"_s}));
        const auto pub = runTool(
            u"openssl"_s, {u"pkey"_s, u"-in"_s, keyPath, u"-pubout"_s, u"-outform"_s, u"DER"_s});
        QCOMPARE(key.value(u"spkiSha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(pub.out, QCryptographicHash::Sha256).toHex());
    }
    // The event names the files and digests exactly as printed, by the actor rule of every event
    // (actorName(Face::Cli)); it named a bare "stsdesk-cli" before the key use case.
    {
        auto workspace = sts::openWorkspace(db, sts::Clock::system(), u"test"_s);
        QVERIFY(workspace.ok());
        auto logged = sts::EngagementService(*workspace).events(id.toLongLong());
        QVERIFY(logged.ok());
        QCOMPARE(logged->last().kind, u"tls.csr-created"_s);
        QCOMPARE(logged->last().actor, u"stsdesk-cli (eve)"_s);
        QCOMPARE(logged->last().payload, out);
    }
    QCOMPARE(cli({u"csr"_s, u"--engagement"_s, u"999"_s, u"--hosts"_s, u"mx.example.com"_s,
                  u"--database"_s, db})
                 .exitCode,
             1);
    QCOMPARE(cli({u"csr"_s, u"--engagement"_s, id, u"--hosts"_s, u"mx.example.com"_s, u"--rsa"_s,
                  u"1024"_s, u"--database"_s, db})
                 .exitCode,
             2);
}

void TestTlsCli::probeHost()
{
    if (!m_postfix)
        QSKIP(qPrintable(PostfixLab::unavailableReason()));
    auto probe = [&](const QString &scenario, const QStringList &extra) {
        return cli(QStringList{u"probe"_s, u"mx1.lab.test"_s, u"--connect"_s, u"127.0.0.1"_s,
                               u"--port"_s, QString::number(m_postfix->port(scenario)),
                               u"--ca-file"_s, m_pki->rootCertPath(), u"--timeout"_s, u"10"_s,
                               u"--json"_s} +
                   extra);
    };
    const auto good = probe(u"good"_s, {});
    QVERIFY2(good.exitCode == 0, qPrintable(good.describe()));
    const QJsonObject first = json(good).value(u"addresses"_s).toArray()[0].toObject();
    QCOMPARE(first.value(u"verdict"_s).toString(), u"ok"_s);
    QCOMPARE(
        first.value(u"chain"_s).toArray()[0].toObject().value(u"sha256"_s).toString().toLatin1(),
        QCryptographicHash::hash(m_good.certDer, QCryptographicHash::Sha256).toHex());

    const auto expired = probe(u"expired"_s, {});
    QCOMPARE(expired.exitCode, 1);
    QCOMPARE(
        json(expired).value(u"addresses"_s).toArray()[0].toObject().value(u"verdict"_s).toString(),
        u"certificate-expired"_s);

    const QString wrongDigest = u"3 1 1 "_s + QString(64, u'a');
    const auto tlsa = probe(u"good"_s, {u"--tlsa"_s, wrongDigest});
    QCOMPARE(tlsa.exitCode, 1);
    QCOMPARE(
        json(tlsa).value(u"addresses"_s).toArray()[0].toObject().value(u"verdict"_s).toString(),
        u"tlsa-invalid"_s);
    QCOMPARE(cli({u"probe"_s}).exitCode, 2);
    QCOMPARE(cli({u"probe"_s, u"mx1.lab.test"_s, u"--connect"_s, u"not-an-ip"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestTlsCli)
#include "test_tls_cli.moc"

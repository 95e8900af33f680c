// `stsdesk-cli probe DOMAIN` without --mx: the MX hosts, their addresses and secure TLSA records
// come from discovery against the DNS lab, the servers are real Postfix listeners at those
// loopback addresses. insecure.test (see DnsLab.h) has MX 10 mail.insecure.test (127.0.0.4,
// unsigned zone: its TLSA must be ignored) and MX 20 mx1.secure.test (127.0.0.1 and ::1,
// signed zone with a secure TLSA RRset that matches no real key: DANE applies and fails).
#include "TestEnv.h"
#include "dnslab/DnsLab.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "services/ProbeService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using sts::test::PostfixLab;
using sts::test::runTool;
using sts::test::TestPki;

class TestProbeDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeDomainThroughDiscovery();
    void explicitMxStillWins();
    void nullMxAndUnknownDomain();
    void engagementProbeIsStored();

private:
    sts::test::ToolRun cli(const QStringList &args)
    {
        return runTool(sts::test::cliPath(), args, 120000);
    }
    QStringList discoveryArgs() const
    {
        return {u"--resolver"_s,     m_dns->resolverSpec(),
                u"--trust-anchor"_s, m_dns->trustAnchorFile(),
                u"--ca-file"_s,      m_pki->rootCertPath(),
                u"--port"_s,         QString::number(m_port),
                u"--timeout"_s,      u"10"_s,
                u"--json"_s};
    }
    static QJsonObject find(const QJsonArray &addresses, const QString &host,
                            const QString &address)
    {
        for (const QJsonValue &v : addresses)
            if (v[u"host"_s].toString() == host && v[u"address"_s].toString() == address)
                return v.toObject();
        return {};
    }

    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<sts::test::DnsLab> m_dns;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    quint16 m_port = 0;
};

void TestProbeDiscovery::initTestCase()
{
    QVERIFY2(QFileInfo(sts::test::cliPath()).isExecutable(), "build stsdesk-cli first");
    if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QString missing;
    if (!sts::test::DnsLab::toolsAvailable(&missing, false))
        QSKIP(qPrintable(u"missing tools: "_s + missing));
    m_dns = std::make_unique<sts::test::DnsLab>();
    QString error;
    QVERIFY2(m_dns->start(&error), qPrintable(error));

    m_lab = std::make_unique<sts::test::LabDir>(u"tpd"_s);
    QVERIFY(QDir().mkpath(m_lab->filePath(u"pki"_s)));
    m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
    QVERIFY(m_pki->isValid());
    const TestPki::Leaf good = m_pki->valid(u"mail"_s, {u"mail.insecure.test"_s});
    const TestPki::Leaf wrong = m_pki->valid(u"wrong"_s, {u"other.insecure.test"_s});
    QVERIFY(good.isValid() && wrong.isValid());
    // One port, two loopback addresses: the way one domain's MX hosts share port 25.
    m_port = sts::test::freeTcpPort();
    m_postfix = std::make_unique<PostfixLab>(m_lab->path());
    PostfixLab::Listener mail{u"mail"_s, m_port, good.keyChainPath, true, false};
    mail.address = u"127.0.0.4"_s;
    m_postfix->addListener(mail);
    m_postfix->addListener({u"mx1"_s, m_port, wrong.keyChainPath, true, false});
    QVERIFY2(m_postfix->start(&error), qPrintable(error));
}

void TestProbeDiscovery::cleanupTestCase()
{
    if (m_postfix)
        m_postfix->stop();
}

void TestProbeDiscovery::probeDomainThroughDiscovery()
{
    const auto run = cli(QStringList{u"probe"_s, u"insecure.test"_s} + discoveryArgs());
    QCOMPARE(run.exitCode, 1); // mx1.secure.test fails
    const QJsonArray addresses =
        QJsonDocument::fromJson(run.out).object().value(u"addresses"_s).toArray();
    QVERIFY2(!addresses.isEmpty(), qPrintable(run.describe()));

    const QJsonObject mail = find(addresses, u"mail.insecure.test"_s, u"127.0.0.4"_s);
    QVERIFY2(!mail.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(mail.value(u"port"_s).toInt(), int(m_port));
    QCOMPARE(mail.value(u"verdict"_s).toString(), u"ok"_s);
    // The zone is unsigned, so its TLSA record does not count (RFC 7672 §2.2).
    QVERIFY(!mail.contains(u"dane"_s));

    const QJsonObject mx1 = find(addresses, u"mx1.secure.test"_s, u"127.0.0.1"_s);
    QVERIFY2(!mx1.isEmpty(), qPrintable(run.describe()));
    QVERIFY(mx1.value(u"tlsEstablished"_s).toBool());
    QCOMPARE(mx1.value(u"pkix"_s).toObject().value(u"nameMatches"_s).toBool(true), false);
    QCOMPARE(mx1.value(u"pkix"_s).toObject().value(u"resultType"_s).toString(),
             u"certificate-host-mismatch"_s);
    // Secure TLSA: DANE decides, and the lab's digest matches no key.
    QVERIFY(mx1.contains(u"dane"_s));
    QCOMPARE(mx1.value(u"verdict"_s).toString(), u"tlsa-invalid"_s);
    // Every address discovery found is probed, IPv6 too (nothing listens on [::1] here).
    QVERIFY(!find(addresses, u"mx1.secure.test"_s, u"::1"_s).isEmpty());
    QCOMPARE(addresses.size(), 3);
}

void TestProbeDiscovery::explicitMxStillWins()
{
    const auto run = cli(QStringList{u"probe"_s, u"insecure.test"_s, u"--mx"_s,
                                     u"mail.insecure.test"_s, u"--connect"_s, u"127.0.0.4"_s} +
                         discoveryArgs());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray addresses =
        QJsonDocument::fromJson(run.out).object().value(u"addresses"_s).toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses[0][u"verdict"_s].toString(), u"ok"_s);
}

void TestProbeDiscovery::nullMxAndUnknownDomain()
{
    const auto nullMx = cli(QStringList{u"probe"_s, u"nullmx.secure.test"_s} + discoveryArgs());
    QCOMPARE(nullMx.exitCode, 1);
    QVERIFY2(nullMx.err.contains("null MX"), qPrintable(nullMx.describe()));
    const auto badName = cli(QStringList{u"probe"_s, u"a..b"_s} + discoveryArgs());
    QCOMPARE(badName.exitCode, 2);
}

// `probe --engagement ID` probes the addresses of the engagement's stored discovery and stores
// the results through ProbeService, as the wizard's pre-flight page does (it stored nothing).
void TestProbeDiscovery::engagementProbeIsStored()
{
    const QString db = m_lab->filePath(u"ws.sqlite"_s);
    const auto created =
        cli({u"engagement"_s, u"create"_s, u"--customer"_s, u"ACME"_s, u"--domain"_s,
             u"insecure.test"_s, u"--consultant"_s, u"Eve"_s, u"--database"_s, db, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const qint64 id = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
    const QString idText = QString::number(id);

    // No discovery yet: nothing to probe, and said so.
    const auto early = cli({u"probe"_s, u"--engagement"_s, idText, u"--database"_s, db});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("discover"), qPrintable(early.describe()));
    // A domain or --mx beside --engagement is a usage error.
    QCOMPARE(cli({u"probe"_s, u"insecure.test"_s, u"--engagement"_s, idText, u"--database"_s, db})
                 .exitCode,
             2);

    const auto discovered =
        cli({u"discover"_s, u"--engagement"_s, idText, u"--resolver"_s, m_dns->resolverSpec(),
             u"--trust-anchor"_s, m_dns->trustAnchorFile(), u"--database"_s, db, u"--json"_s});
    QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.describe()));
    const auto run = cli({u"probe"_s, u"--engagement"_s, idText, u"--ca-file"_s,
                          m_pki->rootCertPath(), u"--port"_s, QString::number(m_port),
                          u"--timeout"_s, u"10"_s, u"--database"_s, db, u"--json"_s});
    QCOMPARE(run.exitCode, 1); // mx1.secure.test fails, as in probeDomainThroughDiscovery
    const QJsonArray addresses =
        QJsonDocument::fromJson(run.out).object().value(u"addresses"_s).toArray();
    QCOMPARE(addresses.size(), 3);

    auto workspace = sts::openWorkspace(db, sts::Clock::system(), u"test"_s);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().describe()));
    auto stored = sts::ProbeService(*workspace).latest(id);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().describe()));
    QCOMPARE(stored->size(), addresses.size());
    bool sawMail = false;
    for (const sts::StoredProbe &probe : *stored) {
        QCOMPARE(probe.protocol, u"smtp"_s);
        QCOMPARE(probe.port, int(m_port));
        if (probe.host == u"mail.insecure.test"_s && probe.address == u"127.0.0.4"_s) {
            sawMail = true;
            QCOMPARE(probe.verdict, u"ok"_s);
            QVERIFY(!probe.leafSpkiSha256.isEmpty());
            QCOMPARE(probe.detail, find(addresses, probe.host, probe.address));
            // The BSI evidence the runbook takes: old protocols refused, the suite rated.
            const QJsonArray legacy = probe.detail.value(u"legacyProtocols"_s).toArray();
            QCOMPARE(legacy.size(), 2);
            for (const QJsonValue &check : legacy)
                QCOMPARE(check[u"outcome"_s].toString(), u"refused"_s);
            QCOMPARE(probe.detail[u"bsi"_s][u"rating"_s].toString(), u"recommended"_s);
        }
    }
    QVERIFY(sawMail);

    // Without --json: the same evidence in words, and stored again.
    const auto text =
        cli({u"probe"_s, u"--engagement"_s, idText, u"--ca-file"_s, m_pki->rootCertPath(),
             u"--port"_s, QString::number(m_port), u"--timeout"_s, u"10"_s, u"--database"_s, db});
    QVERIFY2(text.out.contains("Old protocols: TLSv1 refused, TLSv1.1 refused"),
             qPrintable(text.describe()));
    QVERIFY2(text.out.contains("BSI TR-02102-2 (2025-01): recommended (TLS_AES_"),
             qPrintable(text.describe()));
    QVERIFY2(text.err.contains("Stored 3 probe result"), qPrintable(text.describe()));
    auto history = sts::storage::ProbeRepository(workspace->database).history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 6);
}

QTEST_GUILESS_MAIN(TestProbeDiscovery)
#include "test_probe_discovery.moc"

#include "HostileSmtpServer.h"
#include "TestEnv.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "probe/ProbeTask.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::tls;
using sts::test::PostfixLab;
using sts::test::TestPki;

namespace {

struct ProbeStep
{
    qint64 done = 0;
    qint64 total = 0;
    QString address;
};

// probeTargets() for tests that expect a report (it fails only when called inside a loop).
ProbeReport probeAll(const QList<ProbeTarget> &targets, const ProbeOptions &options)
{
    Result<ProbeReport> report = probeTargets(targets, options);
    if (!report)
        qFatal("%s", qPrintable(report.error().describe()));
    return *report;
}

} // namespace

class TestStarttlsProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scenarioVerdicts_data();
    void scenarioVerdicts();
    void goodSessionDetails();
    void ipv4AndIpv6Addresses();
    void daneMatchAndMismatch();
    void hostileServersEndCleanly_data();
    void hostileServersEndCleanly();
    void connectionRefused();
    void cancelStopsEverything();
    void tokenCancelsATask();
    void eachAddressIsAProgressStep();
    void refusesToNestInARunningLoop();
    void httpsPolicyHost();
    void legacyProtocolsRefused();
    void legacyProtocolsAccepted();

private:
    ProbeOptions options() const;
    AddressProbe probeOne(const QString &scenario, const QList<sts::dane::TlsaRecord> &tlsa = {});
    QString sClientVerdict(quint16 port);
    QString postTlsFingerVerdict(quint16 port);
    bool sClientAgrees(quint16 port, const QString &versionFlag);

    std::unique_ptr<sts::test::LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    QHash<QString, TestPki::Leaf> m_leaves;
    bool m_ipv6 = false;
};

ProbeOptions TestStarttlsProbe::options() const
{
    ProbeOptions o;
    o.trust = TrustSettings::fromCaFile(m_pki->rootCertPath());
    o.connectTimeoutMs = 5000;
    o.bannerTimeoutMs = 1500;
    o.commandTimeoutMs = 1500;
    o.handshakeTimeoutMs = 5000;
    o.quitTimeoutMs = 1000;
    return o;
}

void TestStarttlsProbe::initTestCase()
{
    if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_lab = std::make_unique<sts::test::LabDir>(u"pf"_s);
    QVERIFY(m_lab->isValid());
    QVERIFY(QDir().mkpath(m_lab->filePath(u"pki"_s)));
    m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_leaves[u"good"_s] = m_pki->valid(u"mx1"_s, {u"mx1.lab.test"_s});
    m_leaves[u"expired"_s] = m_pki->expired(u"expired"_s, {u"mx1.lab.test"_s});
    m_leaves[u"wrongname"_s] = m_pki->valid(u"wrongname"_s, {u"other.lab.test"_s});
    m_leaves[u"policy"_s] = m_pki->valid(u"policy"_s, {u"mta-sts.lab.test"_s});
    for (const auto &leaf : std::as_const(m_leaves))
        QVERIFY(leaf.isValid());

    m_ipv6 = PostfixLab::haveIpv6Loopback();
    m_postfix = std::make_unique<PostfixLab>(m_lab->path());
    auto listen = [&](const QString &name, const QString &chain, bool starttls, bool v6) {
        m_postfix->addListener({name, sts::test::freeTcpPort(), chain, starttls, v6});
    };
    listen(u"good"_s, m_leaves[u"good"_s].keyChainPath, true, m_ipv6);
    listen(u"expired"_s, m_leaves[u"expired"_s].keyChainPath, true, false);
    listen(u"wrongname"_s, m_leaves[u"wrongname"_s].keyChainPath, true, false);
    listen(u"nointermediate"_s, m_leaves[u"good"_s].keyLeafPath, true, false);
    listen(u"nostarttls"_s, QString(), false, false);
    PostfixLab::Listener legacy{u"legacy"_s, sts::test::freeTcpPort(),
                                m_leaves[u"good"_s].keyChainPath, true, false};
    legacy.legacyTls = true;
    m_postfix->addListener(legacy);
    QString error;
    QVERIFY2(m_postfix->start(&error), qPrintable(error));
}

void TestStarttlsProbe::cleanupTestCase()
{
    if (m_postfix)
        m_postfix->stop();
}

AddressProbe TestStarttlsProbe::probeOne(const QString &scenario,
                                         const QList<sts::dane::TlsaRecord> &tlsa)
{
    ProbeOptions o = options();
    o.smtpPort = m_postfix->port(scenario);
    ProbeTarget target = ProbeTarget::smtp(u"mx1.lab.test"_s, {QHostAddress::LocalHost});
    target.tlsa = tlsa;
    const ProbeReport report = probeAll({target}, o);
    return report.addresses.value(0);
}

// The verdict `openssl s_client -verify_return_error` reaches on the same server.
QString TestStarttlsProbe::sClientVerdict(quint16 port)
{
    const auto run = sts::test::runTool(
        u"openssl"_s,
        {u"s_client"_s, u"-starttls"_s, u"smtp"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port),
         u"-CAfile"_s, m_pki->rootCertPath(), u"-verify_hostname"_s, u"mx1.lab.test"_s,
         u"-servername"_s, u"mx1.lab.test"_s, u"-verify_return_error"_s},
        15000, "QUIT\n");
    const QByteArray all = run.out + run.err;
    if (run.exitCode == 0 && all.contains("Verification: OK"))
        return u"ok"_s;
    if (all.contains("certificate has expired"))
        return u"certificate-expired"_s;
    if (all.contains("hostname mismatch"))
        return u"certificate-host-mismatch"_s;
    if (all.contains("unable to get local issuer certificate"))
        return u"certificate-not-trusted"_s;
    if (all.contains("Didn't find STARTTLS"))
        return u"starttls-not-supported"_s;
    return u"unclassified: "_s + QString::fromUtf8(all.left(400));
}

// The same question put to Postfix's own client (it exits 0 regardless: read its output).
QString TestStarttlsProbe::postTlsFingerVerdict(quint16 port)
{
    const auto run =
        sts::test::runTool(u"posttls-finger"_s,
                           {u"-c"_s, u"-l"_s, u"secure"_s, u"-F"_s, m_pki->rootCertPath(),
                            u"[127.0.0.1]:%1"_s.arg(port), u"mx1.lab.test"_s},
                           20000, {}, {}, {u"MAIL_CONFIG="_s + m_postfix->configDir()});
    const QByteArray all = run.out + run.err;
    if (all.contains("Verified TLS connection"))
        return u"ok"_s;
    if (all.contains("certificate has expired"))
        return u"certificate-expired"_s;
    if (all.contains("hostname mismatch"))
        return u"certificate-host-mismatch"_s;
    if (all.contains("untrusted issuer"))
        return u"certificate-not-trusted"_s;
    if (all.trimmed().isEmpty())
        return u"starttls-not-supported"_s;
    return u"unclassified: "_s + QString::fromUtf8(all.left(400));
}

void TestStarttlsProbe::scenarioVerdicts_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *name : {"good", "expired", "wrongname", "nointermediate", "nostarttls"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestStarttlsProbe::scenarioVerdicts()
{
    QFETCH(QString, scenario);
    const quint16 port = m_postfix->port(scenario);
    const AddressProbe ours = probeOne(scenario);
    QVERIFY2(ours.errorCode.isEmpty() || ours.verdict() != u"error"_s, qPrintable(ours.error));
    const QString openssl = sClientVerdict(port);
    QCOMPARE(ours.verdict(), openssl);
    if (sts::test::haveProgram(u"posttls-finger"_s))
        QCOMPARE(ours.verdict(), postTlsFingerVerdict(port));
    if (scenario == u"nointermediate"_s) {
        QCOMPARE(ours.chain.size(), 1);
        QVERIFY(ours.verification.missingIntermediate);
    }
    if (scenario == u"nostarttls"_s) {
        QVERIFY(!ours.starttlsOffered);
        QVERIFY(!ours.ehlo.isEmpty());
    }
}

void TestStarttlsProbe::goodSessionDetails()
{
    const AddressProbe good = probeOne(u"good"_s);
    QCOMPARE(good.verdict(), u"ok"_s);
    QCOMPARE(good.banner.value(0), u"mx1.lab.test ESMTP lab"_s); // smtpd_banner in main.cf
    QVERIFY(good.starttlsOffered);
    QCOMPARE(good.chain.size(), 2);
    QCOMPARE(good.chain.leaf().sha256(),
             sts::tls::Certificate::fromPem(m_leaves[u"good"_s].certPem)->sha256());
    QVERIFY(good.tlsProtocol.startsWith(u"TLSv1."_s));
    QVERIFY(!good.cipher.isEmpty());
    // posttls-finger names the same protocol on the same server.
    const auto finger =
        sts::test::runTool(u"posttls-finger"_s,
                           {u"-c"_s, u"-l"_s, u"secure"_s, u"-F"_s, m_pki->rootCertPath(),
                            u"[127.0.0.1]:%1"_s.arg(m_postfix->port(u"good"_s)), u"mx1.lab.test"_s},
                           20000, {}, {}, {u"MAIL_CONFIG="_s + m_postfix->configDir()});
    QVERIFY2(
        finger.out.contains(good.tlsProtocol.toLatin1() + " with cipher " + good.cipher.toLatin1()),
        finger.out.constData());
    const QJsonObject json = good.toJson();
    QCOMPARE(json.value(u"verdict"_s).toString(), u"ok"_s);
    QCOMPARE(json.value(u"chain"_s).toArray().size(), 2);
}

void TestStarttlsProbe::ipv4AndIpv6Addresses()
{
    if (!m_ipv6)
        QSKIP("no IPv6 loopback here");
    ProbeOptions o = options();
    o.smtpPort = m_postfix->port(u"good"_s);
    const ProbeReport report =
        probeAll({ProbeTarget::smtp(u"mx1.lab.test"_s,
                                    {QHostAddress::LocalHost, QHostAddress::LocalHostIPv6})},
                 o);
    QCOMPARE(report.addresses.size(), 2);
    QStringList addresses;
    for (const AddressProbe &a : report.addresses) {
        QCOMPARE(a.verdict(), u"ok"_s);
        addresses.append(a.address);
    }
    addresses.sort();
    QCOMPARE(addresses, (QStringList{u"127.0.0.1"_s, u"::1"_s}));
    QVERIFY(report.allOk());
}

void TestStarttlsProbe::daneMatchAndMismatch()
{
    using namespace sts::dane;
    auto cert = [&](const QString &name) {
        return sts::tls::Certificate::fromPem(m_leaves[name].certPem).value();
    };
    const TlsaRecord good = TlsaRecord::fromCertificate(cert(u"good"_s), Usage::DaneEe,
                                                        Selector::Spki, MatchingType::Sha256);
    const TlsaRecord other = TlsaRecord::fromCertificate(cert(u"wrongname"_s), Usage::DaneEe,
                                                         Selector::Spki, MatchingType::Sha256);
    const AddressProbe matched = probeOne(u"good"_s, {good});
    QCOMPARE(matched.verdict(), u"ok"_s);
    QVERIFY(matched.dane && matched.dane->matched);
    const AddressProbe mismatched = probeOne(u"good"_s, {other});
    QCOMPARE(mismatched.verdict(), u"tlsa-invalid"_s);
    // DANE-EE ignores expiry: the expired server with its own 3 1 1 passes for a DANE sender.
    const TlsaRecord expired = TlsaRecord::fromCertificate(cert(u"expired"_s), Usage::DaneEe,
                                                           Selector::Spki, MatchingType::Sha256);
    const AddressProbe daneExpired = probeOne(u"expired"_s, {expired});
    QCOMPARE(daneExpired.verdict(), u"ok"_s);
    QCOMPARE(daneExpired.verification.failureType(), u"certificate-expired"_s);
}

void TestStarttlsProbe::hostileServersEndCleanly_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("garbage banner") << int(HostileSmtpServer::Mode::GarbageBanner) << u"protocol"_s;
    QTest::newRow("1 MB line") << int(HostileSmtpServer::Mode::HugeLine) << u"line-too-long"_s;
    QTest::newRow("stall") << int(HostileSmtpServer::Mode::Stall) << u"timeout"_s;
    QTest::newRow("stall after EHLO")
        << int(HostileSmtpServer::Mode::StallAfterEhlo) << u"timeout"_s;
    QTest::newRow("data after STARTTLS")
        << int(HostileSmtpServer::Mode::DataAfterStarttls) << u"protocol"_s;
}

void TestStarttlsProbe::hostileServersEndCleanly()
{
    QFETCH(int, mode);
    QFETCH(QString, errorCode);
    HostileSmtpServer server{HostileSmtpServer::Mode(mode)};
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ProbeOptions o = options();
    o.smtpPort = server.serverPort();
    const ProbeReport report =
        probeAll({ProbeTarget::smtp(u"hostile.lab.test"_s, {QHostAddress::LocalHost})}, o);
    QCOMPARE(report.addresses.size(), 1);
    const AddressProbe &probe = report.addresses.first();
    QCOMPARE(probe.errorCode, errorCode);
    QCOMPARE(probe.verdict(), u"error"_s);
    QVERIFY(!probe.error.isEmpty());
}

void TestStarttlsProbe::connectionRefused()
{
    ProbeOptions o = options();
    o.smtpPort = sts::test::freeTcpPort(); // nobody listens there any more
    const ProbeReport report =
        probeAll({ProbeTarget::smtp(u"mx1.lab.test"_s, {QHostAddress::LocalHost})}, o);
    QCOMPARE(report.addresses.value(0).errorCode, u"refused"_s);
    QVERIFY(!report.allOk());
}

void TestStarttlsProbe::cancelStopsEverything()
{
    HostileSmtpServer server{HostileSmtpServer::Mode::Stall};
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ProbeOptions o = options();
    o.smtpPort = server.serverPort();
    o.bannerTimeoutMs = 600000; // only cancel() can end these
    o.maxConcurrent = 2;
    StarttlsProbe probe(o);
    QSignalSpy finished(&probe, &StarttlsProbe::finished);
    QList<ProbeTarget> targets;
    for (int i = 0; i < 5; ++i)
        targets.append(ProbeTarget::smtp(u"mx%1.lab.test"_s.arg(i), {QHostAddress::LocalHost}));
    probe.start(targets);
    QVERIFY(sts::test::waitUntil([&] { return server.findChildren<QTcpSocket *>().size() >= 2; },
                                 10000));
    QVERIFY(probe.isRunning());
    probe.cancel();
    QVERIFY(finished.wait(5000) || finished.count() == 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(probe.report().cancelled);
    QCOMPARE(probe.report().addresses.size(), 5);
    for (const AddressProbe &a : probe.report().addresses)
        QCOMPARE(a.errorCode, u"cancelled"_s);
}

void TestStarttlsProbe::tokenCancelsATask()
{
    HostileSmtpServer server{HostileSmtpServer::Mode::Stall};
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ProbeOptions o = options();
    o.smtpPort = server.serverPort();
    o.bannerTimeoutMs = 600000; // only the token can end these
    o.maxConcurrent = 2;
    QList<ProbeTarget> targets;
    for (int i = 0; i < 5; ++i)
        targets.append(ProbeTarget::smtp(u"mx%1.lab.test"_s.arg(i), {QHostAddress::LocalHost}));
    CancelToken cancel;
    // Fires inside the probe's loop, as a cancel from the GUI thread reaches a worker's probe.
    QTimer timer;
    timer.callOnTimeout([&] {
        if (server.findChildren<QTcpSocket *>().size() >= 2)
            cancel.cancel();
    });
    timer.start(20);
    const Result<ProbeReport> stopped = probeTargets(targets, o, cancel);
    // Cancelled before it starts: nothing is probed.
    const Result<ProbeReport> early = probeTargets(targets, o, cancel);
    for (const Result<ProbeReport> *report : {&stopped, &early}) {
        QVERIFY(*report);
        QVERIFY((*report)->cancelled);
        QCOMPARE((*report)->addresses.size(), 5);
        for (const AddressProbe &a : (*report)->addresses)
            QCOMPARE(a.errorCode, u"cancelled"_s);
    }
}

void TestStarttlsProbe::eachAddressIsAProgressStep()
{
    ProbeOptions o = options();
    o.smtpPort = sts::test::freeTcpPort(); // refused at once
    QList<ProbeStep> steps;
    const Progress progress([&steps](const ProgressStep &step) {
        steps.append({step.done, step.total, step.detail.value<AddressProbe>().address});
    });
    const Result<ProbeReport> report =
        probeTargets({ProbeTarget::smtp(u"mx1.lab.test"_s,
                                        {QHostAddress::LocalHost, QHostAddress(u"127.0.0.2"_s)})},
                     o, {}, progress);
    QVERIFY(report);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].done, 1);
    QCOMPARE(steps[1].done, 2);
    QCOMPARE(steps[1].total, 2);
    QStringList seen{steps[0].address, steps[1].address};
    seen.sort();
    QCOMPARE(seen, (QStringList{u"127.0.0.1"_s, u"127.0.0.2"_s}));
}

void TestStarttlsProbe::refusesToNestInARunningLoop()
{
    std::optional<Result<ProbeReport>> report;
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        report = probeTargets({ProbeTarget::smtp(u"mx1.lab.test"_s, {QHostAddress::LocalHost})},
                              options());
        loop.quit();
    });
    loop.exec();
    QVERIFY(report.has_value());
    QVERIFY(!*report);
    QCOMPARE(report->error().code, u"probe.nested-event-loop"_s);
}

void TestStarttlsProbe::httpsPolicyHost()
{
    const quint16 port = sts::test::freeTcpPort();
    QProcess server;
    server.start(u"openssl"_s,
                 {u"s_server"_s, u"-accept"_s, u"127.0.0.1:%1"_s.arg(port), u"-cert"_s,
                  m_leaves[u"policy"_s].certPath, u"-key"_s, m_leaves[u"policy"_s].keyPath,
                  u"-cert_chain"_s, m_pki->intermediateCertPath(), u"-www"_s, u"-quiet"_s});
    QVERIFY(server.waitForStarted(5000));
    auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    QVERIFY(sts::test::waitUntil(
        [&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        },
        10000));
    ProbeOptions o = options();
    o.httpsPort = port;
    const ProbeReport good =
        probeAll({ProbeTarget::policyHost(u"lab.test"_s, {QHostAddress::LocalHost})}, o);
    QCOMPARE(good.addresses.value(0).verdict(), u"ok"_s);
    QCOMPARE(good.addresses.value(0).chain.size(), 2);
    const ProbeReport other =
        probeAll({ProbeTarget::policyHost(u"other.test"_s, {QHostAddress::LocalHost})}, o);
    QCOMPARE(other.addresses.value(0).verdict(), u"certificate-host-mismatch"_s);
}

// Whether `openssl s_client` gets a handshake with only this version (-tls1, -tls1_1) offered.
bool TestStarttlsProbe::sClientAgrees(quint16 port, const QString &versionFlag)
{
    const auto run = sts::test::runTool(
        u"openssl"_s,
        {u"s_client"_s, u"-starttls"_s, u"smtp"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port),
         versionFlag, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s, u"-servername"_s, u"mx1.lab.test"_s},
        15000, "QUIT\n");
    return run.exitCode == 0 && !(run.out + run.err).contains("Cipher is (NONE)");
}

// Postfix refusing anything below TLS 1.2 (the lab's default, as TR-02102-2 asks): both retired
// versions are recorded as refused, with what the server said, next to the BSI rating of the
// suite negotiated.
void TestStarttlsProbe::legacyProtocolsRefused()
{
    const AddressProbe good = probeOne(u"good"_s);
    QCOMPARE(good.verdict(), u"ok"_s);
    QCOMPARE(good.legacyProtocols.size(), 2);
    QCOMPARE(good.legacyProtocols[0].protocol, u"TLSv1"_s);
    QCOMPARE(good.legacyProtocols[1].protocol, u"TLSv1.1"_s);
    for (const LegacyProtocolCheck &check : good.legacyProtocols) {
        QVERIFY2(check.outcome == LegacyProtocolCheck::Outcome::Refused, qPrintable(check.detail));
        QVERIFY(!check.detail.isEmpty());
        QVERIFY(check.cipher.isEmpty());
    }
    const quint16 port = m_postfix->port(u"good"_s);
    QVERIFY(!sClientAgrees(port, u"-tls1"_s));
    QVERIFY(!sClientAgrees(port, u"-tls1_1"_s));

    const QJsonObject json = good.toJson();
    const QJsonArray legacy = json.value(u"legacyProtocols"_s).toArray();
    QCOMPARE(legacy.size(), 2);
    QCOMPARE(legacy[0][u"protocol"_s].toString(), u"TLSv1"_s);
    QCOMPARE(legacy[0][u"outcome"_s].toString(), u"refused"_s);
    QCOMPARE(legacy[1][u"outcome"_s].toString(), u"refused"_s);
    const QJsonObject bsi = json.value(u"bsi"_s).toObject();
    QCOMPARE(bsi.value(u"rating"_s).toString(), u"recommended"_s); // TLS 1.3, AES-GCM
    QCOMPARE(bsi.value(u"suite"_s).toString(), good.cipher);
    QVERIFY(bsi.value(u"guideline"_s).toString().contains(u"TR-02102-2"_s));
}

// A listener that still speaks TLS 1.0 and 1.1: recorded as accepted, with the suite it chose,
// as openssl s_client sees it too.
void TestStarttlsProbe::legacyProtocolsAccepted()
{
    const AddressProbe old = probeOne(u"legacy"_s);
    QCOMPARE(old.verdict(), u"ok"_s); // the modern handshake still decides the verdict
    QCOMPARE(old.legacyProtocols.size(), 2);
    for (const LegacyProtocolCheck &check : old.legacyProtocols) {
        QVERIFY2(check.outcome == LegacyProtocolCheck::Outcome::Accepted,
                 qPrintable(check.protocol + u": "_s + check.detail));
        QVERIFY(!check.cipher.isEmpty());
    }
    const quint16 port = m_postfix->port(u"legacy"_s);
    QVERIFY(sClientAgrees(port, u"-tls1"_s));
    QVERIFY(sClientAgrees(port, u"-tls1_1"_s));
    QCOMPARE(old.toJson().value(u"legacyProtocols"_s).toArray()[1][u"outcome"_s].toString(),
             u"accepted"_s);
    // Turned off, no further connections are made and nothing is recorded.
    ProbeOptions o = options();
    o.smtpPort = port;
    o.checkLegacyProtocols = false;
    const ProbeReport report =
        probeAll({ProbeTarget::smtp(u"mx1.lab.test"_s, {QHostAddress::LocalHost})}, o);
    QVERIFY(report.addresses.value(0).legacyProtocols.isEmpty());
}

QTEST_GUILESS_MAIN(TestStarttlsProbe)
#include "test_starttls_probe.moc"

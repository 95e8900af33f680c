#include "deploy/NginxSite.h"
#include "deploy/StaticPagesBundle.h"
#include "mtasts/PolicyFetcher.h"
#include "mtasts/PolicyGenerator.h"
#include "mtasts/PublishedStateCheck.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"
#include "util/Task.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::mtasts;
using namespace sts::test;

// The generated nginx site, served by a real nginx with a test-CA certificate, fetched by our
// fetcher; plus deliberately broken variants of the policy host, selected by SNI.
class TestPolicyFetchNginx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void generatedSitePassesConfigTest();
    void fetchesGeneratedPolicy();
    void publishedStateMatches();
    void httpPortServesOnlyAcme();
    void brokenSetups_data();
    void brokenSetups();
    void untrustedWithoutCaFile();
    void cancelledBeforeStart();
    void cliFetch();

private:
    FetchOptions options() const;
    QByteArray brokenBlocks() const;

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxServer> m_nginx;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    PolicyVersion m_version;
    QByteArray m_siteBlocks;
    TestPki::Leaf m_good, m_wrongName, m_expired;
};

FetchOptions TestPolicyFetchNginx::options() const
{
    FetchOptions o;
    o.connectHost = u"127.0.0.1"_s;
    o.port = m_httpsPort;
    o.caFile = m_pki->rootCertPath();
    o.connectTimeoutMs = 5000;
    o.overallTimeoutMs = 15000;
    return o;
}

QByteArray TestPolicyFetchNginx::brokenBlocks() const
{
    const QByteArray listen = "listen 127.0.0.1:" + QByteArray::number(m_httpsPort) + " ssl;";
    const QByteArray good = "ssl_certificate " + m_good.fullchainPath.toUtf8() +
                            "; ssl_certificate_key " + m_good.keyPath.toUtf8() + ";";
    const auto server = [&](const QByteArray &name, const QByteArray &tls, const QByteArray &body) {
        return "server { " + listen + " server_name " + name + "; " + tls + " " + body + " }\n";
    };
    const QByteArray policyAt = "location = /.well-known/mta-sts.txt { root " +
                                m_lab->filePath(u"policy"_s).toUtf8() +
                                "; types { } default_type text/plain; }";
    return server("mta-sts.redir.lab.test", good,
                  "location / { return 301 https://mta-sts.lab.test/.well-known/mta-sts.txt; }") +
           server("mta-sts.missing.lab.test", good, "location / { return 404; }") +
           server("mta-sts.html.lab.test", good,
                  "location = /.well-known/mta-sts.txt { root " +
                      m_lab->filePath(u"policy"_s).toUtf8() +
                      "; types { } default_type text/html; }") +
           server("mta-sts.big.lab.test", good,
                  "location = /.well-known/mta-sts.txt { root " +
                      m_lab->filePath(u"big"_s).toUtf8() +
                      "; types { } default_type text/plain; }") +
           server("mta-sts.invalid.lab.test", good,
                  "location = /.well-known/mta-sts.txt { root " +
                      m_lab->filePath(u"invalid"_s).toUtf8() +
                      "; types { } default_type \"text/plain; charset=utf-8\"; }") +
           server("mta-sts.wrongname.lab.test",
                  "ssl_certificate " + m_wrongName.fullchainPath.toUtf8() +
                      "; ssl_certificate_key " + m_wrongName.keyPath.toUtf8() + ";",
                  policyAt) +
           server("mta-sts.expired.lab.test",
                  "ssl_certificate " + m_expired.fullchainPath.toUtf8() + "; ssl_certificate_key " +
                      m_expired.keyPath.toUtf8() + ";",
                  policyAt);
}

void TestPolicyFetchNginx::initTestCase()
{
    if (!NginxServer::available())
        QSKIP("nginx is not installed");
    m_lab = std::make_unique<LabDir>(u"mtasts"_s);
    QVERIFY(m_lab->isValid());
    QVERIFY(QDir().mkpath(m_lab->filePath(u"pki"_s)));
    m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_good = m_pki->valid(u"good"_s, {u"mta-sts.lab.test"_s, u"mta-sts.redir.lab.test"_s,
                                      u"mta-sts.missing.lab.test"_s, u"mta-sts.html.lab.test"_s,
                                      u"mta-sts.big.lab.test"_s, u"mta-sts.invalid.lab.test"_s});
    m_wrongName = m_pki->valid(u"wrongname"_s, {u"mta-sts.other.test"_s});
    m_expired = m_pki->expired(u"expired"_s, {u"mta-sts.expired.lab.test"_s});
    QVERIFY(m_good.isValid() && m_wrongName.isValid() && m_expired.isValid());

    const PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)));
    m_version = generator.testing(generator.suggestPatterns({u"mail.lab.test"_s}).patterns);
    QVERIFY(
        deploy::StaticPagesBundle::writeTo(m_lab->filePath(u"policy"_s), m_version.file()).ok());
    QVERIFY(m_lab->writeFile(u"big/.well-known/mta-sts.txt"_s,
                             m_version.file() + QByteArray(70 * 1024, '#')));
    QVERIFY(
        m_lab->writeFile(u"invalid/.well-known/mta-sts.txt"_s,
                         "version: STSv1\r\nmode: Enforce\r\nmx: mail.lab.test\r\nmax_age: 1\r\n"));
    QVERIFY(m_lab->writeFile(u"webroot/.well-known/acme-challenge/token1"_s, "token1.thumb"));

    m_httpsPort = freeTcpPort();
    m_httpPort = freeTcpPort();
    QVERIFY(m_httpsPort != 0 && m_httpPort != 0 && m_httpsPort != m_httpPort);
    deploy::NginxSiteOptions site;
    site.domain = u"lab.test"_s;
    site.certificatePath = m_good.fullchainPath;
    site.keyPath = m_good.keyPath;
    site.policyRoot = m_lab->filePath(u"policy"_s);
    site.acmeWebroot = m_lab->filePath(u"webroot"_s);
    site.httpsListen = {u"127.0.0.1:%1"_s.arg(m_httpsPort)};
    site.httpListen = {u"127.0.0.1:%1"_s.arg(m_httpPort)};
    m_siteBlocks = deploy::nginxServerBlocks(site);

    m_nginx = std::make_unique<NginxServer>(m_lab->filePath(u"nginx"_s));
    QVERIFY(m_nginx->writeConfig(m_siteBlocks + brokenBlocks()));
    const ToolRun check = m_nginx->configTest();
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    QVERIFY2(m_nginx->start(m_httpsPort), qPrintable(m_nginx->errorString()));
}

void TestPolicyFetchNginx::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
}

void TestPolicyFetchNginx::generatedSitePassesConfigTest()
{
    // The generated blocks alone (no test variants) must satisfy nginx -t.
    NginxServer alone(m_lab->filePath(u"alone"_s));
    QVERIFY(alone.writeConfig(m_siteBlocks));
    const ToolRun check = alone.configTest();
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    // And a broken variant must not: nginx -t really checks.
    QVERIFY(alone.writeConfig(m_siteBlocks + "server { listen nonsense; }\n"));
    QVERIFY(alone.configTest().exitCode != 0);
}

void TestPolicyFetchNginx::fetchesGeneratedPolicy()
{
    const FetchResult result = fetchPolicy(u"lab.test"_s, options());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->describe()));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, "text/plain"_ba);
    QCOMPARE(result.body, m_version.file());
    QVERIFY(result.parse.policy);
    QCOMPARE(*result.parse.policy, m_version.policy);
    QCOMPARE(result.url, u"https://mta-sts.lab.test/.well-known/mta-sts.txt"_s);

    // Run as a task (as a screen would), the same answer arrives on this thread.
    QObject owner;
    Task<FetchResult> task(new TaskRunner(&owner));
    std::optional<FetchResult> fromTask;
    task.start(
        [o = options()](const CancelToken &cancel, Progress &) -> Result<FetchResult> {
            return fetchPolicy(u"lab.test"_s, o, cancel);
        },
        [&fromTask](const Result<FetchResult> &r) { fromTask = *r; });
    QTRY_VERIFY(fromTask.has_value());
    QVERIFY(fromTask->ok());
    QCOMPARE(fromTask->body, m_version.file());
}

void TestPolicyFetchNginx::publishedStateMatches()
{
    PublishedStateInput input;
    input.txtRecords = {m_version.txt().toTxt(), "v=spf1 -all"_ba};
    input.expectedId = m_version.id;
    input.expectedPolicyFile = m_version.file();
    input.mxHosts = {u"mail.lab.test"_s};
    input.fetched = fetchPolicy(u"lab.test"_s, options());
    const PublishedState good = checkPublishedState(input);
    QVERIFY(good.ok);
    QVERIFY(good.problems.isEmpty());

    input.txtRecords = {"v=STSv1; id=20200101000000;"_ba};
    input.mxHosts = {u"mail.lab.test"_s, u"backup.lab.test"_s};
    QByteArray lf = m_version.file();
    input.expectedPolicyFile = lf.replace("\r\n", "\n");
    const PublishedState bad = checkPublishedState(input);
    QVERIFY(!bad.ok);
    QStringList codes;
    for (const Problem &p : bad.problems)
        codes.append(p.code);
    QCOMPARE(codes, (QStringList{u"live.id-mismatch"_s, u"live.policy-differs"_s,
                                 u"live.mx-unmatched"_s}));
}

void TestPolicyFetchNginx::httpPortServesOnlyAcme()
{
    if (!haveProgram(u"curl"_s))
        QSKIP("curl is not installed");
    const auto status = [](const QStringList &args) {
        const ToolRun run = runTool(u"curl"_s,
                                    QStringList{u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s,
                                                u"%{http_code}"_s, u"--max-time"_s, u"5"_s} +
                                        args,
                                    10000);
        return run.out;
    };
    const QString http = u"http://127.0.0.1:%1"_s.arg(m_httpPort);
    QCOMPARE(status({http + u"/.well-known/acme-challenge/token1"_s}), "200"_ba);
    QCOMPARE(status({http + u"/.well-known/mta-sts.txt"_s}), "404"_ba);
    QCOMPARE(status({http + u"/"_s}), "404"_ba);
    const QStringList tls{u"--cacert"_s, m_pki->rootCertPath(), u"--resolve"_s,
                          u"mta-sts.lab.test:%1:127.0.0.1"_s.arg(m_httpsPort)};
    const QString https = u"https://mta-sts.lab.test:%1"_s.arg(m_httpsPort);
    QCOMPARE(status(tls + QStringList{https + u"/.well-known/mta-sts.txt"_s}), "200"_ba);
    QCOMPARE(status(tls + QStringList{https + u"/"_s}), "404"_ba);
    QCOMPARE(status(tls + QStringList{https + u"/.well-known/_headers"_s}), "404"_ba);
    QCOMPARE(status(tls + QStringList{https + u"/.well-known/acme-challenge/token1"_s}), "404"_ba);
}

void TestPolicyFetchNginx::brokenSetups_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");

    QTest::newRow("redirect") << u"redir.lab.test"_s << u"sts-policy-fetch-error"_s << u"redirect"_s
                              << 301;
    QTest::newRow("404") << u"missing.lab.test"_s << u"sts-policy-fetch-error"_s << u"http-status"_s
                         << 404;
    QTest::newRow("text/html") << u"html.lab.test"_s << u"sts-policy-fetch-error"_s
                               << u"content-type"_s << 200;
    QTest::newRow("70 KiB") << u"big.lab.test"_s << u"sts-policy-fetch-error"_s << u"too-large"_s
                            << 200;
    QTest::newRow("invalid policy")
        << u"invalid.lab.test"_s << u"sts-policy-invalid"_s << u"policy-syntax"_s << 200;
    QTest::newRow("wrong certificate name")
        << u"wrongname.lab.test"_s << u"sts-webpki-invalid"_s << u"hostname-mismatch"_s << 0;
    QTest::newRow("expired certificate")
        << u"expired.lab.test"_s << u"sts-webpki-invalid"_s << u"expired"_s << 0;
}

void TestPolicyFetchNginx::brokenSetups()
{
    QFETCH(QString, domain);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    QFETCH(int, status);
    const FetchResult result = fetchPolicy(domain, options());
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, type);
    QVERIFY2(result.reason == reason, qPrintable(result.reason + u": "_s + result.error->message));
    QVERIFY(!result.error->message.isEmpty());
    QCOMPARE(result.httpStatus, status);
    if (reason == u"too-large"_s)
        QVERIFY(result.body.isEmpty()); // never a truncated body
}

void TestPolicyFetchNginx::untrustedWithoutCaFile()
{
    FetchOptions o = options();
    o.caFile.clear(); // the system store does not know the test root
    const FetchResult result = fetchPolicy(u"lab.test"_s, o);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, u"sts-webpki-invalid"_s);
    QCOMPARE(result.reason, u"untrusted"_s);
}

void TestPolicyFetchNginx::cancelledBeforeStart()
{
    CancelToken cancel;
    cancel.cancel();
    const FetchResult result = fetchPolicy(u"lab.test"_s, options(), cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.reason, u"cancelled"_s);
}

void TestPolicyFetchNginx::cliFetch()
{
    const QStringList common{u"--connect"_s, u"127.0.0.1:%1"_s.arg(m_httpsPort),
                             u"--ca-file"_s, m_pki->rootCertPath(),
                             u"--json"_s,    u"--timeout"_s,
                             u"20"_s};
    ToolRun run = runTool(cliPath(), QStringList{u"policy"_s, u"fetch"_s, u"lab.test"_s} + common);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"policy"_s).toObject().value(u"mode"_s).toString(), u"testing"_s);

    run = runTool(cliPath(), QStringList{u"policy"_s, u"fetch"_s, u"redir.lab.test"_s} + common);
    QCOMPARE(run.exitCode, 1);
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"resultType"_s).toString(), u"sts-policy-fetch-error"_s);
    QCOMPARE(json.value(u"reason"_s).toString(), u"redirect"_s);
    QCOMPARE(json.value(u"httpStatus"_s).toInt(), 301);
}

QTEST_GUILESS_MAIN(TestPolicyFetchNginx)
#include "test_policyfetch_nginx.moc"

// The Apache site for a customer-run server (deploy::apacheSiteConfig, what the "external"
// hosting writes to apache/), checked by its consumers: apache2 -t (what apache2ctl -t runs) and a
// real Apache serving it on loopback with a test-CA certificate, fetched by our policy fetcher;
// other paths and methods asked with curl.
#include "apache/ApacheServer.h"
#include "deploy/ApacheSite.h"
#include "mtasts/PolicyFetcher.h"
#include "mtasts/PolicyGenerator.h"
#include "pki/TestPki.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

namespace {
const QString kDomain = u"lab.test"_s;
const QString kHost = u"mta-sts.lab.test"_s;
} // namespace

class TestHostingApache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void configTestPasses();
    void servesThePolicyToOurFetcher();
    void otherPathsAre404();
    void otherMethodsAre405();
    void httpServesAcmeAndRedirectsTheRest();

private:
    deploy::ApacheSiteOptions site() const;
    // curl against the lab with the test CA; returns the status code (0: no answer).
    int status(const QString &url, const QStringList &extra = {}) const;

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<ApacheServer> m_apache;
    TestPki::Leaf m_leaf;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QByteArray m_policy;
};

deploy::ApacheSiteOptions TestHostingApache::site() const
{
    deploy::ApacheSiteOptions o;
    o.domain = kDomain;
    o.certificatePath = m_leaf.fullchainPath;
    o.keyPath = m_leaf.keyPath;
    o.policyRoot = m_lab->filePath(u"www"_s);
    o.acmeWebroot = m_lab->filePath(u"acme"_s);
    o.httpsPort = m_httpsPort;
    o.httpPort = m_httpPort;
    return o;
}

void TestHostingApache::initTestCase()
{
    if (!ApacheServer::available() || !haveProgram(u"curl"_s))
        QSKIP("apache2 (with mod_ssl) or curl is not installed");
    m_lab = std::make_unique<LabDir>(u"apache"_s);
    QVERIFY(m_lab->isValid());
    QVERIFY(QDir().mkpath(m_lab->filePath(u"pki"_s)));
    m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_leaf = m_pki->valid(u"web"_s, {kHost});
    QVERIFY(m_leaf.isValid());

    const mtasts::PolicyGenerator generator;
    m_policy = generator.testing(generator.suggestPatterns({u"mx1.lab.test"_s}).patterns).file();
    QVERIFY(m_lab->writeFile(u"www/.well-known/mta-sts.txt"_s, m_policy));
    QVERIFY(m_lab->writeFile(u"www/.well-known/secret.txt"_s, "not for senders\n"));
    QVERIFY(m_lab->writeFile(u"acme/.well-known/acme-challenge/token1"_s, "token1.thumb"));

    m_httpsPort = freeTcpPort();
    m_httpPort = freeTcpPort();
    m_apache = std::make_unique<ApacheServer>(m_lab->filePath(u"apache"_s));
    QVERIFY(m_apache->writeConfig(deploy::apacheSiteConfig(site()), {m_httpPort, m_httpsPort}));
    QVERIFY2(m_apache->start(m_httpsPort), qPrintable(m_apache->errorString()));
}

void TestHostingApache::cleanupTestCase()
{
    if (m_apache)
        m_apache->stop();
}

int TestHostingApache::status(const QString &url, const QStringList &extra) const
{
    const QUrl parsed(url);
    const ToolRun run =
        runTool(u"curl"_s,
                QStringList{u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s,
                            u"--cacert"_s, m_pki->rootCertPath(), u"--resolve"_s,
                            u"%1:%2:127.0.0.1"_s.arg(parsed.host()).arg(parsed.port())} +
                    extra + QStringList{url},
                15000);
    return run.out.trimmed().toInt();
}

void TestHostingApache::configTestPasses()
{
    const ToolRun run = m_apache->configTest();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // And a broken variant must not pass: apache2 -t really reads the site.
    ApacheServer broken(m_lab->filePath(u"broken"_s));
    QVERIFY(
        broken.writeConfig(deploy::apacheSiteConfig(site()) + "AllowMethods GET\n", {m_httpPort}));
    QVERIFY(broken.configTest().exitCode != 0);
}

void TestHostingApache::servesThePolicyToOurFetcher()
{
    mtasts::FetchOptions o;
    o.connectHost = u"127.0.0.1"_s;
    o.port = m_httpsPort;
    o.caFile = m_pki->rootCertPath();
    o.connectTimeoutMs = 5000;
    o.overallTimeoutMs = 15000;
    const mtasts::FetchResult result = mtasts::fetchPolicy(kDomain, o);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->describe()));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.contentType, "text/plain; charset=utf-8"_ba);
    QCOMPARE(result.body, m_policy);
    QVERIFY(result.parse.policy);
}

void TestHostingApache::otherPathsAre404()
{
    const QString base = u"https://%1:%2"_s.arg(kHost).arg(m_httpsPort);
    QCOMPARE(status(base + u"/.well-known/mta-sts.txt"_s), 200);
    for (const QString &path :
         {u"/"_s, u"/index.html"_s, u"/.well-known/"_s, u"/.well-known/secret.txt"_s,
          u"/.well-known/mta-sts.txt.bak"_s, u"/.well-known/mta-sts.txt/x"_s})
        QCOMPARE(status(base + path), 404);
}

void TestHostingApache::otherMethodsAre405()
{
    const QString url = u"https://%1:%2/.well-known/mta-sts.txt"_s.arg(kHost).arg(m_httpsPort);
    QCOMPARE(status(url, {u"-I"_s}), 200); // HEAD
    for (const QString &method : {u"POST"_s, u"PUT"_s, u"DELETE"_s})
        QCOMPARE(status(url, {u"-X"_s, method}), 405);
}

void TestHostingApache::httpServesAcmeAndRedirectsTheRest()
{
    const QString base = u"http://%1:%2"_s.arg(kHost).arg(m_httpPort);
    QCOMPARE(status(base + u"/.well-known/acme-challenge/token1"_s), 200);
    QCOMPARE(status(base + u"/.well-known/mta-sts.txt"_s), 301);
}

QTEST_GUILESS_MAIN(TestHostingApache)
#include "test_hosting_apache.moc"

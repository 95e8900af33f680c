// The consultant's policy host against the real thing (labs/nginx-pebble-certbot.md): three
// customers' live policies are synced into one folder that a lab nginx includes; certbot obtains
// each mta-sts.<domain> certificate from Pebble through the generated scripts and hooks; each
// policy is then fetched over HTTPS with our fetcher and with mta-sts-query. Re-running changes
// nothing (no reload); a new version changes only its file; an archived customer is served
// mode none and, once its max_age has passed (clock jump), its block is gone.
#include "LivePolicy.h"
#include "TestEnv.h"
#include "deploy/PolicyHostConfig.h"
#include "mtasts/PolicyFetcher.h"
#include "mtasts/ThirdPartyChecker.h"
#include "nginx/NginxServer.h"
#include "pebble/PebbleServer.h"
#include "pki/TestPki.h"
#include "services/EngagementService.h"
#include "services/PolicyHostingSync.h"
#include "storage/EventLog.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

static const QStringList kDomains{u"alpha.lab.test"_s, u"beta.lab.test"_s, u"gamma.lab.test"_s};

class TestHostingSyncLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<PebbleServer> m_pebble;
    std::shared_ptr<FixedClock> m_clock;
    ServiceContext m_context;
    QMap<QString, qint64> m_ids;       // domain -> engagement
    QMap<QString, QString> m_policies; // domain -> live policy id
    quint16 m_httpsPort = 0, m_httpPort = 0;
    QString m_pebbleRoot, m_marker;

    QString out() const { return m_lab->filePath(u"host"_s); }
    int reloads() const
    {
        QFile file(m_marker);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    }
    services::HostingSyncOptions options() const
    {
        services::HostingSyncOptions o;
        o.outDir = out();
        o.host.webroot = m_lab->filePath(u"www"_s);
        o.host.certbotConfigDir = m_lab->filePath(u"certbot/config"_s);
        o.host.tlsDir = m_lab->filePath(u"tls"_s);
        o.host.contactEmail = u"ops@consultant.test"_s;
        o.host.httpsListen = {u"127.0.0.1:%1"_s.arg(m_httpsPort)};
        o.host.httpListen = {u"127.0.0.1:%1"_s.arg(m_httpPort)};
        // The generated reload.sh, pointed at the lab's nginx instead of the system's.
        o.reloadCommand = u"echo reload >> %1 && STSDESK_NGINX='nginx -p %2 -c %2/nginx.conf' sh "
                          "%3/reload.sh"_s.arg(m_marker, m_nginx->prefix(), out());
        return o;
    }
    // Syncs and waits until nginx runs only workers that loaded the result.
    services::HostingSyncReport sync()
    {
        const QList<qint64> workers = m_nginx->workerPids();
        Result<services::HostingSyncReport> report =
            services::PolicyHostingSync(m_context).sync(options());
        if (!report) {
            qWarning() << report.error().describe();
            return {};
        }
        if (report->reloaded)
            m_nginx->waitForWorkersReplaced(workers);
        return *report;
    }
    mtasts::FetchResult fetch(const QString &domain) const
    {
        mtasts::FetchOptions o;
        o.connectHost = u"127.0.0.1"_s;
        o.port = m_httpsPort;
        o.caFile = m_pebbleRoot;
        o.overallTimeoutMs = 5000;
        return mtasts::fetchPolicy(domain, o);
    }
    QByteArray served(const QString &domain) const
    {
        const mtasts::FetchResult fetched = fetch(domain);
        return fetched.ok() ? fetched.body : QByteArray();
    }
    static QStringList paths(const QList<deploy::SyncedFile> &files)
    {
        QStringList out;
        for (const deploy::SyncedFile &f : files)
            out << deploy::changeKey(f.change) + u' ' + f.path;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"certbot"_s, u"nginx"_s, u"openssl"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is not installed"_s));
        if (!PebbleServer::available())
            QSKIP("pebble, pebble-challtestsrv or curl is not installed");
        m_lab = std::make_unique<LabDir>(u"hostsync"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"pki"_s));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        TestPki::LeafOptions api = TestPki::LeafOptions::make(u"api"_s, {u"localhost"_s});
        api.ipAddresses = {u"127.0.0.1"_s};
        const TestPki::Leaf apiLeaf = m_pki->issue(api);
        QVERIFY(apiLeaf.isValid());
        m_marker = m_lab->filePath(u"reloads"_s);

        // The lab's nginx includes whatever the sync writes; until then only a 404 on port 80.
        m_httpPort = freeTcpPort();
        m_httpsPort = freeTcpPort();
        m_nginx = std::make_unique<NginxServer>(m_lab->filePath(u"nginx"_s));
        QVERIFY(m_nginx->writeConfig(
            u"server { listen 127.0.0.1:%1 default_server; server_name _; location / { return "
            "404; } }\ninclude %2/nginx/*.conf;\n"_s.arg(m_httpPort)
                .arg(out())
                .toUtf8()));
        QVERIFY2(m_nginx->start(m_httpPort), qPrintable(m_nginx->errorString()));
        m_pebble = std::make_unique<PebbleServer>(m_lab->filePath(u"pki"_s), apiLeaf.fullchainPath,
                                                  apiLeaf.keyPath, m_httpPort, m_httpsPort);
        QVERIFY2(m_pebble->start(m_pki->rootCertPath()), qPrintable(m_pebble->errorString()));
        QVERIFY(m_lab->writeFile(u"pebble-root.pem"_s, m_pebble->rootPem()));
        m_pebbleRoot = m_lab->filePath(u"pebble-root.pem"_s);

        m_clock = std::make_shared<FixedClock>(
            QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
        Result<ServiceContext> opened =
            openWorkspace(m_lab->filePath(u"ws.sqlite"_s), m_clock, u"consultant"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_context = *opened;
        int n = 0;
        for (const QString &domain : kDomains) {
            Engagement draft;
            draft.customer = domain.section(u'.', 0, 0) + u" GmbH"_s;
            draft.domain.ace = domain;
            draft.consultant = u"consultant"_s;
            Result<Engagement> created = EngagementService(m_context).create(draft);
            QVERIFY(created.ok());
            m_ids.insert(domain, created->id);
            const QString id = u"2026120109000%1"_s.arg(n++);
            QVERIFY(makeLivePolicy(m_context.database, created->id, id, mtasts::PolicyMode::Testing,
                                   m_clock->now(), u"mail."_s + domain));
            m_policies.insert(domain, id);
        }
    }

    void cleanupTestCase()
    {
        m_pebble.reset();
        m_nginx.reset();
    }

    void syncServesThreeCustomersWithPebbleCertificates()
    {
        const services::HostingSyncReport report = sync();
        QVERIFY(report.changed());
        QVERIFY(report.reloaded);
        QVERIFY2(report.reloadExitCode == 0, qPrintable(report.reloadOutput));
        QCOMPARE(reloads(), 1);
        QCOMPARE(report.customers.size(), 3);
        for (const QString &domain : kDomains)
            QVERIFY(paths(report.files).contains(u"added "_s + deploy::policyFilePath(domain)));

        // certbot against Pebble through the generated scripts: http-01 through the generated
        // port-80 blocks, the generated hooks install each certificate and reload nginx.
        const ToolRun certbot =
            runTool(u"/bin/sh"_s,
                    {out() + u"/certbot/obtain-all.sh"_s, u"--server"_s, m_pebble->directoryUrl(),
                     u"--work-dir"_s, m_lab->filePath(u"certbot/work"_s), u"--logs-dir"_s,
                     m_lab->filePath(u"certbot/logs"_s)},
                    240000, {}, {},
                    {u"REQUESTS_CA_BUNDLE="_s + m_pki->rootCertPath(),
                     u"STSDESK_RELOAD_COMMAND=kill -HUP $(cat "_s + m_nginx->prefix() +
                         u"/logs/nginx.pid)"_s});
        QVERIFY2(certbot.exitCode == 0, qPrintable(certbot.describe()));
        for (const QString &domain : kDomains) {
            QVERIFY(m_nginx->accessLog().contains("GET /.well-known/acme-challenge/"));
            // Senders' view: our fetcher trusting only Pebble's root (a reload takes a moment).
            QVERIFY2(waitUntil([&] { return served(domain).contains("mode: testing"); }, 10000),
                     qPrintable(fetch(domain).error ? fetch(domain).error->describe() : QString()));
            QVERIFY(served(domain).contains("mx: mail." + domain.toUtf8()));
            const ThirdPartyCheck third = runMtaStsQuery(
                domain, {u"\"v=STSv1; id=%1;\""_s.arg(m_policies.value(domain))}, served(domain));
            if (!third.ran) {
                qInfo("mta-sts-query not run: %s", qPrintable(third.skipReason));
                continue;
            }
            QVERIFY2(third.error.isEmpty(), qPrintable(third.error));
            QVERIFY2(third.valid(), third.output.constData());
            QVERIFY(third.announces(m_policies.value(domain)));
        }
    }

    void rerunWithNothingChangedWritesNothing()
    {
        const QDateTime before = QFileInfo(out() + u"/nginx/mta-sts-hosting.conf"_s).lastModified();
        const services::HostingSyncReport report = sync();
        QVERIFY2(!report.changed(), qPrintable(paths(report.files).join(u", "_s)));
        QVERIFY(!report.reloaded);
        QCOMPARE(reloads(), 1);
        QCOMPARE(QFileInfo(out() + u"/nginx/mta-sts-hosting.conf"_s).lastModified(), before);
    }

    void newVersionChangesOnlyItsFile()
    {
        m_clock->advance(3600);
        const QString beta = kDomains.at(1);
        QVERIFY(makeLivePolicy(m_context.database, m_ids.value(beta), u"20261201100000"_s,
                               mtasts::PolicyMode::Enforce, m_clock->now(), u"mail."_s + beta));
        const services::HostingSyncReport report = sync();
        QCOMPARE(paths(report.files), QStringList{u"changed "_s + deploy::policyFilePath(beta)});
        QCOMPARE(report.files.first().domain, beta);
        QVERIFY(report.reloaded);
        QCOMPARE(reloads(), 2);
        QVERIFY(waitUntil([&] { return served(beta).contains("mode: enforce"); }, 10000));
        QVERIFY(served(kDomains.at(0)).contains("mode: testing"));
    }

    void archivedCustomerServesNoneThenItsBlockGoes()
    {
        const QString gamma = kDomains.at(2);
        QVERIFY(EngagementService(m_context).archive(m_ids.value(gamma)).ok());
        Result<services::HostingStatus> pending = services::PolicyHostingSync(m_context).status();
        QVERIFY(pending.ok());
        QCOMPARE(pending->customers.at(2).state, services::HostedCustomer::State::PendingRemoval);

        services::HostingSyncReport report = sync();
        QVERIFY(paths(report.files).contains(u"changed "_s + deploy::policyFilePath(gamma)));
        QCOMPARE(reloads(), 3);
        QVERIFY(waitUntil([&] { return served(gamma).contains("mode: none"); }, 10000));
        QVERIFY(served(gamma).contains("max_age: 86400"));
        Result<services::HostingStatus> retiring = services::PolicyHostingSync(m_context).status();
        QVERIFY(retiring.ok());
        const services::HostedCustomer c = retiring->customers.at(2);
        QCOMPARE(c.state, services::HostedCustomer::State::Retiring);
        QCOMPARE(c.mode, u"none"_s);
        QVERIFY(c.policyId > m_policies.value(gamma)); // a new id senders notice
        QCOMPARE(c.retireUntil, m_clock->now().addSecs(86400));

        // Not before max_age has passed ...
        m_clock->advance(86400 - 60);
        QVERIFY(!sync().changed());
        QVERIFY(served(gamma).contains("mode: none"));
        // ... then the block, the policy, the hook and the script go; the others stay.
        m_clock->advance(120);
        report = sync();
        QCOMPARE(report.dropped, QStringList{gamma});
        QVERIFY(paths(report.files).contains(u"removed "_s + deploy::policyFilePath(gamma)));
        QVERIFY(!QFileInfo::exists(out() + u"/policies/"_s + gamma));
        QVERIFY(!QFileInfo::exists(out() + u"/hooks/deploy-mta-sts."_s + gamma + u".sh"_s));
        QFile conf(out() + u"/nginx/mta-sts-hosting.conf"_s);
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains(gamma.toUtf8()));
        QCOMPARE(reloads(), 4);
        // No server block names it any more: nginx answers with another customer's certificate,
        // which our fetcher refuses (or 404); either way no policy for gamma.
        QVERIFY(waitUntil([&] { return !fetch(gamma).ok(); }, 10000));
        QVERIFY(served(kDomains.at(0)).contains("mode: testing"));

        Result<QList<storage::EngagementEvent>> events =
            storage::EventLog(m_context.database).forEngagement(m_ids.value(gamma));
        QVERIFY(events.ok());
        QStringList kinds;
        for (const storage::EngagementEvent &e : *events)
            kinds << e.kind;
        QVERIFY2(kinds.contains(u"hosting.retiring"_s) && kinds.contains(u"hosting.retired"_s),
                 qPrintable(kinds.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestHostingSyncLab)
#include "test_hosting_sync_lab.moc"

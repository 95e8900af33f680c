// services::Monitor and `stsdesk-cli monitor/findings` against the labs, once per program:
// dyn.test on Knot (signed, changed by RFC 2136 updates as the customer's DNS would change),
// Postfix serving STARTTLS for its MX hosts (mail at 127.0.0.1, mx2 at 127.0.0.2, and at
// 127.0.0.3 a certificate for mx2 that expires in 5 days), nginx serving the policy.
// A published engagement has no findings; a served policy that is not the one the TXT id names is
// a drift finding, alerted once, acknowledged, resolved when fixed; certificates near expiry are
// findings of the right step and severity; an MX set the live policy does not cover gets a draft;
// two runs at once check each engagement once (SQLite and PostgreSQL); a killed run's leases
// expire.
#include "LivePolicy.h"
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLabDynamic.h"
#include "nginx/NginxServer.h"
#include "nginx/PolicyHostLab.h"
#include "pki/TestPki.h"
#include "postfix/PostfixLab.h"
#include "postgres/PostgresServer.h"
#include "services/DiscoveryService.h"
#include "services/EngagementService.h"
#include "services/Findings.h"
#include "services/Monitor.h"
#include "services/PolicyVersions.h"
#include "services/ProbeService.h"
#include "storage/MonitorLeases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUdpSocket>
#include <QtConcurrent>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestMonitorLabs : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_dns;
    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<PostfixLab> m_postfix;
    std::unique_ptr<PolicyHostLab> m_policyHost;
    PostgresServer m_postgres;
    QString m_postgresProblem;
    TestPki::Leaf m_policyLeaf, m_policyLeafSoon;
    quint16 m_smtpPort = 0;
    QString m_database;
    ServiceContext m_context;
    qint64 m_id = 0;
    QString m_liveId;
    QByteArray m_liveBody;

    bool update(const QString &lines)
    {
        const QByteArray script =
            (u"server 127.0.0.1 %1\nzone dyn.test.\nkey %2:%3 %4\n"_s.arg(m_dns->port())
                 .arg(m_dns->tsigAlgorithm(), m_dns->tsigName(), m_dns->tsigSecret()) +
             lines + u"send\n"_s)
                .toLatin1();
        const ToolRun run = m_dns->applyScript(script, u"knsupdate"_s);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0;
    }
    QStringList targetArgs() const
    {
        return {u"--resolver"_s,     m_dns->resolverSpec(),
                u"--trust-anchor"_s, m_dns->trustAnchorFile(),
                u"--connect"_s,      m_policyHost->connectSpec(),
                u"--ca-file"_s,      m_pki->rootCertPath(),
                u"--smtp-port"_s,    QString::number(m_smtpPort)};
    }
    ToolRun cli(const QStringList &args, const QString &database = {}) const
    {
        return runTool(cliPath(),
                       args +
                           QStringList{u"--database"_s, database.isEmpty() ? m_database : database},
                       120000);
    }
    // `monitor ID --json`: the engagement's part of the run.
    QJsonObject monitorCli(int expectedExit)
    {
        const ToolRun run =
            cli(QStringList{u"monitor"_s, QString::number(m_id), u"--json"_s} + targetArgs());
        if (run.exitCode != expectedExit)
            qWarning("%s\n%s", qPrintable(run.describe()), run.out.constData());
        [&] { QCOMPARE(run.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(run.out)
            .object()
            .value(u"engagements"_s)
            .toArray()
            .first()
            .toObject();
    }
    static QStringList kinds(const QJsonValue &findings)
    {
        QStringList out;
        for (const QJsonValue &f : findings.toArray())
            out << f[u"kind"_s].toString() + u'@' + f[u"subject"_s].toString();
        out.sort();
        return out;
    }
    MonitorOptions options() const
    {
        MonitorOptions o = MonitorOptions::defaults();
        o.targets.dns.resolver = *dns::ResolverConfig::parse(m_dns->resolverSpec());
        o.targets.dns.trustAnchorFile = m_dns->trustAnchorFile();
        o.targets.https.connectHost = u"127.0.0.1"_s;
        o.targets.https.port = m_policyHost->httpsPort();
        o.targets.https.caFile = m_pki->rootCertPath();
        o.probe.smtpPort = m_smtpPort;
        o.probe.httpsPort = m_policyHost->httpsPort();
        o.probe.trust = tls::TrustSettings::fromCaFile(m_pki->rootCertPath());
        return o;
    }
    // Engagements whose domains do not exist: quick to check, enough to see who checks them.
    static QList<qint64> makeEngagements(const ServiceContext &context, const QString &tag, int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            Engagement draft;
            draft.customer = u"Lease %1 %2"_s.arg(tag).arg(i);
            draft.domain.ace = u"lease%1-%2.dyn.test"_s.arg(tag).arg(i);
            Result<Engagement> made = EngagementService(context).create(draft);
            if (made)
                ids << made->id;
        }
        return ids;
    }
    // Two runs at once over `ids`, each engagement's check slowed down by the mailbox step so
    // that the runs overlap: every engagement is checked by exactly one of them.
    void twoRunsAtOnce(const ServiceContext &context, const QList<qint64> &ids)
    {
        auto runOnce = [&](const QString &holder) -> MonitorRunResult {
            Result<ServiceContext> own = context.forThisThread();
            if (!own)
                return {};
            MonitorOptions o = options();
            o.holder = holder;
            o.jobs = 2;
            Monitor monitor(*own, o);
            monitor.setMailboxSync([](const ServiceContext &, qint64, const CancelToken &) {
                QThread::msleep(300);
                return Status::success();
            });
            Result<MonitorRunResult> run = monitor.run(ids);
            return run ? *run : MonitorRunResult{};
        };
        QFuture<MonitorRunResult> a = QtConcurrent::run(runOnce, u"desk-a"_s);
        QFuture<MonitorRunResult> b = QtConcurrent::run(runOnce, u"desk-b"_s);
        const QList<MonitorRunResult> runs{a.result(), b.result()};
        QHash<qint64, int> checked, skipped;
        for (const MonitorRunResult &run : runs) {
            QCOMPARE(run.engagements.size(), ids.size());
            for (const EngagementMonitoring &e : run.engagements) {
                if (e.outcome == EngagementMonitoring::Outcome::Leased) {
                    ++skipped[e.engagementId];
                    QVERIFY(e.heldBy == u"desk-a"_s || e.heldBy == u"desk-b"_s);
                } else {
                    ++checked[e.engagementId];
                    QVERIFY2(e.steps.contains(u"mailbox"_s), qPrintable(e.error));
                }
            }
        }
        for (qint64 id : ids) {
            QCOMPARE(checked.value(id), 1);
            QCOMPARE(skipped.value(id), 1);
        }
        // Both runs gave their leases up at the end.
        for (qint64 id : ids)
            QVERIFY(!storage::MonitorLeases(context.database).currentHolder(id)->has_value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!NginxServer::available())
            QSKIP("nginx is not installed");
        if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        STSDESK_START_DYNAMIC_LAB(m_dns);
        m_lab = std::make_unique<LabDir>(u"monitor"_s);
        QVERIFY(m_lab->isValid());
        QVERIFY(QDir().mkpath(m_lab->filePath(u"monitor-pki"_s)));
        m_pki = std::make_unique<TestPki>(m_lab->filePath(u"monitor-pki"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestPki::Leaf mail =
            m_pki->expiringAt(u"mail"_s, {u"mail.dyn.test"_s}, now.addDays(90));
        const TestPki::Leaf mx2 = m_pki->expiringAt(u"mx2"_s, {u"mx2.dyn.test"_s}, now.addDays(90));
        const TestPki::Leaf mx2Soon =
            m_pki->expiringAt(u"mx2soon"_s, {u"mx2.dyn.test"_s}, now.addDays(5).addSecs(3600));
        m_policyLeaf = m_pki->expiringAt(u"policy"_s, {u"mta-sts.dyn.test"_s}, now.addDays(90));
        m_policyLeafSoon = m_pki->expiringAt(u"policysoon"_s, {u"mta-sts.dyn.test"_s},
                                             now.addDays(10).addSecs(3600));

        m_smtpPort = freeTcpPort();
        m_postfix = std::make_unique<PostfixLab>(m_lab->filePath(u"pf"_s));
        PostfixLab::Listener l1{u"mail"_s, m_smtpPort, mail.keyChainPath, true, false};
        PostfixLab::Listener l2{u"mx2"_s, m_smtpPort, mx2.keyChainPath, true, false};
        l2.address = u"127.0.0.2"_s;
        PostfixLab::Listener l3{u"mx2soon"_s, m_smtpPort, mx2Soon.keyChainPath, true, false};
        l3.address = u"127.0.0.3"_s;
        m_postfix->addListener(l1);
        m_postfix->addListener(l2);
        m_postfix->addListener(l3);
        QString error;
        QVERIFY2(m_postfix->start(&error), qPrintable(error));

        m_policyHost = std::make_unique<PolicyHostLab>(*m_lab, m_dns->domain());
        QVERIFY2(m_policyHost->start(), qPrintable(m_policyHost->errorString()));
        QVERIFY(m_policyHost->useCertificate(m_policyLeaf.fullchainPath, m_policyLeaf.keyPath,
                                             m_pki->rootCertPath()));
        m_postgresProblem = m_postgres.start();

        // The workspace: the engagement, its scan, a live testing policy for both MX hosts.
        m_database = m_lab->filePath(u"ws.sqlite"_s);
        Result<ServiceContext> opened = openWorkspace(m_database, Clock::system(), u"tester"_s);
        QVERIFY(opened.ok());
        m_context = *opened;
        Engagement draft;
        draft.customer = u"Dyn AG"_s;
        draft.domain.ace = m_dns->domain();
        Result<Engagement> created = EngagementService(m_context).create(draft);
        QVERIFY(created.ok());
        m_id = created->id;

        Result<StoredPolicyVersion> made = PolicyVersions(m_context).create(
            m_id, NewPolicyVersion{mtasts::PolicyMode::Testing, std::nullopt,
                                   QStringList{u"mail.dyn.test"_s, u"mx2.dyn.test"_s}});
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QVERIFY(storage::PolicyRepository(m_context.database)
                    .markPublished(made->rowId, QDateTime::currentDateTimeUtc())
                    .ok());
        m_liveId = made->version.id;
        m_liveBody = made->body;
        QVERIFY(m_policyHost->serve(m_liveBody));
        QVERIFY(update(u"update add _mta-sts.dyn.test. 300 TXT \"v=STSv1; id=%1\"\n"
                       "update add mta-sts.dyn.test. 300 A 127.0.0.1\n"_s.arg(m_liveId)));

        Result<dns::DiscoveryReport> scan = dns::discover(m_dns->domain(), options().targets.dns);
        QVERIFY(scan.ok());
        QCOMPARE(scan->stsId, m_liveId);
        QVERIFY(DiscoveryService(m_context).store(m_id, *scan, m_dns->trustAnchorFile()).ok());
        const mtasts::FetchResult fetched =
            mtasts::fetchPolicy(m_dns->domain(), options().targets.https);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error->message));
    }
    void cleanupTestCase()
    {
        m_policyHost.reset();
        m_postfix.reset();
        m_dns.reset();
    }

    void publishedEngagementHasNoFindings()
    {
        const QJsonObject e = monitorCli(0);
        QCOMPARE(e[u"outcome"_s].toString(), u"checked"_s);
        QVERIFY(e[u"steps"_s].toArray().contains(u"certificates"_s));
        QCOMPARE(kinds(e[u"unresolved"_s]), QStringList());
        // The probes were stored (the portfolio's nearest expiry reads them).
        QVERIFY(!ProbeService(m_context).latest(m_id)->isEmpty());
    }

    void servedPolicyDriftIsAlertedOnceAcknowledgedAndResolved()
    {
        // Someone uploads a hand-edited file: it is none of the versions the TXT id names.
        QByteArray edited = m_liveBody;
        edited.replace("max_age: 86400", "max_age: 86401");
        QVERIFY(edited != m_liveBody);
        QVERIFY(m_policyHost->serve(edited));
        const QJsonObject first = monitorCli(4);
        QCOMPARE(kinds(first[u"opened"_s]), QStringList{u"drift.txt-id@"_s});
        const qint64 id = first[u"opened"_s][0][u"id"_s].toInteger();
        QCOMPARE(first[u"opened"_s][0][u"details"_s][u"txtId"_s].toString(), m_liveId);
        QCOMPARE(first[u"opened"_s][0][u"details"_s][u"servedId"_s].toString(), QString());

        // Seen again: the same row, not alerted again.
        const QJsonObject second = monitorCli(4);
        QCOMPARE(second[u"opened"_s].toArray().size(), 0);
        QCOMPARE(kinds(second[u"unresolved"_s]), QStringList{u"drift.txt-id@"_s});
        QCOMPARE(second[u"unresolved"_s][0][u"id"_s].toInteger(), id);

        const ToolRun acked = cli({u"findings"_s, u"ack"_s, QString::number(id)});
        QVERIFY2(acked.exitCode == 0, qPrintable(acked.describe()));
        const ToolRun listed = cli({u"findings"_s, QString::number(m_id), u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out)[0][u"state"_s].toString(), u"acknowledged"_s);
        // Acknowledged and still present: nothing open, exit 0; still the same row.
        const QJsonObject third = monitorCli(0);
        QCOMPARE(third[u"unresolved"_s][0][u"state"_s].toString(), u"acknowledged"_s);

        QVERIFY(m_policyHost->serve(m_liveBody));
        const QJsonObject fixed = monitorCli(0);
        QCOMPARE(kinds(fixed[u"resolved"_s]), QStringList{u"drift.txt-id@"_s});
        QCOMPARE(fixed[u"resolved"_s][0][u"id"_s].toInteger(), id);
        QCOMPARE(fixed[u"unresolved"_s].toArray().size(), 0);

        // On the engagement's log, in order.
        QStringList logged;
        for (const storage::EngagementEvent &ev : *EngagementService(m_context).events(m_id))
            if (ev.kind.startsWith(u"finding."_s))
                logged << ev.kind;
        QCOMPARE(logged, (QStringList{u"finding.opened"_s, u"finding.acknowledged"_s,
                                      u"finding.resolved"_s}));
    }

    void certificatesNearExpiryEscalate()
    {
        // The policy host now serves a certificate with 10 days left; mx2 moves to the address
        // whose certificate has 5 days left.
        QVERIFY(m_policyHost->useCertificate(m_policyLeafSoon.fullchainPath,
                                             m_policyLeafSoon.keyPath, m_pki->rootCertPath()));
        QVERIFY(
            update(u"update delete mx2.dyn.test. A\nupdate add mx2.dyn.test. 300 A 127.0.0.3\n"_s));
        const QJsonObject e = monitorCli(4);
        QCOMPARE(kinds(e[u"opened"_s]), (QStringList{u"cert.expiry.14@mta-sts.dyn.test"_s,
                                                     u"cert.expiry.7@mx2.dyn.test"_s}));
        for (const QJsonValue f : e[u"opened"_s].toArray()) {
            const bool mx2 = f[u"subject"_s].toString() == u"mx2.dyn.test"_s;
            QCOMPARE(f[u"severity"_s].toString(), mx2 ? u"critical"_s : u"warning"_s);
            QCOMPARE(f[u"details"_s][u"daysLeft"_s].toInt(), mx2 ? 5 : 10);
            QCOMPARE(f[u"details"_s][u"escalated"_s].toBool(), true);
        }
        // Renewed: both resolve.
        QVERIFY(m_policyHost->useCertificate(m_policyLeaf.fullchainPath, m_policyLeaf.keyPath,
                                             m_pki->rootCertPath()));
        QVERIFY(
            update(u"update delete mx2.dyn.test. A\nupdate add mx2.dyn.test. 300 A 127.0.0.2\n"_s));
        const QJsonObject renewed = monitorCli(0);
        QCOMPARE(renewed[u"resolved"_s].toArray().size(), 2);
    }

    void mxSetChangeOffersADraftNeverPublished()
    {
        QVERIFY(update(u"update add dyn.test. 300 MX 30 mx3.dyn.test.\n"_s));
        const QJsonObject e = monitorCli(4);
        QCOMPARE(kinds(e[u"opened"_s]),
                 (QStringList{u"drift.mx-set@"_s, u"drift.mx-uncovered@"_s}));
        const QJsonObject details = e[u"opened"_s][1][u"details"_s].toObject();
        QCOMPARE(e[u"opened"_s][1][u"severity"_s].toString(), u"warning"_s); // still testing
        QCOMPARE(details[u"uncovered"_s].toArray(), QJsonArray{u"mx3.dyn.test"_s});
        const QString draftId = details[u"draftPolicyId"_s].toString();
        QVERIFY(!draftId.isEmpty());
        Result<StoredPolicyVersion> draft = PolicyVersions(m_context).find(m_id, draftId);
        QVERIFY(draft.ok());
        QVERIFY(draft->isDraft());
        QVERIFY(draft->version.policy.matchesMx(u"mx3.dyn.test"_s));
        QCOMPARE((*PolicyVersions(m_context).current(m_id))->version.id, m_liveId);
        // The next run offers the same draft instead of making another one.
        const qsizetype versions = PolicyVersions(m_context).list(m_id)->size();
        const QJsonObject again = monitorCli(4);
        for (const QJsonValue f : again[u"unresolved"_s].toArray())
            QCOMPARE(f[u"details"_s][u"draftPolicyId"_s].toString(), draftId);
        QCOMPARE(PolicyVersions(m_context).list(m_id)->size(), versions);

        QVERIFY(update(u"update delete dyn.test. MX 30 mx3.dyn.test.\n"_s));
        const QJsonObject back = monitorCli(0);
        QCOMPARE(kinds(back[u"resolved"_s]),
                 (QStringList{u"drift.mx-set@"_s, u"drift.mx-uncovered@"_s}));
    }

    void twoRunsCheckEachEngagementOnceOnSqlite()
    {
        twoRunsAtOnce(m_context, makeEngagements(m_context, u"s"_s, 6));
    }

    void twoRunsCheckEachEngagementOnceOnPostgres()
    {
        if (!m_postgresProblem.isEmpty())
            QSKIP(qPrintable(m_postgresProblem));
        QString error;
        const QString url = m_postgres.createDatabase(u"monitor_leases"_s, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        Result<ServiceContext> pg = openWorkspace(url, Clock::system(), u"tester"_s);
        QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : pg.error().message));
        twoRunsAtOnce(*pg, makeEngagements(*pg, u"p"_s, 6));
    }

    // A run killed while it holds a lease: the next run skips the engagement ("checked by" the
    // dead run) until the lease expires, then checks it.
    void aKilledRunsLeaseExpires()
    {
        QUdpSocket blackhole; // a resolver that never answers: the run hangs in discovery
        QVERIFY(blackhole.bind(QHostAddress::LocalHost, 0));
        QProcess run;
        run.setProgram(cliPath());
        run.setArguments({u"monitor"_s, QString::number(m_id), u"--database"_s, m_database,
                          u"--resolver"_s, u"127.0.0.1:%1"_s.arg(blackhole.localPort()),
                          u"--dns-timeout"_s, u"30000"_s, u"--lease-seconds"_s, u"3"_s});
        run.start();
        QVERIFY(run.waitForStarted());
        storage::MonitorLeases leases(m_context.database);
        QVERIFY(waitUntil([&] { return leases.currentHolder(m_id)->has_value(); }, 10000));
        const QString holder = **leases.currentHolder(m_id);
        QVERIFY(holder.contains(u":%1:"_s.arg(run.processId())));
        run.kill();
        QVERIFY(run.waitForFinished());

        Monitor monitor(m_context, options());
        Result<MonitorRunResult> skipped = monitor.run({m_id});
        QVERIFY(skipped.ok());
        QCOMPARE(skipped->engagements.first().outcome, EngagementMonitoring::Outcome::Leased);
        QCOMPARE(skipped->engagements.first().heldBy, holder);
        const ToolRun text = cli(QStringList{u"monitor"_s, QString::number(m_id)} + targetArgs());
        QVERIFY2(text.out.contains((u"checked by "_s + holder).toUtf8()),
                 qPrintable(text.describe()));

        QThread::msleep(3100);
        Result<MonitorRunResult> checked = monitor.run({m_id});
        QVERIFY(checked.ok());
        QCOMPARE(checked->engagements.first().outcome, EngagementMonitoring::Outcome::Checked);
        QVERIFY(!leases.currentHolder(m_id)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestMonitorLabs)
#include "test_monitor_labs.moc"

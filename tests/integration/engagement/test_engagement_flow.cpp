// One engagement from discovery to enforce through the use cases the GUI and the CLI share,
// against real servers: Knot serving the DNSSEC-signed customer zone and taking RFC 2136 updates
// (DnsLabDynamic), nginx serving the policy with a certificate of the test CA. Each step is what
// the consultant does, in order; the later ones build on the earlier ones' state:
//   discovery → key and CSR → certificate from Pebble via certbot → testing draft → policy file
//   served → records pushed → published (verified through DNS and HTTPS; `stsdesk-cli policy
//   verify` and mta-sts-query agree) → 16 days of clean reports → ready → enforce version → served
//   and pushed → published → the rollout is in enforce.
// The clock of the use cases is fixed and moved on (readiness needs 14 days in testing); DNSSEC
// signatures are checked against the real time.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLabDynamic.h"
#include "import/Importer.h"
#include "mtasts/ThirdPartyChecker.h"
#include "nginx/NginxServer.h"
#include "nginx/PolicyHostLab.h"
#include "pebble/PebbleServer.h"
#include "pki/TestPki.h"
#include "reports/TlsReportWriter.h"
#include "services/DiscoveryService.h"
#include "services/EngagementService.h"
#include "services/KeyService.h"
#include "services/PolicyVersions.h"
#include "services/RecordPush.h"
#include "services/RolloutService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestEngagementFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_dns;
    std::unique_ptr<LabDir> m_lab;
    std::unique_ptr<PolicyHostLab> m_policyHost;
    std::shared_ptr<FixedClock> m_clock;
    ServiceContext m_context;
    services::PublicationTargets m_targets;
    QString m_keyFile, m_database;
    qint64 m_id = 0;
    QString m_testingId, m_enforceId;
    QDate m_testingDay;

    // What the consultant's hosting step does: the version's file where nginx serves it.
    bool serve(const StoredPolicyVersion &version) const
    {
        return m_policyHost->serve(version.body);
    }
    // "Push to DNS server": the plan's records (with the version's TXT id) to Knot.
    void push(const QString &policyId)
    {
        services::PushTarget target;
        target.policyId = policyId;
        target.server = u"127.0.0.1:%1"_s.arg(m_dns->port());
        target.keyFile = m_keyFile;
        Result<services::PushOutcome> pushed = services::RecordPush(m_context).push(m_id, target);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().describe()));
        QVERIFY(pushed->allServed());
    }
    // mta-sts-query (a third party) on what Knot serves now and the version's file: it must
    // see `policyId` in `mode`.
    static void thirdPartySees(const QStringList &stsTxt, const StoredPolicyVersion &version)
    {
        const ThirdPartyCheck check = runMtaStsQuery(u"dyn.test"_s, stsTxt, version.body);
        if (!check.ran)
            QSKIP(qPrintable(check.skipReason));
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY2(check.valid(), check.output.constData());
        QVERIFY2(check.announces(version.version.id), check.output.constData());
        QVERIFY2(
            check.output.contains(
                "'mode': '" + mtasts::policyModeName(version.version.policy.mode).toLatin1() + "'"),
            check.output.constData());
    }
    QStringList cliTargets() const
    {
        return {u"--resolver"_s,     m_dns->resolverSpec(),
                u"--trust-anchor"_s, m_dns->trustAnchorFile(),
                u"--connect"_s,      m_policyHost->connectSpec(),
                u"--ca-file"_s,      m_policyHost->caFile(),
                u"--database"_s,     m_database};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!NginxServer::available())
            QSKIP("nginx is not installed");
        STSDESK_START_DYNAMIC_LAB(m_dns);
        m_lab = std::make_unique<LabDir>(u"flow"_s);
        QVERIFY(m_lab->isValid());
        m_policyHost = std::make_unique<PolicyHostLab>(*m_lab, m_dns->domain());
        QVERIFY2(m_policyHost->start(), qPrintable(m_policyHost->errorString()));

        m_keyFile = m_dns->writeKeyFile(m_lab->filePath(u"tsig.key"_s),
                                        QFile::ReadOwner | QFile::WriteOwner);
        m_clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc());
        m_testingDay = m_clock->now().date();
        m_database = m_lab->filePath(u"ws.sqlite"_s);
        Result<ServiceContext> opened = openWorkspace(m_database, m_clock, u"consultant"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_context = *opened;

        Result<dns::ResolverConfig> resolver = dns::ResolverConfig::parse(m_dns->resolverSpec());
        QVERIFY(resolver.ok());
        m_targets.dns.resolver = *resolver;
        m_targets.dns.trustAnchorFile = m_dns->trustAnchorFile();
        m_targets.https.connectHost = u"127.0.0.1"_s;
        m_targets.https.port = m_policyHost->httpsPort();
        m_targets.https.caFile = m_policyHost->caFile();

        Engagement draft;
        draft.customer = u"Dyn AG"_s;
        draft.domain.ace = m_dns->domain();
        Result<Engagement> created = EngagementService(m_context).create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
    }
    void cleanupTestCase()
    {
        m_policyHost.reset();
        m_dns.reset();
    }

    void discoveryFindsTheMxHostsSigned()
    {
        Result<dns::DiscoveryReport> report = dns::discover(m_dns->domain(), m_targets.dns);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->hosts.size(), 2);
        QVERIFY(
            DiscoveryService(m_context).store(m_id, *report, m_targets.dns.trustAnchorFile).ok());
    }

    // The policy host's certificate the way the engagement gets it: key and CSR from STS Desk
    // (KeyService, as `stsdesk-cli csr`), certbot with that CSR against Pebble (http-01 through
    // the policy host's port-80 block), installed in nginx. From here on senders (and our checks)
    // trust only Pebble's root.
    void policyHostCertificateFromCsrAndPebble()
    {
        for (const QString &tool : {u"certbot"_s, u"openssl"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is not installed"_s));
        if (!PebbleServer::available())
            QSKIP("pebble, pebble-challtestsrv or curl is not installed");
        KeyRequest request;
        request.hosts = {u"mta-sts.dyn.test"_s};
        request.secretsDir = m_lab->filePath(u"secrets"_s);
        Result<QJsonObject> keys = KeyService(m_context).generate(m_id, request);
        QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
        const QJsonObject current = keys->value(u"current"_s).toObject();
        const QString keyPath = current.value(u"keyPath"_s).toString();
        const QString csrPath = current.value(u"csrPath"_s).toString();
        QCOMPARE(QFileInfo(keyPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        QVERIFY(QDir().mkpath(m_lab->filePath(u"acme-pki"_s)));
        TestPki acmePki(m_lab->filePath(u"acme-pki"_s));
        TestPki::LeafOptions api = TestPki::LeafOptions::make(u"api"_s, {u"localhost"_s});
        api.ipAddresses = {u"127.0.0.1"_s};
        const TestPki::Leaf apiLeaf = acmePki.issue(api);
        QVERIFY(apiLeaf.isValid());
        QVERIFY(QDir().mkpath(m_lab->filePath(u"pebble"_s)));
        PebbleServer pebble(m_lab->filePath(u"pebble"_s), apiLeaf.fullchainPath, apiLeaf.keyPath,
                            m_policyHost->httpPort(), freeTcpPort());
        QVERIFY2(pebble.start(acmePki.rootCertPath()), qPrintable(pebble.errorString()));
        QVERIFY(m_lab->writeFile(u"pebble-root.pem"_s, pebble.rootPem()));

        const QString live = m_lab->filePath(u"live"_s);
        QVERIFY(QDir().mkpath(live));
        const ToolRun certbot =
            runTool(u"certbot"_s,
                    {u"certonly"_s,
                     u"--non-interactive"_s,
                     u"--agree-tos"_s,
                     u"--register-unsafely-without-email"_s,
                     u"--server"_s,
                     pebble.directoryUrl(),
                     u"--csr"_s,
                     csrPath,
                     u"--webroot"_s,
                     u"-w"_s,
                     m_policyHost->webroot(),
                     u"--cert-path"_s,
                     live + u"/cert.pem"_s,
                     u"--fullchain-path"_s,
                     live + u"/fullchain.pem"_s,
                     u"--chain-path"_s,
                     live + u"/chain.pem"_s,
                     u"--config-dir"_s,
                     m_lab->filePath(u"certbot/config"_s),
                     u"--work-dir"_s,
                     m_lab->filePath(u"certbot/work"_s),
                     u"--logs-dir"_s,
                     m_lab->filePath(u"certbot/logs"_s)},
                    180000, {}, {}, {u"REQUESTS_CA_BUNDLE="_s + acmePki.rootCertPath()});
        QVERIFY2(certbot.exitCode == 0, qPrintable(certbot.describe()));
        QVERIFY2(m_policyHost->useCertificate(live + u"/fullchain.pem"_s, keyPath,
                                              m_lab->filePath(u"pebble-root.pem"_s)),
                 qPrintable(m_policyHost->errorString()));
        m_targets.https.caFile = m_policyHost->caFile();
    }

    void testingDraftIsNotLiveUntilVerified()
    {
        // One pattern covers both MX hosts and is what the generated reports name.
        Result<StoredPolicyVersion> draft = PolicyVersions(m_context).create(
            m_id, NewPolicyVersion{mtasts::PolicyMode::Testing, std::nullopt,
                                   QStringList{u"*.dyn.test"_s}});
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
        QCOMPARE(draft->version.policy.maxAge, qint64(86400));
        QVERIFY(draft->isDraft());
        m_testingId = draft->version.id;

        // Nothing published yet: the check says so and nothing goes live.
        Result<services::PublicationCheck> early =
            PolicyVersions(m_context).verify(m_id, m_testingId, m_targets);
        QVERIFY(early.ok());
        QVERIFY(!early->ok);
        Result<Publication> refused =
            PolicyVersions(m_context).publish(m_id, m_testingId, m_targets);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"policy.unverified"_s);
        QVERIFY(PolicyVersions(m_context).find(m_id, m_testingId)->isDraft());
    }

    void testingGoesLiveWithEvidence()
    {
        QVERIFY(serve(*PolicyVersions(m_context).find(m_id, m_testingId)));
        push(m_testingId);
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"v=STSv1; id=%1;\""_s.arg(m_testingId)});

        Result<Publication> published =
            PolicyVersions(m_context).publish(m_id, m_testingId, m_targets);
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        QVERIFY(published->verified);
        QVERIFY(published->check.stsTxtSecure);
        QVERIFY(published->check.servedEqual);
        QCOMPARE(published->phaseChange, u"testing"_s);
        QVERIFY(published->version.isLive());
        QVERIFY(published->version.verificationId > 0);

        Result<RolloutStatus> status = RolloutService(m_context).status(m_id);
        QVERIFY(status.ok());
        QCOMPARE(status->phase, RolloutPhase::Testing);
        QCOMPARE(status->policyId, m_testingId);
    }

    void thirdPartySeesTheTestingId()
    {
        thirdPartySees(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                       *PolicyVersions(m_context).find(m_id, m_testingId));
    }

    void cliSeesTheSameLiveVersion()
    {
        const ToolRun verify =
            runTool(cliPath(),
                    QStringList{u"policy"_s, u"verify"_s, QString::number(m_id), u"--json"_s} +
                        cliTargets(),
                    60000);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const QJsonObject check = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(check.value(u"policyId"_s).toString(), m_testingId);
        QCOMPARE(check.value(u"ok"_s).toBool(), true);

        const ToolRun versions =
            runTool(cliPath(), {u"policy"_s, u"versions"_s, QString::number(m_id), u"--database"_s,
                                m_database});
        QVERIFY2(versions.exitCode == 0, qPrintable(versions.describe()));
        QVERIFY2(versions.out.contains(m_testingId.toLatin1() + "  testing  max_age 86400  live"),
                 versions.out.constData());
    }

    void enforceWaitsForReadiness()
    {
        Result<StoredPolicyVersion> enforce = PolicyVersions(m_context).create(
            m_id, NewPolicyVersion{mtasts::PolicyMode::Enforce, std::nullopt, std::nullopt});
        QVERIFY(enforce.ok());
        QCOMPARE(enforce->version.policy.maxAge, qint64(604800));
        QCOMPARE(enforce->version.policy.mxTexts(), QStringList{u"*.dyn.test"_s}); // the live's
        QVERIFY(enforce->version.id > m_testingId);
        m_enforceId = enforce->version.id;
        // Not ready after a day in testing: refused before anything is looked up.
        Result<Publication> early = PolicyVersions(m_context).publish(m_id, m_enforceId, m_targets);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().code.startsWith(u"rollout."_s), qPrintable(early.error().code));
    }

    void cleanReportsMakeItReady()
    {
        TlsReportWriter writer(m_lab->filePath(u"reports"_s), m_dns->domain(), u"*.dyn.test"_s);
        const QStringList files =
            writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                  m_testingDay, m_testingDay.addDays(15));
        tlsrpt::Importer importer(m_context.database, {}, m_clock);
        Result<tlsrpt::ImportSummary> summary = importer.importPaths(files);
        QVERIFY(summary.ok());
        QCOMPARE(summary->imported, files.size());

        m_clock->set(QDateTime(m_testingDay.addDays(16), QTime(9, 0), Qt::UTC));
        Result<RolloutStatus> status = RolloutService(m_context).status(m_id);
        QVERIFY(status.ok());
        QVERIFY2(status->readyForEnforce(),
                 qPrintable(status->readiness.blockingReasons.join(u"; "_s)));
    }

    void enforceGoesLive()
    {
        QVERIFY(serve(*PolicyVersions(m_context).find(m_id, m_enforceId)));
        push(m_enforceId);
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"v=STSv1; id=%1;\""_s.arg(m_enforceId)});

        const ToolRun publish =
            runTool(cliPath(),
                    QStringList{u"policy"_s, u"publish"_s, QString::number(m_id), m_enforceId} +
                        cliTargets(),
                    60000);
        // The CLI runs on the real clock: 16 days have not passed for it. The use case with the
        // engagement's clock publishes.
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains("ready") || publish.err.contains("bereit"),
                 publish.err.constData());

        Result<Publication> published =
            PolicyVersions(m_context).publish(m_id, m_enforceId, m_targets);
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        QVERIFY(published->verified);
        QCOMPARE(published->phaseChange, u"enforce"_s);

        Result<QList<StoredPolicyVersion>> versions = PolicyVersions(m_context).list(m_id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QVERIFY(!versions->at(0).isLive() && !versions->at(0).isDraft()); // superseded
        QCOMPARE(versions->at(0).supersededAt, m_clock->now());
        QVERIFY(versions->at(1).isLive());
        Result<RolloutStatus> status = RolloutService(m_context).status(m_id);
        QCOMPARE(status->phase, RolloutPhase::Enforce);
        QCOMPARE(status->policyId, m_enforceId);
        // Both publications are in the log with their evidence.
        Result<QList<services::PublicationCheck>> checks = PolicyVersions(m_context).checks(m_id);
        QVERIFY(checks.ok());
        QCOMPARE(checks->last().policyId, m_enforceId);
        QVERIFY(checks->last().ok);
    }

    // A new version within the phase (here a longer max_age) moves no phase, but the rollout's
    // policy is the live one from then on.
    void thirdPartySeesTheEnforceId()
    {
        thirdPartySees(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                       *PolicyVersions(m_context).find(m_id, m_enforceId));
    }

    void newVersionWithinThePhase()
    {
        m_clock->advance(3600);
        Result<StoredPolicyVersion> longer = PolicyVersions(m_context).create(
            m_id, NewPolicyVersion{mtasts::PolicyMode::Enforce, 1209600, std::nullopt});
        QVERIFY(longer.ok());
        QVERIFY(serve(*longer));
        push(longer->version.id);
        Result<Publication> published =
            PolicyVersions(m_context).publish(m_id, longer->version.id, m_targets);
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        QVERIFY(published->phaseChange.isEmpty());
        Result<RolloutStatus> status = RolloutService(m_context).status(m_id);
        QCOMPARE(status->phase, RolloutPhase::Enforce);
        QCOMPARE(status->policyId, longer->version.id);
    }

    // The runbook the customer receives (written by the CLI, read back as text) names every
    // version with its state and the certificate the policy host serves.
    void runbookTellsWhatIsLive()
    {
        if (!haveProgram(u"pdftotext"_s))
            QSKIP("pdftotext is not installed");
        const QString pdf = m_lab->filePath(u"runbook.pdf"_s);
        const ToolRun written = runTool(cliPath(),
                                        {u"runbook"_s, QString::number(m_id), u"--out"_s, pdf,
                                         u"--lang"_s, u"en"_s, u"--database"_s, m_database},
                                        120000);
        QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
        const ToolRun text = runTool(u"pdftotext"_s, {pdf, u"-"_s}, 30000);
        QVERIFY(text.exitCode == 0);
        const QString runbook = QString::fromUtf8(text.out).simplified();
        for (const QString &id : {m_testingId, m_enforceId})
            QVERIFY2(runbook.contains(id), qPrintable(id));
        QVERIFY2(runbook.contains(u"superseded"_s), "the testing version is not superseded");
        QVERIFY2(runbook.contains(u"mta-sts.dyn.test"_s), "no policy host in the runbook");
    }
};

QTEST_GUILESS_MAIN(TestEngagementFlow)
#include "test_engagement_flow.moc"

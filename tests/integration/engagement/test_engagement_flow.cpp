// One engagement from discovery to enforce the way a consultant runs it with stsdesk-cli,
// against real servers: Knot serving the DNSSEC-signed customer zone and taking RFC 2136 updates
// (DnsLabDynamic), Pebble issuing through certbot, nginx hosting the policy, and mta-sts-query as
// a third party's check. Each step builds on the one before:
//   discover → key and CSR → certificate from Pebble via certbot → testing draft → policy file
//   served → records pushed → published (verified through DNS and HTTPS; mta-sts-query agrees)
//   → 16 days of clean reports imported → ready → enforce draft → served and pushed → published
//   (mta-sts-query sees the new id in enforce) → the runbook names every version.
// Readiness needs 14 days in testing: the CLI runs on the real clock, so the steps that need the
// days to have passed (the status, the enforce publication) run the CLI's use cases with the
// engagement's clock moved 16 days on. DNSSEC signatures are checked against the real time.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dnslab/DnsLabDynamic.h"
#include "mtasts/ThirdPartyChecker.h"
#include "nginx/NginxServer.h"
#include "nginx/PolicyHostLab.h"
#include "pebble/PebbleServer.h"
#include "pki/TestPki.h"
#include "reports/TlsReportWriter.h"
#include "services/DiscoveryService.h"
#include "services/EngagementService.h"
#include "services/PolicyVersions.h"
#include "services/RolloutService.h"

#include <QJsonArray>
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
    // `stsdesk-cli records push` of the records announcing `policyId` (the version about to be
    // published) to Knot, read back record by record.
    void push(const QString &policyId)
    {
        const ToolRun pushed = cli({u"records"_s, u"push"_s, QString::number(m_id), u"--server"_s,
                                    u"127.0.0.1:%1"_s.arg(m_dns->port()), u"--tsig-key-file"_s,
                                    m_keyFile, u"--policy-id"_s, policyId, u"--json"_s});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.describe()));
        QCOMPARE(QJsonDocument::fromJson(pushed.out).object().value(u"allServed"_s).toBool(), true);
    }
    ToolRun cli(const QStringList &args, int timeoutMs = 60000) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, timeoutMs);
    }
    // `policy new ID … --json`: the new draft's id.
    QString newVersion(const QStringList &options)
    {
        const ToolRun made =
            cli(QStringList{u"policy"_s, u"new"_s, QString::number(m_id), u"--json"_s} + options);
        if (made.exitCode != 0)
            qWarning("%s", qPrintable(made.describe()));
        return QJsonDocument::fromJson(made.out).object().value(u"id"_s).toString();
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
        return {u"--resolver"_s,          m_dns->resolverSpec(), u"--trust-anchor"_s,
                m_dns->trustAnchorFile(), u"--connect"_s,        m_policyHost->connectSpec(),
                u"--ca-file"_s,           m_policyHost->caFile()};
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
        const ToolRun discovered = cli({u"discover"_s, u"--engagement"_s, QString::number(m_id),
                                        u"--resolver"_s, m_dns->resolverSpec(), u"--trust-anchor"_s,
                                        m_dns->trustAnchorFile(), u"--json"_s});
        QVERIFY2(discovered.exitCode == 0, qPrintable(discovered.describe()));
        QCOMPARE(
            QJsonDocument::fromJson(discovered.out).object().value(u"hosts"_s).toArray().size(), 2);
        Result<std::optional<storage::DiscoverySnapshot>> stored =
            DiscoveryService(m_context).latest(m_id);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->report.mx.verdict.isSecure());
    }

    // The policy host's certificate the way the engagement gets it: key and CSR from
    // `stsdesk-cli csr`, certbot with that CSR against Pebble (http-01 through
    // the policy host's port-80 block), installed in nginx. From here on senders (and our checks)
    // trust only Pebble's root.
    void policyHostCertificateFromCsrAndPebble()
    {
        for (const QString &tool : {u"certbot"_s, u"openssl"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is not installed"_s));
        if (!PebbleServer::available())
            QSKIP("pebble, pebble-challtestsrv or curl is not installed");
        const ToolRun csr =
            cli({u"csr"_s, u"--engagement"_s, QString::number(m_id), u"--hosts"_s,
                 u"mta-sts.dyn.test"_s, u"--out"_s, m_lab->filePath(u"secrets"_s), u"--json"_s});
        QVERIFY2(csr.exitCode == 0, qPrintable(csr.describe()));
        const QJsonObject current =
            QJsonDocument::fromJson(csr.out).object().value(u"current"_s).toObject();
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
        m_testingId = newVersion({u"--mode"_s, u"testing"_s, u"--mx"_s, u"*.dyn.test"_s});
        QVERIFY(!m_testingId.isEmpty());
        Result<StoredPolicyVersion> draft = PolicyVersions(m_context).find(m_id, m_testingId);
        QVERIFY(draft.ok());
        QCOMPARE(draft->version.policy.maxAge, qint64(86400));
        QVERIFY(draft->isDraft());

        // Nothing published yet: the check says so and nothing goes live.
        QCOMPARE(cli(QStringList{u"policy"_s, u"verify"_s, QString::number(m_id), m_testingId} +
                     cliTargets())
                     .exitCode,
                 1);
        const ToolRun refused =
            cli(QStringList{u"policy"_s, u"publish"_s, QString::number(m_id), m_testingId} +
                cliTargets());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is not what senders see yet"), refused.err.constData());
        QVERIFY(PolicyVersions(m_context).find(m_id, m_testingId)->isDraft());
    }

    void testingGoesLiveWithEvidence()
    {
        QVERIFY(serve(*PolicyVersions(m_context).find(m_id, m_testingId)));
        push(m_testingId);
        QCOMPARE(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"v=STSv1; id=%1;\""_s.arg(m_testingId)});

        const ToolRun published = cli(QStringList{u"policy"_s, u"publish"_s, QString::number(m_id),
                                                  m_testingId, u"--json"_s} +
                                      cliTargets());
        QVERIFY2(published.exitCode == 0, qPrintable(published.describe()));
        const QJsonObject json = QJsonDocument::fromJson(published.out).object();
        QCOMPARE(json.value(u"verified"_s).toBool(), true);
        QCOMPARE(json.value(u"phase"_s).toString(), u"testing"_s);
        const QJsonObject check = json.value(u"check"_s).toObject();
        QCOMPARE(check.value(u"stsTxtSecure"_s).toBool(), true);
        QCOMPARE(check.value(u"servedEqual"_s).toBool(), true);
        Result<StoredPolicyVersion> live = PolicyVersions(m_context).find(m_id, m_testingId);
        QVERIFY(live->isLive());
        QVERIFY(live->verificationId > 0);

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

    void verifyAgainAndListTheVersions()
    {
        const ToolRun verify =
            cli(QStringList{u"policy"_s, u"verify"_s, QString::number(m_id), u"--json"_s} +
                cliTargets());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const QJsonObject check = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(check.value(u"policyId"_s).toString(), m_testingId);
        QCOMPARE(check.value(u"ok"_s).toBool(), true);

        const ToolRun versions = cli({u"policy"_s, u"versions"_s, QString::number(m_id)});
        QVERIFY2(versions.exitCode == 0, qPrintable(versions.describe()));
        QVERIFY2(versions.out.contains(m_testingId.toLatin1() + "  testing  max_age 86400  live"),
                 versions.out.constData());
    }

    void enforceWaitsForReadiness()
    {
        m_enforceId = newVersion({u"--mode"_s, u"enforce"_s});
        Result<StoredPolicyVersion> enforce = PolicyVersions(m_context).find(m_id, m_enforceId);
        QVERIFY(enforce.ok());
        QCOMPARE(enforce->version.policy.maxAge, qint64(604800));
        QCOMPARE(enforce->version.policy.mxTexts(), QStringList{u"*.dyn.test"_s}); // the live's
        QVERIFY(m_enforceId > m_testingId);
        // Not ready after a day in testing: refused before anything is looked up.
        const ToolRun early =
            cli(QStringList{u"policy"_s, u"publish"_s, QString::number(m_id), m_enforceId} +
                cliTargets());
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("Not ready for enforce"), early.err.constData());
        QVERIFY(PolicyVersions(m_context).find(m_id, m_enforceId)->isDraft());
    }

    void cleanReportsMakeItReady()
    {
        TlsReportWriter writer(m_lab->filePath(u"reports"_s), m_dns->domain(), u"*.dyn.test"_s);
        const QStringList files =
            writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                  m_testingDay, m_testingDay.addDays(15));
        const ToolRun imported = cli(QStringList{u"import"_s} + files + QStringList{u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(u"imported"_s).toInt(),
                 files.size());

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
            cli(QStringList{u"policy"_s, u"publish"_s, QString::number(m_id), m_enforceId} +
                cliTargets());
        // The CLI runs on the real clock: 16 days have not passed for it. The same use case on
        // the engagement's clock (16 days on) publishes.
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

    void thirdPartySeesTheEnforceId()
    {
        thirdPartySees(m_dns->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                       *PolicyVersions(m_context).find(m_id, m_enforceId));
    }

    // A new version within the phase (here a longer max_age) moves no phase, but the rollout's
    // policy is the live one from then on.
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
    // version with its state, the records with the live id, and the certificate inventory.
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
        // The records as they are to be published now, with the live id, and the certificates.
        const auto live = PolicyVersions(m_context).current(m_id);
        QVERIFY(live.ok() && live->has_value());
        QVERIFY(runbook.contains(u"DNS records to publish"_s));
        QVERIFY2(runbook.contains(u"v=STSv1; id=%1;"_s.arg((*live)->version.id)),
                 qPrintable(runbook));
        QVERIFY(runbook.contains(u"Certificate inventory"_s));
    }
};

QTEST_GUILESS_MAIN(TestEngagementFlow)
#include "test_engagement_flow.moc"

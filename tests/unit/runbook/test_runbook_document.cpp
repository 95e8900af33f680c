// The runbook document of a fully populated engagement (RunbookFixture), built in core without a
// display: no QGuiApplication, no platform plugin, no Qt Gui linked (the build checks the last).
// Its sections carry the records, policies, reports and rollout of the stored engagement; a German
// runbook is German while everything else the program says stays English, and building it
// installs no translator.
#include "RunbookFixture.h"
#include "RunbookText.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookLanguage.h"
#include "services/EngagementService.h"
#include "services/NotificationSettings.h"
#include "services/ReportDomains.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "storage/DeliverySettingsRepository.h"
#include "storage/FindingRepository.h"
#include "storage/HostingRepository.h"
#include "storage/MonitorRuns.h"
#include "storage/PolicyRepository.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::runbook;

namespace {

// Counts the LanguageChange events the application gets: installing a translator sends one.
class LanguageChanges : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

} // namespace

class TestRunbookDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    test::RunbookFixture m_fixture;
    const QDateTime m_now{QDate(2026, 12, 8), QTime(10, 0), Qt::UTC};

    struct Built
    {
        RunbookData data;
        RunbookDocument document;
    };
    Result<Built> build(qint64 engagementId, const QString &language,
                        const std::function<void()> &step = {})
    {
        const RunbookLanguage lang(language);
        RunbookOptions options;
        options.language = language;
        options.now = m_now;
        Result<RunbookData> data = loadRunbookData(m_db, engagementId, m_now, lang.text());
        if (!data)
            return data.error();
        const RunbookBuilder builder(*data, options, lang);
        return Built{*data, builder.build(step)};
    }
    static const RunbookSection *section(const RunbookDocument &document, const QString &key)
    {
        return test::section(document, key);
    }
    static QString text(const QString &html) { return test::unwrapped(html); }
    // An engagement with nothing stored but its customer and domain.
    Result<Engagement> newEngagement(const QString &customer, const QString &domain)
    {
        Engagement draft;
        draft.customer = customer;
        draft.domain = *DomainName::fromUserInput(domain);
        return EngagementService(m_db, std::make_shared<FixedClock>(m_now), u"tester"_s)
            .create(draft);
    }
private Q_SLOTS:
    void initTestCase()
    {
        // What this test is about: nothing of Qt Gui is there to lean on.
        QVERIFY(qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"));
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
        QVERIFY(m_dir.isValid());
        m_db = m_fixture.openPopulated(m_dir.path(), m_now);
        QVERIFY2(m_db, qPrintable(m_fixture.error));
    }

    void sectionsOfAStoredEngagement()
    {
        Result<Built> built = build(m_fixture.engagementId, u"en"_s);
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const RunbookDocument &d = built->document;
        QStringList keys;
        for (const RunbookSection &s : d.sections)
            keys << s.key;
        QCOMPARE(keys, (QStringList{u"summary"_s, u"protections"_s, u"mx"_s, u"certificates"_s,
                                    u"policies"_s, u"records"_s, u"hosting"_s, u"renewal"_s,
                                    u"dane"_s, u"tlsrpt"_s, u"timeline"_s, u"incidents"_s,
                                    u"monitoring"_s, u"rollback"_s, u"appendix"_s}));
        QVERIFY2(d.omitted.isEmpty(), qPrintable(d.omitted.join(u'\n')));
        QCOMPARE(d.headerText, u"Runbook Runbook Maschinenbau GmbH – runbook.example"_s);
        QVERIFY(text(d.coverHtml).contains(u"Erika Mustermann"_s));

        // The zone the customer publishes: the policy id, the reporting address, the MX host's
        // TLSA digest (DNSSEC is secure), the policy host's address.
        const QString records = text(section(d, u"records"_s)->html);
        const QString hex = QString::fromLatin1(m_fixture.mx1SpkiSha256Hex);
        for (const QString &expected :
             {u"_mta-sts.runbook.example."_s, u"v=STSv1; id=%1"_s.arg(m_fixture.enforcePolicyId),
              u"_smtp._tls.runbook.example."_s, u"rua=mailto:tlsrpt@runbook.example"_s,
              u"_25._tcp.mx1.runbook.example."_s, u"3 1 1 "_s + hex, u"192.0.2.80"_s})
            QVERIFY2(records.contains(expected, Qt::CaseInsensitive), qPrintable(expected));

        const QString policies = text(section(d, u"policies"_s)->html);
        QVERIFY(policies.contains(m_fixture.testingPolicyId));
        QVERIFY(policies.contains(u"Live policy file (id %1)"_s.arg(m_fixture.enforcePolicyId)));

        const QString mx = text(section(d, u"mx"_s)->html);
        QVERIFY(mx.contains(u"mx1.runbook.example"_s) && mx.contains(u"192.0.2.26"_s));
        QVERIFY(text(section(d, u"dane"_s)->html)
                    .contains(u"3 1 1 "_s + QString::fromLatin1(m_fixture.mx1SpkiSha256Hex)));

        // 3 senders x 20 clean days x 100 sessions + 50, grouped as English writes numbers.
        const RunbookSection *reports = section(d, u"tlsrpt"_s);
        QVERIFY(text(reports->html).contains(u"6,050 successful and 5 failed sessions"_s));
        QCOMPARE(reports->figures, (QStringList{u"chart-daily"_s, u"chart-senders"_s}));
        QVERIFY(reports->html.contains(u"<img src=\"chart-daily\""_s));

        const RunbookSection *timeline = section(d, u"timeline"_s);
        QCOMPARE(timeline->figures, QStringList{u"timeline"_s});
        QVERIFY(text(timeline->html).contains(u"Customer approved after review"_s));
        QCOMPARE(d.figures(), (QStringList{u"chart-daily"_s, u"chart-senders"_s, u"timeline"_s}));
        QVERIFY(built->data.timeline);

        for (const RunbookSection &s : d.sections)
            QVERIFY2(!s.html.contains(u"PRIVATE KEY"_s), qPrintable(s.key));
        QVERIFY(!text(reports->html).contains(u"Besides"_s));
    }

    // The customer reads what is checked after handover, when it last ran, who gets the weekly
    // summary and what is open now, in the runbook's language.
    void monitoringAfterHandover()
    {
        const qint64 id = m_fixture.engagementId;
        storage::FindingRepository findings(m_db);
        storage::Finding drift;
        drift.engagementId = id;
        drift.kind = u"drift.txt-id"_s;
        drift.severity = storage::Finding::Severity::Critical;
        drift.details = {{u"txtId"_s, u"20261201000000"_s},
                         {u"servedId"_s, u"20261101000000"_s},
                         {u"liveId"_s, u"20261201000000"_s}};
        QVERIFY(findings.upsert(drift, m_now.addDays(-2), u"monitor"_s).ok());
        storage::MonitorRuns runs(m_db);
        Result<qint64> run = runs.start(u"desk"_s, m_now.addSecs(-3600));
        QVERIFY(run.ok());
        storage::MonitorRun finished;
        finished.id = *run;
        finished.startedAt = m_now.addSecs(-3600);
        finished.finishedAt = m_now.addSecs(-3500);
        QVERIFY(runs.finish(finished).ok());
        const ServiceContext context{m_db, std::make_shared<FixedClock>(m_now), u"tester"_s};
        QVERIFY(
            NotificationSettings(context).setWeeklyRecipients(id, {u"it@runbook.example"_s}).ok());

        Result<Built> en = build(id, u"en"_s);
        Result<Built> de = build(id, u"de"_s);
        QVERIFY(findings.resolveUnseen(id, {u"drift.txt-id"_s}, {}, m_now, u"monitor"_s).ok());
        QVERIFY(NotificationSettings(context).setWeeklyRecipients(id, {}).ok());
        QVERIFY(en.ok() && de.ok());
        const QString monitoring = text(section(en->document, u"monitoring"_s)->html);
        for (const QString &expected :
             {u"checks runbook.example every day"_s, u"30, 14 and 7 days"_s,
              u"it@runbook.example"_s, u"2026-12-08 09:01 UTC"_s,
              u"The _mta-sts TXT record announces id 20261201000000, but the policy host serves "
              "version 20261101000000. (critical, open since Sunday, 6 December 2026)"_s})
            QVERIFY2(monitoring.contains(expected),
                     qPrintable(expected + u"\n---\n"_s + monitoring.right(600)));
        QVERIFY(text(section(en->document, u"summary"_s)->html)
                    .contains(u"announces id 20261201000000"_s));
        const QString german = text(section(de->document, u"monitoring"_s)->html);
        QVERIFY2(german.contains(u"Überwachung"_s) || german.contains(u"überwacht"_s) ||
                     german.contains(u"prüft"_s),
                 qPrintable(german));
        QVERIFY2(!german.contains(u"every day"_s), qPrintable(german));
    }

    // A domain assigned from the unassigned reports is named where the reports are summarised.
    void extraReportDomainsAreNamed()
    {
        const ServiceContext context{m_db, std::make_shared<FixedClock>(m_now), u"tester"_s};
        tlsrpt::ReportDomains domains(context);
        QVERIFY(domains.assign(m_fixture.engagementId, u"shop.example"_s).ok());
        Result<Built> built = build(m_fixture.engagementId, u"en"_s);
        QVERIFY(domains.unassign(m_fixture.engagementId, u"shop.example"_s).ok());
        QVERIFY(built.ok());
        QCOMPARE(built->data.extraReportDomains, QStringList{u"shop.example"_s});
        const QString reports = text(section(built->document, u"tlsrpt"_s)->html);
        QVERIFY2(reports.contains(u"Besides runbook.example, the engagement takes the reports for "
                                  "these domains, and they are counted here: shop.example."_s),
                 qPrintable(reports));
    }

    // Building a German runbook while the program speaks English: the runbook is German, the
    // program stays English during and after, and no translator is installed.
    void germanRunbookLeavesTheProgramEnglish()
    {
        QTranslator english; // the UI's catalogue, as the program installs it for English
        QVERIFY(english.load(u":/i18n/stsdesk_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        LanguageChanges changes;
        qApp->installEventFilter(&changes);
        const auto programText = [] {
            return QStringList{
                QCoreApplication::translate(
                    "sts::RolloutService",
                    "Readiness is judged while the engagement is in Testing."),       // core
                QCoreApplication::translate("sts::ui::RunbookView", "Export &PDF…")}; // ui
        };
        const QStringList englishText{u"Readiness is judged while the engagement is in Testing."_s,
                                      u"Export &PDF…"_s};
        QStringList duringBuild;
        Result<Built> built = build(m_fixture.engagementId, u"de"_s, [&] {
            if (duringBuild.isEmpty())
                duringBuild = programText();
        });
        qApp->removeEventFilter(&changes);
        QCoreApplication::removeTranslator(&english);
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));

        const RunbookDocument &d = built->document;
        QCOMPARE(d.sections.first().title, u"Zusammenfassung für die Geschäftsleitung"_s);
        QVERIFY(section(d, u"incidents"_s)->title == u"Reaktion auf Störungen"_s);
        QVERIFY(text(section(d, u"tlsrpt"_s)->html).contains(u"6.050 erfolgreiche"_s));
        QVERIFY(text(d.coverHtml).contains(u"Dezember 2026"_s));
        // Core phrases its own texts in the runbook's language too.
        QVERIFY2(built->data.rollout->readiness.blockingReasons.join(u' ').contains(u"Phase"_s),
                 qPrintable(built->data.rollout->readiness.blockingReasons.join(u' ')));
        QCOMPARE(duringBuild, englishText);
        QCOMPARE(programText(), englishText);
        QCOMPARE(changes.count, 0);
    }

    // "Hosting the policy" gives the steps of the engagement's hosting and lists its files; the
    // appendix quotes their configuration (German too). Restores nginx afterwards.
    void hostingSectionFollowsTheChoice_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("file");
        QTest::newRow("apache") << u"external"_s << u"en"_s << u"apache2ctl -t"_s
                                << u"apache/mta-sts.runbook.example.conf"_s;
        QTest::newRow("worker") << u"cloudflare-worker"_s << u"en"_s << u"wrangler deploy"_s
                                << u"cloudflare-worker/worker.js"_s;
        QTest::newRow("pages") << u"cloudflare-pages"_s << u"en"_s << u"_headers"_s
                               << u"cloudflare-pages/_headers"_s;
        QTest::newRow("github") << u"github-pages"_s << u"de"_s << u"Enforce HTTPS"_s
                                << u"github-pages/_config.yml"_s;
    }

    void hostingSectionFollowsTheChoice()
    {
        QFETCH(QString, key);
        QFETCH(QString, language);
        QFETCH(QString, step);
        QFETCH(QString, file);
        EngagementService engagements(m_db, std::make_shared<FixedClock>(m_now), u"tester"_s);
        const auto setHosting = [&](const QString &hostingKey) {
            Result<Engagement> e = engagements.get(m_fixture.engagementId);
            return e.ok() && fromKey(hostingKey, e->hosting) && engagements.update(*e).ok();
        };
        QVERIFY(setHosting(key));
        Result<Built> built = build(m_fixture.engagementId, language);
        QVERIFY(setHosting(u"nginx"_s));
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const RunbookSection *hosting = section(built->document, u"hosting"_s);
        QVERIFY(hosting);
        const QString body = text(hosting->html);
        QVERIFY2(body.contains(step) && body.contains(file), qPrintable(body));
        QVERIFY(!body.contains(u"nginx -t"_s));
        QVERIFY(text(section(built->document, u"appendix"_s)->html).contains(file));
    }

    // Rollback: how long senders keep the enforce policy is the max_age of the one that went
    // live, not a fixed week.
    void rollbackWaitIsTheEnforceMaxAge()
    {
        Result<Engagement> created = newEngagement(u"Lange Cache AG"_s, u"cache.example"_s);
        QVERIFY(created.ok());
        Result<Built> before = build(created->id, u"en"_s);
        QVERIFY(before.ok());
        QVERIFY(text(section(before->document, u"rollback"_s)->html).contains(u"(7 day"_s));

        mtasts::PolicyVersion enforce;
        enforce.id = u"20261201000000"_s;
        enforce.createdAt = m_now.addDays(-6);
        enforce.policy.mode = mtasts::PolicyMode::Enforce;
        enforce.policy.maxAge = 14 * 86400;
        enforce.policy.mx = {*mtasts::MxPattern::parse(u"mx.cache.example"_s)};
        storage::PolicyRepository policies(m_db);
        Result<qint64> row = policies.add(created->id, enforce);
        QVERIFY2(row.ok(), row ? "" : qPrintable(row.error().describe()));
        QVERIFY(policies.markPublished(*row, m_now.addDays(-1)).ok());
        Result<Built> after = build(created->id, u"en"_s);
        QVERIFY(after.ok());
        const QString rollback = text(section(after->document, u"rollback"_s)->html);
        QVERIFY2(rollback.contains(u"(14 day"_s), qPrintable(rollback));
    }

    // An engagement with nothing yet: what is missing is left out and the reasons are given.
    void newEngagementSaysWhatIsMissing()
    {
        Result<Engagement> created = newEngagement(u"Neukunde GmbH"_s, u"neu.example"_s);
        QVERIFY(created.ok());
        Result<Built> built = build(created->id, u"en"_s);
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const RunbookDocument &d = built->document;
        QVERIFY(section(d, u"summary"_s) && section(d, u"incidents"_s) &&
                section(d, u"rollback"_s));
        QVERIFY(!section(d, u"records"_s) && !section(d, u"tlsrpt"_s) &&
                !section(d, u"timeline"_s));
        const QString omitted = d.omitted.join(u'\n');
        QVERIFY2(omitted.contains(u"DNS records: they cannot be built yet (no MTA-STS policy "
                                  u"version has been created)."_s),
                 qPrintable(omitted));
        QVERIFY(omitted.contains(u"MX inventory: no discovery has been run."_s));
        QVERIFY(d.figures().isEmpty());
    }

    // A major sender marked as not sending to the customer is named in the rollout history with
    // the reason, who recorded it and when (last: it changes the fixture's engagement).
    void excludedSendersAreListedWithTheReason()
    {
        const auto clock = std::make_shared<FixedClock>(m_now.addDays(-3));
        QVERIFY(RolloutService(m_db, clock, u"anna"_s)
                    .excludeSender(m_fixture.engagementId, u"Yahoo"_s,
                                   u"The customer's gateway logs show no Yahoo mail"_s)
                    .ok());
        Result<Built> built = build(m_fixture.engagementId, u"en"_s);
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const QString timeline = text(section(built->document, u"timeline"_s)->html);
        QVERIFY2(timeline.contains(u"Senders that do not send to this customer"_s),
                 qPrintable(timeline));
        QVERIFY2(timeline.contains(u"Yahoo The customer's gateway logs show no Yahoo mail anna"_s),
                 qPrintable(timeline));
    }

    // Certificates validated over DNS: the renewal section says which TSIG key may update what
    // (Knot and BIND examples) and how the credentials file gets its secret, never the secret.
    void dnsChallengeSteps()
    {
        storage::DeliverySettingsRepository repository(m_db);
        storage::StoredDeliverySettings before = repository.get(m_fixture.engagementId).value();
        before.updatedAt = m_now;
        storage::StoredDeliverySettings dns = before;
        dns.challenges.mxHosts = deploy::Challenge::DnsRfc2136;
        dns.challenges.rfc2136 = deploy::Rfc2136Settings{u"192.0.2.53"_s,  53,        u"acme-key"_s,
                                                         u"hmac-sha256"_s, QString(), 60};
        QVERIFY(repository.put(m_fixture.engagementId, dns));
        Result<Built> built = build(m_fixture.engagementId, u"en"_s);
        QVERIFY(repository.put(m_fixture.engagementId, before));
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const QString renewal = text(section(built->document, u"renewal"_s)->html);
        for (const QString &expected :
             {u"DNS-01 through RFC 2136 (no port 80)"_s, u"TSIG key acme-key (hmac-sha256)"_s,
              u"_acme-challenge.mx1.runbook.example"_s, u"update-type: [TXT]"_s,
              u"grant acme-key name _acme-challenge.mx1.runbook.example. TXT;"_s,
              u"chmod 600 /etc/letsencrypt/rfc2136-runbook.example.ini"_s,
              u"certbot waits 60 second"_s, u"secrets/rfc2136-runbook.example.ini"_s})
            QVERIFY2(renewal.contains(expected), qPrintable(expected + u"\n"_s + renewal));
    }

    // Hosted on the consultant's policy host (issue 19): the records and the hosting section
    // tell the customer to point mta-sts.<domain> there by CNAME.
    void consultantPolicyHostIsACname()
    {
        storage::HostingRepository hosting(m_db);
        QVERIFY(hosting
                    .setSetting(storage::HostingRepository::kPolicyHostName,
                                u"mta-sts.consultant.example"_s, m_now)
                    .ok());
        Result<Built> built = build(m_fixture.engagementId, u"en"_s);
        QVERIFY(hosting.setSetting(storage::HostingRepository::kPolicyHostName, {}, m_now).ok());
        QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().message));
        const QString records = text(section(built->document, u"records"_s)->html);
        QVERIFY2(records.contains(u"mta-sts.runbook.example. 3600 IN CNAME "
                                  "mta-sts.consultant.example."_s),
                 qPrintable(records));
        QVERIFY(!records.contains(u"192.0.2.80"_s));
        QVERIFY(text(section(built->document, u"hosting"_s)->html)
                    .contains(u"“mta-sts.runbook.example CNAME mta-sts.consultant.example”"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunbookDocument)
#include "test_runbook_document.moc"

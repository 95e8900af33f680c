// services::DeliverySettings on a real SQLite workspace: what the consultant types about delivery
// (TLS-RPT addresses, alert addresses, MTA, hosting) is validated, stored, logged as
// "settings.changed", and read by the records, the artifacts and the runbook data.
#include "ServiceFixture.h"
#include "deploy/DeliveryKinds.h"
#include "engagement/EventKinds.h"
#include "runbook/RunbookData.h"
#include "services/DeliverySettings.h"
#include "services/DeployInputLoader.h"
#include "services/PolicyVersions.h"
#include "services/PublishPlanner.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using services::DeliverySettings;
using services::StoredDeliverySettings;

class TestDeliverySettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_ws;

    DeliverySettings service() const { return DeliverySettings(m_ws->context); }
    qint64 id() const { return m_ws->engagementId; }

    StoredDeliverySettings typed() const
    {
        StoredDeliverySettings s;
        s.rua = QStringList{u" mailto:tlsrpt@lab.test "_s, u"https://reports.lab.test/v1"_s,
                            u"mailto:tlsrpt@lab.test"_s, u""_s};
        s.alerts =
            deploy::AlertAddresses{u"team@lab.test"_s, u"lead@lab.test"_s, u"oncall@lab.test"_s};
        s.mta = deploy::Mta::Exim;
        s.hosting = Hosting::CloudflarePages;
        return s;
    }

    QList<storage::EngagementEvent> settingsEvents() const
    {
        QList<storage::EngagementEvent> out;
        for (const storage::EngagementEvent &e :
             EngagementService(m_ws->context).events(id()).valueOr({}))
            if (e.kind == events::kSettingsChanged)
                out << e;
        return out;
    }

    // A policy version, so that records and artifacts can be made without a discovery.
    void addPolicy()
    {
        NewPolicyVersion request;
        request.mx = QStringList{u"mx1.lab.test"_s};
        QVERIFY(PolicyVersions(m_ws->context).create(id(), request).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_ws->open());
    }

    void defaultsWhenNothingWasSaved()
    {
        Result<StoredDeliverySettings> s = service().load(id());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QVERIFY(!s->rua);
        QCOMPARE(s->alerts, deploy::AlertAddresses{});
        QCOMPARE(s->mta, deploy::Mta::Postfix);
        QCOMPARE(s->hosting, Hosting::Nginx);
        QVERIFY(!s->updatedAt.isValid());
        QCOMPARE(service().load(id() + 99).error().code, u"engagement.not-found"_s);
    }

    void savedValuesComeBackNormalisedAndLogged()
    {
        Result<StoredDeliverySettings> saved = service().save(id(), typed());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().describe()));
        const QStringList rua{u"mailto:tlsrpt@lab.test"_s, u"https://reports.lab.test/v1"_s};
        QCOMPARE(saved->rua, std::optional<QStringList>(rua));

        // A new connection (another face) reads the same.
        Result<ServiceContext> other = m_ws->context.forThisThread();
        QVERIFY(other.ok());
        Result<StoredDeliverySettings> loaded = DeliverySettings(*other).load(id());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->rua, std::optional<QStringList>(rua));
        QCOMPARE(loaded->alerts.notice, u"team@lab.test"_s);
        QCOMPARE(loaded->alerts.escalation, u"lead@lab.test"_s);
        QCOMPARE(loaded->alerts.critical, u"oncall@lab.test"_s);
        QCOMPARE(loaded->mta, deploy::Mta::Exim);
        QCOMPARE(loaded->hosting, Hosting::CloudflarePages);
        QCOMPARE(loaded->updatedAt, m_ws->clock->now());
        // Hosting is the engagement's one choice, whichever page or command set it.
        QCOMPARE(EngagementService(m_ws->context).get(id())->hosting, Hosting::CloudflarePages);

        const QList<storage::EngagementEvent> logged = settingsEvents();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().actor, u"tester"_s);
        const QJsonObject payload = logged.first().payload;
        QCOMPARE(payload.keys(),
                 (QStringList{u"alert-critical"_s, u"alert-escalation"_s, u"alert-notice"_s,
                              u"hosting"_s, u"mta"_s, u"rua"_s}));
        QVERIFY(payload[u"rua"_s][u"before"_s].isNull());
        QCOMPARE(payload[u"rua"_s][u"after"_s].toArray().size(), 2);
        QCOMPARE(payload[u"mta"_s][u"before"_s].toString(), u"postfix"_s);
        QCOMPARE(payload[u"mta"_s][u"after"_s].toString(), u"exim"_s);

        // Saving the same again writes nothing; one change logs only that change.
        QVERIFY(service().save(id(), typed()).ok());
        QCOMPARE(settingsEvents().size(), 1);
        StoredDeliverySettings next = *loaded;
        next.alerts.critical = u"pager@lab.test"_s;
        QVERIFY(service().save(id(), next).ok());
        QCOMPARE(settingsEvents().size(), 2);
        QCOMPARE(settingsEvents().last().payload.keys(), QStringList{u"alert-critical"_s});
    }

    void invalidValuesAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QStringList>("rua");
        QTest::addColumn<QString>("critical");
        QTest::addColumn<QString>("code");
        const QString ok = u"oncall@lab.test"_s;
        QTest::newRow("ftp") << QStringList{u"ftp://lab.test/r"_s} << ok << u"settings.rua"_s;
        QTest::newRow("no scheme") << QStringList{u"tlsrpt@lab.test"_s} << ok << u"settings.rua"_s;
        QTest::newRow("mailto without @")
            << QStringList{u"mailto:tlsrpt"_s} << ok << u"settings.rua"_s;
        QTest::newRow("https without host")
            << QStringList{u"https://"_s} << ok << u"settings.rua"_s;
        QTest::newRow("not ASCII")
            << QStringList{u"mailto:tlsrpt@bäckerei.test"_s} << ok << u"settings.rua"_s;
        QTest::newRow("alert no @") << QStringList{} << u"oncall"_s << u"settings.alert-critical"_s;
        QTest::newRow("alert blank")
            << QStringList{} << u"on call@lab.test"_s << u"settings.alert-critical"_s;
        QTest::newRow("alert bad domain")
            << QStringList{} << u"oncall@lab"_s << u"settings.alert-critical"_s;
    }
    void invalidValuesAreRefusedAndNothingIsStored()
    {
        QFETCH(QStringList, rua);
        QFETCH(QString, critical);
        QFETCH(QString, code);
        StoredDeliverySettings s = typed();
        s.rua = rua;
        s.alerts.critical = critical;
        Result<StoredDeliverySettings> saved = service().save(id(), s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, code);
        QVERIFY(!saved.error().message.isEmpty());
        QVERIFY(!service().load(id())->updatedAt.isValid());
        QVERIFY(settingsEvents().isEmpty());
    }

    // The _smtp._tls record every face exports carries the saved rua; saved empty, none.
    void recordsUseTheSavedRua()
    {
        addPolicy();
        QVERIFY(service().save(id(), typed()).ok());
        Result<services::PublishPlan> plan =
            services::PublishPlanner(m_ws->context.database).plan(id());
        QVERIFY(plan.ok());
        QCOMPARE(plan->records.rua,
                 (QStringList{u"mailto:tlsrpt@lab.test"_s, u"https://reports.lab.test/v1"_s}));
        Result<records::RecordSet> set = plan->recordSet();
        QVERIFY(set.ok());
        bool found = false;
        for (const records::DnsRecordSpec &r : set->records())
            if (r.owner == u"_smtp._tls.lab.test."_s) {
                found = true;
                QCOMPARE(r.rdata(), u"\"v=TLSRPTv1; rua=mailto:tlsrpt@lab.test,"
                                    "https://reports.lab.test/v1\""_s);
            }
        QVERIFY(found);

        StoredDeliverySettings none = *service().load(id());
        none.rua = QStringList{};
        QVERIFY(service().save(id(), none).ok());
        plan = services::PublishPlanner(m_ws->context.database).plan(id());
        QVERIFY(plan->records.rua.isEmpty());
    }

    // The artifacts take MTA, hosting and alerts from the settings; a run's options override.
    void artifactsUseTheSavedSettings()
    {
        addPolicy();
        QVERIFY(service().save(id(), typed()).ok());
        Result<deploy::DeployInput> in =
            deploy::loadDeployInput(m_ws->context.database, id(), deploy::ArtifactOptions{});
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().describe()));
        QCOMPARE(in->renewal.mta, deploy::Mta::Exim);
        QCOMPARE(in->hosting, deploy::Hosting::CloudflarePages);
        QVERIFY(!in->renewal.policyHost);
        QCOMPARE(in->renewal.alerts, (deploy::AlertAddresses{u"team@lab.test"_s, u"lead@lab.test"_s,
                                                             u"oncall@lab.test"_s}));
        QCOMPARE(in->records.rua.size(), 2);

        deploy::ArtifactOptions run;
        run.mta = deploy::Mta::Postfix;
        run.hosting = deploy::Hosting::Nginx;
        run.alerts.critical = u"pager@lab.test"_s;
        in = deploy::loadDeployInput(m_ws->context.database, id(), run);
        QVERIFY(in.ok());
        QCOMPARE(in->renewal.mta, deploy::Mta::Postfix);
        QCOMPARE(in->hosting, deploy::Hosting::Nginx);
        QCOMPARE(in->renewal.alerts, (deploy::AlertAddresses{u"team@lab.test"_s, u"lead@lab.test"_s,
                                                             u"pager@lab.test"_s}));
        // Only for that run.
        QCOMPARE(service().load(id())->mta, deploy::Mta::Exim);
    }

    void runbookDataShowsRuaAndAlerts()
    {
        addPolicy();
        StoredDeliverySettings s = typed();
        s.alerts.critical.clear(); // resolved: the escalation address
        QVERIFY(service().save(id(), s).ok());
        Result<runbook::RunbookData> data = runbook::loadRunbookData(
            m_ws->context.database, id(), m_ws->clock->now(), TextLanguage::English);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().describe()));
        QCOMPARE(data->tlsRptRua,
                 (QStringList{u"mailto:tlsrpt@lab.test"_s, u"https://reports.lab.test/v1"_s}));
        QCOMPARE(data->alerts, (deploy::AlertAddresses{u"team@lab.test"_s, u"lead@lab.test"_s,
                                                       u"lead@lab.test"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDeliverySettings)
#include "test_delivery_settings.moc"

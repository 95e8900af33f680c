// services::ManualMx on a real SQLite workspace: mail servers entered by hand are validated
// (host names through DomainName, addresses parsed, no duplicates), stored, logged, merged with
// the newest scan into the one effective MX set that pre-flight, coverage, key hosts, policy mx
// patterns and the publish facts (DANE, runbook) read, and compared with the next scan.
#include "../runbook/RunbookText.h"
#include "ServiceFixture.h"
#include "discovery/ReportParts.h"
#include "engagement/EventKinds.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookLanguage.h"
#include "services/CertificateSources.h"
#include "services/DiscoveryService.h"
#include "services/EngagementExport.h"
#include "services/KeyService.h"
#include "services/ManualMx.h"
#include "services/PolicyVersions.h"
#include "services/ProbeService.h"
#include "services/PublishPlanner.h"

#ifdef STSDESK_TEST_POSTGRES
#include "postgres/PostgresServer.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using services::ManualMx;
using services::ManualMxInput;

namespace {

// The scan of lab.test: mx1 (10, 192.0.2.1) and mx2 (20, no address).
dns::DiscoveryReport scan(const QDateTime &at)
{
    return test::labScanTwoHosts(at);
}

ManualMxInput input(const QString &host, int priority, const QStringList &addresses = {},
                    const QString &note = {})
{
    return ManualMxInput{host, priority, addresses, note};
}

} // namespace

class TestManualMx : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_ws;
#ifdef STSDESK_TEST_POSTGRES
    test::PostgresServer m_server; // the same checks on PostgreSQL (test_manual_mx_postgres)
    int m_databases = 0;
#endif

    ManualMx service() const
    {
        return ManualMx(m_ws->context);
    }
    qint64 id() const
    {
        return m_ws->engagementId;
    }
    QList<storage::EngagementEvent> mxEvents() const
    {
        QList<storage::EngagementEvent> out;
        for (const storage::EngagementEvent &e :
             EngagementService(m_ws->context).events(id()).valueOr({}))
            if (e.kind.startsWith(u"mx."_s))
                out << e;
        return out;
    }

private Q_SLOTS:
#ifdef STSDESK_TEST_POSTGRES
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
#endif
    void init()
    {
        m_ws = std::make_unique<test::ServiceFixture>();
#ifdef STSDESK_TEST_POSTGRES
        QString error;
        m_ws->url = m_server.createDatabase(u"manual_mx_%1"_s.arg(++m_databases), &error);
        QVERIFY2(!m_ws->url.isEmpty(), qPrintable(error));
#endif
        QVERIFY(m_ws->open());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("priority");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty host") << u"  "_s << 10 << QStringList() << ManualMx::kHostError;
        QTest::newRow("blank inside")
            << u"mx 1.lab.test"_s << 10 << QStringList() << ManualMx::kHostError;
        QTest::newRow("single label") << u"mx1"_s << 10 << QStringList() << ManualMx::kHostError;
        QTest::newRow("ip as host")
            << u"192.0.2.1"_s << 10 << QStringList() << ManualMx::kHostError;
        QTest::newRow("negative priority")
            << u"mx1.lab.test"_s << -1 << QStringList() << ManualMx::kPriorityError;
        QTest::newRow("priority too big")
            << u"mx1.lab.test"_s << 65536 << QStringList() << ManualMx::kPriorityError;
        QTest::newRow("bad ipv4") << u"mx1.lab.test"_s << 10 << QStringList{u"192.0.2.300"_s}
                                  << ManualMx::kAddressError;
        QTest::newRow("ipv4 shorthand")
            << u"mx1.lab.test"_s << 10 << QStringList{u"127.1"_s} << ManualMx::kAddressError;
        QTest::newRow("a name as address")
            << u"mx1.lab.test"_s << 10 << QStringList{u"mx1.lab.test"_s} << ManualMx::kAddressError;
        QTest::newRow("scoped ipv6")
            << u"mx1.lab.test"_s << 10 << QStringList{u"fe80::1%eth0"_s} << ManualMx::kAddressError;
    }
    void validation()
    {
        QFETCH(QString, host);
        QFETCH(int, priority);
        QFETCH(QStringList, addresses);
        QFETCH(QString, code);
        Result<services::ManualMxHost> added =
            service().add(id(), input(host, priority, addresses));
        QVERIFY(!added);
        QCOMPARE(added.error().code, code);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(service().list(id())->isEmpty());
        QVERIFY(mxEvents().isEmpty());
    }

    void addedNormalisedAndLogged()
    {
        Result<services::ManualMxHost> added = service().add(
            id(), input(u" MX1.Müller.Lab.test. "_s, 5,
                        {u"192.0.2.25, [2001:DB8::25]"_s, u"192.0.2.25"_s}, u"  neuer Host "_s));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().describe()));
        QCOMPARE(added->host, u"mx1.xn--mller-kva.lab.test"_s);
        QCOMPARE(added->priority, 5);
        QCOMPARE(added->addresses, (QStringList{u"192.0.2.25"_s, u"2001:db8::25"_s}));
        QCOMPARE(added->note, u"neuer Host"_s);
        QCOMPARE(added->createdAt, m_ws->clock->now());

        const QList<storage::EngagementEvent> logged = mxEvents();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged[0].kind, QString(events::kMxEntered));
#ifdef STSDESK_TEST_POSTGRES
        QCOMPARE(logged[0].actor, u"app"_s); // the server names the database role (0018)
#else
        QCOMPARE(logged[0].actor, u"tester"_s);
#endif
        QCOMPARE(logged[0].payload.value(u"host"_s).toString(), added->host);
        QCOMPARE(logged[0].payload.value(u"id"_s).toInteger(), added->id);

        // The same host again (typed differently) is refused.
        Result<services::ManualMxHost> again =
            service().add(id(), input(u"mx1.müller.lab.test"_s, 10));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ManualMx::kDuplicateError);
    }

    void editedAndRemovedWithTheLog()
    {
        const qint64 a = service().add(id(), input(u"mx1.lab.test"_s, 10))->id;
        const qint64 b = service().add(id(), input(u"mx2.lab.test"_s, 20))->id;
        // Renaming onto the other entry is a duplicate.
        QCOMPARE(service().update(id(), b, input(u"mx1.lab.test"_s, 20)).error().code,
                 ManualMx::kDuplicateError);
        m_ws->clock->advance(60);
        Result<services::ManualMxHost> edited =
            service().update(id(), b, input(u"mx3.lab.test"_s, 30, {u"192.0.2.3"_s}));
        QVERIFY(edited);
        QCOMPARE(edited->host, u"mx3.lab.test"_s);
        QVERIFY(edited->updatedAt > edited->createdAt);
        // Nothing changed: nothing logged.
        QVERIFY(service().update(id(), b, input(u"mx3.lab.test"_s, 30, {u"192.0.2.3"_s})));
        QList<storage::EngagementEvent> logged = mxEvents();
        QCOMPARE(logged.size(), 3);
        const QJsonObject change = logged.last().payload;
        QCOMPARE(logged.last().kind, QString(events::kMxEdited));
        QCOMPARE(change.value(u"priority"_s).toObject().value(u"before"_s).toInt(), 20);
        QCOMPARE(change.value(u"priority"_s).toObject().value(u"after"_s).toInt(), 30);
        QVERIFY(!change.contains(u"note"_s));

        QVERIFY(service().remove(id(), a, u"dns-has-it"_s));
        QCOMPARE(service().remove(id(), a).error().code, u"mx.not-found"_s);
        QCOMPARE(service().update(id(), a, input(u"mx1.lab.test"_s, 1)).error().code,
                 u"mx.not-found"_s);
        logged = mxEvents();
        QCOMPARE(logged.last().kind, QString(events::kMxRemoved));
        QCOMPARE(logged.last().payload.value(u"reason"_s).toString(), u"dns-has-it"_s);
        QCOMPARE(service().list(id())->size(), 1);
        // Another engagement's entry cannot be touched through this one.
        QCOMPARE(service().remove(id() + 1, b).error().code, u"mx.not-found"_s);
    }

    // No scan at all (DNS blocked): the hand entries alone are the effective set, and every
    // consumer sees them.
    void handEntriesAloneFeedEveryConsumer()
    {
        QVERIFY(service().add(id(), input(u"mx9.lab.test"_s, 10, {u"127.0.0.1"_s})));
        Result<std::optional<PreflightPlan>> plan = ProbeService(m_ws->context).plan(id());
        QVERIFY(plan && *plan);
        QVERIFY(!(*plan)->scanned);
        QCOMPARE((*plan)->addressesByHand, QStringList{u"mx9.lab.test"_s});
        QCOMPARE((*plan)->plan.targets.size(), 1);
        QCOMPARE((*plan)->plan.targets[0].host, u"mx9.lab.test"_s);
        QCOMPARE((*plan)->plan.targets[0].addresses, QList<QHostAddress>{QHostAddress::LocalHost});

        Result<CertificateSources> sources = loadCertificateSources(m_ws->context, id());
        QVERIFY(sources);
        QCOMPARE(sources->mxHosts.size(), 1);
        QCOMPARE(sources->mxHosts[0].name, u"mx9.lab.test"_s);

        QCOMPARE(*KeyService(m_ws->context).suggestedHosts(id()),
                 (QStringList{u"mx9.lab.test"_s, u"mta-sts.lab.test"_s}));

        Result<storage::StoredPolicyVersion> policy =
            PolicyVersions(m_ws->context).create(id(), NewPolicyVersion{});
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().describe()));
        QCOMPARE(policy->version.policy.mxTexts(), QStringList{u"mx9.lab.test"_s});

        Result<services::PublishFacts> facts =
            services::PublishPlanner(m_ws->context.database).facts(id());
        QVERIFY(facts);
        QVERIFY(facts->discovery);
        QCOMPARE(facts->discovery->report.hosts.size(), 1);
        QCOMPARE(facts->handEnteredMx, QStringList{u"mx9.lab.test"_s});
        // DANE waits for a scan: nothing typed by hand was validated.
        const services::PublishPlan publish = services::planPublication(*facts);
        QVERIFY(!publish.daneAvailable);
        QVERIFY2(publish.daneUnavailableReason.contains(u"no scan"_s),
                 qPrintable(publish.daneUnavailableReason));

        // The runbook's MX inventory says there was no discovery and lists the hand entry.
        const runbook::RunbookLanguage language(u"en"_s);
        Result<runbook::RunbookData> data = runbook::loadRunbookData(
            m_ws->context.database, id(), m_ws->clock->now(), language.text());
        QVERIFY(data);
        QVERIFY(data->handEntriesOnly);
        runbook::RunbookOptions options;
        options.now = m_ws->clock->now();
        const runbook::RunbookDocument document =
            runbook::RunbookBuilder(*data, options, language).build();
        const runbook::RunbookSection *inventory = test::section(document, u"mx"_s);
        QVERIFY(inventory);
        const QString text = test::plainText(inventory->html);
        QVERIFY2(text.contains(u"No discovery of lab.test was stored"_s), qPrintable(text));
        QVERIFY2(text.contains(u"mx9.lab.test (entered by hand) 127.0.0.1"_s), qPrintable(text));

        // The engagement export keeps them, apart from the discovery snapshots.
        Result<QByteArray> exported =
            bundle::engagementExportJson(m_ws->context.database, id(), m_ws->clock->now());
        QVERIFY(exported);
        const QJsonArray manual =
            QJsonDocument::fromJson(*exported).object().value(u"manualMxHosts"_s).toArray();
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual[0].toObject().value(u"host"_s).toString(), u"mx9.lab.test"_s);
        QCOMPARE(manual[0].toObject().value(u"addresses"_s).toArray().at(0).toString(),
                 u"127.0.0.1"_s);
    }

    // A scan with mx1 (address) and mx2 (none): a hand entry for mx2 lends its addresses, a
    // hand-only host joins, and the comparison says what DNS has.
    void mergedWithTheScanAndCompared()
    {
        QVERIFY(DiscoveryService(m_ws->context).store(id(), scan(m_ws->clock->now()), {}));
        QVERIFY(service().add(id(), input(u"mx1.lab.test"_s, 10, {u"192.0.2.1"_s})));
        QVERIFY(service().add(id(), input(u"mx2.lab.test"_s, 15, {u"192.0.2.2"_s})));
        QVERIFY(service().add(id(), input(u"new.lab.test"_s, 5, {u"192.0.2.5"_s})));

        Result<services::EffectiveMx> mx = service().effective(id());
        QVERIFY(mx);
        QCOMPARE(mx->names(),
                 (QStringList{u"new.lab.test"_s, u"mx1.lab.test"_s, u"mx2.lab.test"_s}));
        QCOMPARE(mx->hosts[0].origin, services::MxOrigin::Hand);
        QCOMPARE(mx->hosts[1].origin, services::MxOrigin::Dns);
        QVERIFY(!mx->hosts[1].addressesByHand);
        QCOMPARE(mx->hosts[2].origin, services::MxOrigin::Dns);
        QVERIFY(mx->hosts[2].addressesByHand);
        QCOMPARE(mx->hosts[2].host.preference, 20); // DNS says the priority
        QCOMPARE(mx->hosts[2].host.addresses(), QStringList{u"192.0.2.2"_s});
        QCOMPARE(mx->handEnteredNames(), QStringList{u"new.lab.test"_s});

        // Pre-flight probes all three, mx2 at the typed address.
        Result<std::optional<PreflightPlan>> plan = ProbeService(m_ws->context).plan(id());
        QVERIFY(plan && *plan);
        QVERIFY((*plan)->scanned);
        QCOMPARE((*plan)->plan.targets.size(), 3);
        QVERIFY((*plan)->plan.skippedHosts.isEmpty());
        QCOMPARE((*plan)->addressesByHand, (QStringList{u"new.lab.test"_s, u"mx2.lab.test"_s}));

        Result<std::optional<services::ManualMxDiff>> diff = service().compareWithDns(id());
        QVERIFY(diff && *diff);
        QCOMPARE((*diff)->entries.size(), 3);
        QVERIFY((*diff)->dnsOnly.isEmpty());
        for (const services::ManualMxComparison &c : (*diff)->entries) {
            if (c.entry.host == u"mx1.lab.test"_s) {
                QVERIFY(c.inDns && c.samePriority && c.sameAddresses);
                QCOMPARE(c.text(TextLanguage::English),
                         u"DNS has it now, with the same priority and addresses"_s);
            } else if (c.entry.host == u"mx2.lab.test"_s) {
                QVERIFY(c.inDns && !c.samePriority && !c.sameAddresses);
                QCOMPARE(c.text(TextLanguage::English),
                         u"DNS has it now, but with priority 20 in DNS; addresses in DNS: none"_s);
            } else {
                QVERIFY(!c.inDns);
                QCOMPARE(c.text(TextLanguage::English), u"not in DNS (yet)"_s);
            }
        }
    }

    // The runbook's MX inventory marks the host entered by hand, in the runbook's language.
    void runbookMarksHandEntries()
    {
        QVERIFY(DiscoveryService(m_ws->context).store(id(), scan(m_ws->clock->now()), {}));
        QVERIFY(service().add(id(), input(u"new.lab.test"_s, 5, {u"192.0.2.5"_s})));
        QVERIFY(service().add(id(), input(u"mx1.lab.test"_s, 10)));
        const runbook::RunbookLanguage language(u"en"_s);
        Result<runbook::RunbookData> data = runbook::loadRunbookData(
            m_ws->context.database, id(), m_ws->clock->now(), language.text());
        QVERIFY2(data, qPrintable(data ? QString() : data.error().describe()));
        QCOMPARE(data->handEnteredMx, QStringList{u"new.lab.test"_s});
        runbook::RunbookOptions options;
        options.now = m_ws->clock->now();
        const runbook::RunbookDocument document =
            runbook::RunbookBuilder(*data, options, language).build();
        const runbook::RunbookSection *mx = test::section(document, u"mx"_s);
        QVERIFY(mx);
        const QString text = test::plainText(mx->html);
        QVERIFY2(text.contains(u"new.lab.test (entered by hand) 192.0.2.5"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"mx1.lab.test (entered by hand)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Discovery of lab.test"_s), qPrintable(text));
    }

    void comparedPurely()
    {
        const dns::DiscoveryReport report = scan(m_ws->clock->now());
        services::ManualMxHost only;
        only.host = u"mx1.lab.test"_s;
        only.priority = 10; // no addresses typed: nothing to differ
        const services::ManualMxDiff diff = ManualMx::compare(report, {only});
        QCOMPARE(diff.entries.size(), 1);
        QVERIFY(diff.entries[0].sameAddresses && diff.entries[0].samePriority);
        QCOMPARE(diff.dnsOnly, QStringList{u"mx2.lab.test"_s});
        // Without a scan there is nothing to compare.
        QVERIFY(service().compareWithDns(id()) && !*service().compareWithDns(id()));
    }
};

QTEST_GUILESS_MAIN(TestManualMx)
#include "test_manual_mx.moc"

// services::PolicyHostingSync on a real SQLite workspace with a fixed clock, no servers: who is
// hosted, a hosting change away from nginx retires like an archive, the retirement lasts exactly
// the last max_age, a restored engagement is served again, and every step is in the event log.
#include "LivePolicy.h"
#include "services/DeliverySettings.h"
#include "services/EngagementService.h"
#include "services/PolicyHostingSync.h"
#include "services/PolicyVersions.h"
#include "storage/EventLog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::services;

class TestPolicyHostingSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ServiceContext m_context;
    qint64 m_a = 0, m_b = 0, m_draftOnly = 0;

    qint64 create(const QString &domain)
    {
        Engagement draft;
        draft.customer = domain + u" AG"_s;
        draft.domain.ace = domain;
        draft.consultant = u"c"_s;
        Result<Engagement> created = EngagementService(m_context).create(draft);
        return created ? created->id : 0;
    }
    HostingSyncReport sync()
    {
        HostingSyncOptions o;
        o.outDir = m_dir.filePath(u"host"_s);
        o.reloadCommand = u"true"_s;
        Result<HostingSyncReport> report = PolicyHostingSync(m_context).sync(o);
        if (!report)
            qWarning() << report.error().describe();
        return report.valueOr({});
    }
    HostedCustomer customer(const QString &domain) const
    {
        Result<HostingStatus> status = PolicyHostingSync(m_context).status();
        for (const HostedCustomer &c : status.valueOr({}).customers)
            if (c.domain == domain)
                return c;
        return {};
    }
    QStringList eventKinds(qint64 id) const
    {
        QStringList out;
        for (const storage::EngagementEvent &e :
             storage::EventLog(m_context.database).forEngagement(id).valueOr({}))
            if (e.kind.startsWith(u"hosting."_s))
                out << e.kind;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<ServiceContext> opened =
            openWorkspace(m_dir.filePath(u"ws.sqlite"_s), m_clock, u"tester"_s);
        QVERIFY(opened.ok());
        m_context = *opened;
        m_a = create(u"a.example"_s);
        m_b = create(u"b.example"_s);
        m_draftOnly = create(u"c.example"_s);
        QVERIFY(m_a && m_b && m_draftOnly);
        QVERIFY(test::makeLivePolicy(m_context.database, m_a, u"20261201080000"_s,
                                     mtasts::PolicyMode::Enforce, m_clock->now(),
                                     u"mail.a.example"_s));
        QVERIFY(test::makeLivePolicy(m_context.database, m_b, u"20261201080000"_s,
                                     mtasts::PolicyMode::Testing, m_clock->now(),
                                     u"mail.b.example"_s));
    }

    void hostsLivePoliciesOnly()
    {
        QCOMPARE(customer(u"a.example"_s).state, HostedCustomer::State::Hosted);
        QCOMPARE(customer(u"a.example"_s).maxAge, mtasts::kEnforceMaxAge);
        QCOMPARE(customer(u"c.example"_s).state, HostedCustomer::State::WaitingForLive);
        const HostingSyncReport report = sync();
        QCOMPARE(report.customers.size(), 2);
        QVERIFY(report.reloaded);
        QCOMPARE(eventKinds(m_a), QStringList{u"hosting.added"_s});
        QVERIFY(!sync().changed());
    }

    void hostingElsewhereRetiresForTheLastMaxAge()
    {
        Result<StoredDeliverySettings> settings = DeliverySettings(m_context).load(m_a);
        QVERIFY(settings.ok());
        settings->hosting = Hosting::CloudflarePages;
        QVERIFY(DeliverySettings(m_context).save(m_a, *settings).ok());
        QCOMPARE(customer(u"a.example"_s).state, HostedCustomer::State::PendingRemoval);

        m_clock->advance(600);
        const QDateTime started = m_clock->now();
        QVERIFY(sync().changed());
        const HostedCustomer retiring = customer(u"a.example"_s);
        QCOMPARE(retiring.state, HostedCustomer::State::Retiring);
        QCOMPARE(retiring.mode, u"none"_s);
        QCOMPARE(retiring.maxAge, mtasts::kEnforceMaxAge);
        QCOMPARE(retiring.retireUntil, started.addSecs(mtasts::kEnforceMaxAge));
        QVERIFY(retiring.policyId > u"20261201080000"_s);
        // The mode none version is stored, so STS Desk can verify and name it.
        Result<sts::StoredPolicyVersion> none =
            sts::PolicyVersions(m_context).find(m_a, retiring.policyId);
        QVERIFY(none.ok());
        QCOMPARE(none->version.policy.mode, mtasts::PolicyMode::None);
        const QList<storage::EngagementEvent> events =
            storage::EventLog(m_context.database).forEngagement(m_a).valueOr({});
        QCOMPARE(events.last().kind, u"hosting.retiring"_s);
        QCOMPARE(events.last().payload.value(u"reason"_s).toString(),
                 u"hosting:cloudflare-pages"_s);
        QCOMPARE(events.last().payload.value(u"lastPolicyId"_s).toString(), u"20261201080000"_s);

        m_clock->advance(mtasts::kEnforceMaxAge - 1);
        QVERIFY(!sync().changed());
        QCOMPARE(customer(u"a.example"_s).state, HostedCustomer::State::Retiring);
        m_clock->advance(1);
        QCOMPARE(customer(u"a.example"_s).state, HostedCustomer::State::Dropping);
        const HostingSyncReport dropped = sync();
        QCOMPARE(dropped.dropped, QStringList{u"a.example"_s});
        QCOMPARE(customer(u"a.example"_s).domain, QString()); // gone from the host
        QCOMPARE(eventKinds(m_a),
                 (QStringList{u"hosting.added"_s, u"hosting.retiring"_s, u"hosting.retired"_s}));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"host/policies/a.example"_s)));
    }

    void restoredDuringRetirementIsServedAgain()
    {
        QVERIFY(EngagementService(m_context).archive(m_b).ok());
        QVERIFY(sync().changed());
        QCOMPARE(customer(u"b.example"_s).state, HostedCustomer::State::Retiring);
        QVERIFY(EngagementService(m_context).restore(m_b).ok());
        QCOMPARE(customer(u"b.example"_s).state, HostedCustomer::State::Hosted);
        QVERIFY(sync().changed());
        QFile policy(m_dir.filePath(u"host/policies/b.example/.well-known/mta-sts.txt"_s));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(policy.readAll().contains("mode: testing"));
        QCOMPARE(eventKinds(m_b),
                 (QStringList{u"hosting.added"_s, u"hosting.retiring"_s, u"hosting.resumed"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPolicyHostingSync)
#include "test_policy_hosting_sync.moc"

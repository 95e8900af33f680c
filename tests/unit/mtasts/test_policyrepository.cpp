#include "mtasts/PolicyGenerator.h"
#include "services/EngagementService.h"
#include "storage/PolicyRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::mtasts;

class TestPolicyRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionsRoundTripByteForByte();
    void publishingSupersedesThePrevious();
    void checksAreRecorded();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    qint64 m_engagement = 0;
};

void TestPolicyRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    storage::DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
    auto db = storage::Database::open(location);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().describe()));
    m_db = *db;
    EngagementService service(m_db, m_clock, u"tester"_s);
    Engagement draft;
    draft.customer = u"Example"_s;
    draft.domain.ace = u"example.com"_s;
    draft.consultant = u"tester"_s;
    auto created = service.create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().describe()));
    m_engagement = created->id;
}

void TestPolicyRepository::versionsRoundTripByteForByte()
{
    storage::PolicyRepository repo(m_db);
    const PolicyGenerator generator(m_clock);
    const PolicyVersion testing = generator.testing(
        generator.suggestPatterns({u"mx1.example.com"_s, u"mx2.example.com"_s}).patterns);
    auto row = repo.add(m_engagement, testing);
    QVERIFY(row.ok());
    auto all = repo.forEngagement(m_engagement);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().body, testing.file());
    QCOMPARE(all->first().version.id, testing.id);
    QCOMPARE(all->first().version.policy, testing.policy);
    QCOMPARE(all->first().version.createdAt, testing.createdAt);
    QVERIFY(!all->first().publishedAt.isValid());
    // The same id twice for one engagement is refused.
    QVERIFY(!repo.add(m_engagement, testing).ok());
}

void TestPolicyRepository::publishingSupersedesThePrevious()
{
    storage::PolicyRepository repo(m_db);
    auto all = repo.forEngagement(m_engagement);
    QVERIFY(all.ok() && !all->isEmpty());
    const qint64 first = all->first().rowId;
    const QDateTime t1 = m_clock->now();
    QVERIFY(repo.markPublished(first, t1).ok());
    auto live = repo.current(m_engagement);
    QVERIFY(live.ok() && live->has_value());
    QCOMPARE((*live)->rowId, first);

    m_clock->advance(15 * 86400);
    const PolicyGenerator generator(m_clock);
    const PolicyVersion enforce = generator.enforce(all->first().version.policy);
    auto second = repo.add(m_engagement, enforce);
    QVERIFY(second.ok());
    const QDateTime t2 = m_clock->now();
    QVERIFY(repo.markPublished(*second, t2).ok());

    live = repo.current(m_engagement);
    QVERIFY(live.ok() && live->has_value());
    QCOMPARE((*live)->rowId, *second);
    QCOMPARE((*live)->version.policy.mode, PolicyMode::Enforce);
    all = repo.forEngagement(m_engagement);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().supersededAt, t2);
    QCOMPARE(all->first().publishedAt, t1);
    QVERIFY(!repo.markPublished(999999, t2).ok());
}

void TestPolicyRepository::checksAreRecorded()
{
    storage::PolicyRepository repo(m_db);
    FetchResult failed;
    failed.error = Error{u"sts-webpki-invalid"_s, u"name mismatch"_s};
    failed.reason = u"hostname-mismatch"_s;
    auto stored = repo.recordCheck(m_engagement, m_clock->now(), failed);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().describe()));
    FetchResult good;
    good.httpStatus = 200;
    good.body = "version: STSv1\r\n";
    QVERIFY(repo.recordCheck(m_engagement, m_clock->now().addSecs(60), good).ok());
    auto checks = repo.checks(m_engagement);
    QVERIFY(checks.ok());
    QCOMPARE(checks->size(), 2);
    QCOMPARE(checks->at(0).ok, false);
    QCOMPARE(checks->at(0).resultType, u"sts-webpki-invalid"_s);
    QCOMPARE(checks->at(0).reason, u"hostname-mismatch"_s);
    QCOMPARE(checks->at(1).ok, true);
    QCOMPARE(checks->at(1).httpStatus, 200);
}

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "test_policyrepository.moc"

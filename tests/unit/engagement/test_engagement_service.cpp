#include "services/EngagementService.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestEngagementService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<EngagementService> m_service;

    Engagement draft(const QString &customer, const QString &domain)
    {
        Engagement e;
        e.customer = customer;
        e.domain.ace = domain;
        e.consultant = u"Anna Berger"_s;
        return e;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(
            u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        m_service = std::make_unique<EngagementService>(m_db, m_clock, u"tester"_s);
    }
    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    void createStoresNormalisedEngagement()
    {
        Engagement e = draft(u"  Müller GmbH "_s, u"Müller.de"_s);
        e.language = u"de"_s;
        e.profile = Profile::BsiTr03108;
        e.ca = CaChoice::Commercial;
        e.hosting = Hosting::CloudflarePages;
        e.majorSenders = {u"Google"_s, u" google "_s, u"Mail.ru"_s};
        Result<Engagement> created = m_service->create(e);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(created->id > 0);

        Result<Engagement> loaded = m_service->get(created->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->customer, u"Müller GmbH"_s);
        QCOMPARE(loaded->domain.ace, u"xn--mller-kva.de"_s);
        QCOMPARE(loaded->domain.display, u"müller.de"_s);
        QCOMPARE(loaded->language, u"de"_s);
        QCOMPARE(loaded->profile, Profile::BsiTr03108);
        QCOMPARE(loaded->ca, CaChoice::Commercial);
        QCOMPARE(loaded->hosting, Hosting::CloudflarePages);
        QCOMPARE(loaded->majorSenders, (QStringList{u"Google"_s, u"Mail.ru"_s}));
        QCOMPARE(loaded->createdAt, m_clock->now());
        QVERIFY(!loaded->archived);

        auto events = m_service->events(created->id);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().kind, u"engagement.created"_s);
        QCOMPARE(events->first().actor, u"tester"_s);
        QCOMPARE(events->first().payload.value(u"domain"_s).toString(), u"xn--mller-kva.de"_s);
    }

    void invalidInputIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::newRow("no customer")
            << u" "_s << u"example.com"_s << u"en"_s << u"engagement.customer-missing"_s;
        QTest::newRow("ip literal") << u"A"_s << u"10.0.0.1"_s << u"en"_s << u"domain.invalid"_s;
        QTest::newRow("single label") << u"A"_s << u"intranet"_s << u"en"_s << u"domain.invalid"_s;
        QTest::newRow("trailing dot")
            << u"A"_s << u"example.com."_s << u"en"_s << u"domain.invalid"_s;
        QTest::newRow("language") << u"A"_s << u"example.com"_s << u"fr"_s
                                  << u"engagement.language"_s;
    }
    void invalidInputIsRefusedAndNothingStored()
    {
        QFETCH(QString, customer);
        QFETCH(QString, domain);
        QFETCH(QString, language);
        QFETCH(QString, code);
        Engagement e = draft(customer, domain);
        e.language = language;
        Result<Engagement> created = m_service->create(e);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        auto all = m_service->list({.search = {}, .includeArchived = true});
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void noMajorSenderIsRefused()
    {
        Engagement e = draft(u"A"_s, u"example.com"_s);
        e.majorSenders.clear();
        QCOMPARE(m_service->create(e).error().code, u"engagement.senders-missing"_s);
    }

    void renameArchiveRestoreAreLogged()
    {
        Result<Engagement> created = m_service->create(draft(u"Acme"_s, u"acme.example"_s));
        QVERIFY(created.ok());
        const qint64 id = created->id;

        m_clock->advance(60);
        Result<Engagement> renamed = m_service->rename(id, u"Acme Corp"_s);
        QVERIFY(renamed.ok());
        QCOMPARE(m_service->get(id)->customer, u"Acme Corp"_s);
        QCOMPARE(m_service->get(id)->updatedAt, m_clock->now());
        QVERIFY(!m_service->rename(id, u"  "_s).ok());
        QCOMPARE(m_service->get(id)->customer, u"Acme Corp"_s);

        m_clock->advance(60);
        QVERIFY(m_service->archive(id).ok());
        QVERIFY(m_service->get(id)->archived);
        QVERIFY(m_service->list({})->isEmpty());
        QCOMPARE(m_service->list({.search = {}, .includeArchived = true})->size(), 1);
        QCOMPARE(
            m_service->list({.search = {}, .includeArchived = false, .archivedOnly = true})->size(),
            1);

        QVERIFY(m_service->restore(id).ok());
        QVERIFY(!m_service->get(id)->archived);

        QStringList kinds;
        for (const auto &event : *m_service->events(id))
            kinds << event.kind;
        QCOMPARE(kinds, (QStringList{u"engagement.created"_s, u"engagement.renamed"_s,
                                     u"engagement.archived"_s, u"engagement.restored"_s}));
        QCOMPARE(m_service->events(id)->at(1).payload.value(u"from"_s).toString(), u"Acme"_s);
    }

    void unknownIdIsAClearError()
    {
        QCOMPARE(m_service->get(4711).error().code, u"engagement.not-found"_s);
        QCOMPARE(m_service->archive(4711).error().code, u"engagement.not-found"_s);
        QCOMPARE(m_service->rename(4711, u"X"_s).error().code, u"engagement.not-found"_s);
    }

    void searchMatchesCustomerDomainAndConsultant()
    {
        QVERIFY(m_service->create(draft(u"Acme"_s, u"acme.example"_s)).ok());
        QVERIFY(m_service->create(draft(u"Bäckerei Schmidt"_s, u"schmidt-brot.de"_s)).ok());
        Engagement third = draft(u"Zeta"_s, u"zeta.example"_s);
        third.consultant = u"Jonas"_s;
        QVERIFY(m_service->create(third).ok());

        auto names = [this](const QString &search) {
            QStringList result;
            for (const Engagement &e : *m_service->list({.search = search}))
                result << e.customer;
            return result;
        };
        QCOMPARE(names({}), (QStringList{u"Acme"_s, u"Bäckerei Schmidt"_s, u"Zeta"_s}));
        QCOMPARE(names(u"BROT"_s), QStringList{u"Bäckerei Schmidt"_s});
        QCOMPARE(names(u"jonas"_s), QStringList{u"Zeta"_s});
        QCOMPARE(names(u"acme"_s), QStringList{u"Acme"_s});
        QVERIFY(names(u"%"_s).isEmpty()); // LIKE wildcards typed by the user match literally
        QVERIFY(names(u"_"_s).isEmpty());
        QVERIFY(names(u"nothing-like-this"_s).isEmpty());
    }

    void recentFollowsOpeningOrder()
    {
        const qint64 a = m_service->create(draft(u"A"_s, u"a.example"_s))->id;
        const qint64 b = m_service->create(draft(u"B"_s, u"b.example"_s))->id;
        QVERIFY(m_service->recent(5)->isEmpty());
        QVERIFY(m_service->markOpened(a).ok());
        m_clock->advance(10);
        QVERIFY(m_service->markOpened(b).ok());
        QCOMPARE(m_service->recent(5)->first().id, b);
        m_clock->advance(10);
        QVERIFY(m_service->markOpened(a).ok());
        QCOMPARE(m_service->recent(5)->first().id, a);
        QVERIFY(m_service->archive(a).ok());
        QCOMPARE(m_service->recent(5)->size(), 1); // archived engagements are not "recent"
    }
};

QTEST_GUILESS_MAIN(TestEngagementService)
#include "test_engagement_service.moc"

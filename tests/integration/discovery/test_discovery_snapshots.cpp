// Discovery snapshots on SQLite: save / latest / previous / list, the event written in the same
// transaction, and `stsdesk-cli discover --engagement` storing real runs against the Knot lab.
#include "TestEnv.h"
#include "dns/Discovery.h"
#include "dns/DiscoveryDiff.h"
#include "dnslab/DnsLab.h"
#include "services/EngagementService.h"
#include "storage/DiscoveryRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::dns;
using namespace sts::storage;

class TestDiscoverySnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<test::DnsLab> m_lab;

    std::shared_ptr<Database> freshDatabase(QString *path = nullptr)
    {
        DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"snap-%1.sqlite"_s.arg(++m_counter));
        if (path)
            *path = location.sqlitePath;
        auto db = Database::open(location);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return *db;
    }
    static qint64 createEngagement(const std::shared_ptr<Database> &db, const QString &domain)
    {
        EngagementService service(db, Clock::system(), u"tester"_s);
        Engagement draft;
        draft.customer = u"Customer"_s;
        draft.domain = *DomainName::fromUserInput(domain);
        auto created = service.create(draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return created->id;
    }
    static DiscoveryReport report(const QString &domain, const QDateTime &at,
                                  const QStringList &hosts)
    {
        DiscoveryReport r;
        r.domain = domain;
        r.resolver = u"127.0.0.1:5353"_s;
        r.finishedAt = at;
        r.mx.name = domain;
        r.mx.type = RrType::MX;
        r.mx.rcode = 0;
        r.mx.verdict = DnssecVerdict::secure(domain);
        int preference = 10;
        for (const QString &name : hosts) {
            MxHostReport h;
            h.name = name;
            h.preference = preference;
            preference += 10;
            r.hosts.append(h);
        }
        r.findings.append({u"mx.host-without-address"_s,
                           Finding::Severity::Warning,
                           hosts.value(0),
                           {hosts.value(0)}});
        return r;
    }
    static QDateTime at(int day) { return QDateTime(QDate(2026, 11, day), QTime(9, 30), Qt::UTC); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { m_lab.reset(); }

    void emptyEngagementHasNoSnapshots()
    {
        auto db = freshDatabase();
        const qint64 id = createEngagement(db, u"empty.example"_s);
        DiscoveryRepository repo(db);
        auto latest = repo.latest(id);
        QVERIFY(latest);
        QVERIFY(!latest->has_value());
        auto previous = repo.previous(id);
        QVERIFY(previous && !previous->has_value());
        auto list = repo.list(id);
        QVERIFY(list && list->isEmpty());
    }

    void saveLatestPreviousList()
    {
        auto db = freshDatabase();
        const qint64 id = createEngagement(db, u"example.test"_s);
        const qint64 other = createEngagement(db, u"other.test"_s);
        DiscoveryRepository repo(db);

        DiscoverySnapshot first;
        first.engagementId = id;
        first.trustAnchor = u"/tmp/anchor.key"_s;
        first.report = report(u"example.test"_s, at(1), {u"mx1.example.test"_s});
        DiscoverySnapshot second = first;
        second.report =
            report(u"example.test"_s, at(3), {u"mx1.example.test"_s, u"mx2.example.test"_s});
        second.resolver = u"system"_s;
        second.trustAnchor.clear();
        DiscoverySnapshot foreign = first;
        foreign.engagementId = other;
        foreign.report = report(u"other.test"_s, at(5), {u"mx.other.test"_s});

        // Saved out of time order: latest() goes by the time of the run, not the insert order.
        auto secondId = repo.save(second, u"alice"_s);
        QVERIFY2(secondId, qPrintable(secondId ? QString() : secondId.error().message));
        auto firstId = repo.save(first, u"alice"_s);
        QVERIFY(firstId);
        QVERIFY(repo.save(foreign, u"bob"_s));
        QVERIFY(*firstId != *secondId);

        auto latest = repo.latest(id);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->id, *secondId);
        QCOMPARE((*latest)->takenAt, at(3));
        QCOMPARE((*latest)->resolver, u"system"_s);
        QVERIFY((*latest)->trustAnchor.isEmpty());
        QVERIFY((*latest)->report == second.report);

        auto previous = repo.previous(id);
        QVERIFY(previous && previous->has_value());
        QCOMPARE((*previous)->id, *firstId);
        // An empty resolver is taken from the report.
        QCOMPARE((*previous)->resolver, u"127.0.0.1:5353"_s);
        QCOMPARE((*previous)->trustAnchor, u"/tmp/anchor.key"_s);
        QVERIFY((*previous)->report == first.report);

        auto list = repo.list(id);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, *secondId);
        QCOMPARE(list->at(1).id, *firstId);

        auto got = repo.get(*firstId);
        QVERIFY(got && got->has_value());
        QCOMPARE((*got)->engagementId, id);

        // The diff of the stored pair says what the second run added.
        const QList<DiscoveryChange> changes = diffReports((*previous)->report, (*latest)->report);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, DiscoveryChange::Kind::MxHostAdded);
        QCOMPARE(changes[0].subject, u"mx2.example.test"_s);
    }

    void eventLoggedWithSnapshot()
    {
        auto db = freshDatabase();
        const qint64 id = createEngagement(db, u"example.test"_s);
        DiscoveryRepository repo(db);
        DiscoverySnapshot s;
        s.engagementId = id;
        s.report = report(u"example.test"_s, at(2), {u"mx1.example.test"_s, u"mx2.example.test"_s});
        auto saved = repo.save(s, u"alice"_s);
        QVERIFY(saved);
        auto events = EventLog(db).forEngagement(id);
        QVERIFY(events);
        const auto found = std::find_if(events->cbegin(), events->cend(), [](const auto &e) {
            return e.kind == u"discovery.completed"_s;
        });
        QVERIFY(found != events->cend());
        QCOMPARE(found->actor, u"alice"_s);
        QCOMPARE(found->at, at(2));
        QCOMPARE(found->payload.value(u"snapshotId"_s).toInteger(), *saved);
        QCOMPARE(found->payload.value(u"mxHosts"_s).toArray().size(), 2);
        QCOMPARE(found->payload.value(u"warnings"_s).toInt(), 1);
        QCOMPARE(found->payload.value(u"mxDnssec"_s).toString(), u"secure"_s);
        // Nobody to name (no consultant, no $USER): still stored.
        QVERIFY(repo.save(s, QString()));
    }

    void failedSaveLeavesNothing()
    {
        auto db = freshDatabase();
        DiscoveryRepository repo(db);
        DiscoverySnapshot s;
        s.engagementId = 4711; // no such engagement: the foreign key refuses the row
        s.report = report(u"example.test"_s, at(2), {u"mx1.example.test"_s});
        QVERIFY(!repo.save(s, u"alice"_s));
        QSqlQuery query(db->sql());
        QVERIFY(query.exec(u"SELECT (SELECT COUNT(*) FROM discovery_snapshots) + "
                           "(SELECT COUNT(*) FROM events)"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void cliStoresRunsAgainstLab()
    {
        QString missing;
        if (!test::DnsLab::toolsAvailable(&missing, false))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        m_lab = std::make_unique<test::DnsLab>();
        QString error;
        QVERIFY2(m_lab->start(&error), qPrintable(error));

        QString path;
        auto db = freshDatabase(&path);
        const qint64 id = createEngagement(db, u"secure.test"_s);
        const QStringList common{
            u"discover"_s,         u"--database"_s,     path,
            u"--engagement"_s,     QString::number(id), u"--resolver"_s,
            m_lab->resolverSpec(), u"--trust-anchor"_s, m_lab->trustAnchorFile()};
        for (int run = 0; run < 2; ++run) {
            auto result = test::runTool(test::cliPath(), common, 60000);
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        }
        DiscoveryRepository repo(db);
        auto list = repo.list(id);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        const DiscoverySnapshot &latest = list->at(0);
        QCOMPARE(latest.trustAnchor, m_lab->trustAnchorFile());
        QCOMPARE(latest.resolver, m_lab->resolverSpec());
        QCOMPARE(latest.report.domain, u"secure.test"_s);
        // DnsLab: secure.test has MX 10 mx1 and 20 mx2.
        QCOMPARE(latest.report.hosts.size(), 2);
        QCOMPARE(latest.report.hosts[0].name, u"mx1.secure.test"_s);
        QCOMPARE(latest.report.mx.verdict.security, Security::Secure);
        // Two runs of an unchanged lab: nothing changed.
        QVERIFY(diffReports(list->at(1).report, latest.report).isEmpty());

        // A domain that is not the engagement's is a usage error; a missing engagement fails.
        auto wrong =
            test::runTool(test::cliPath(), common + QStringList{u"insecure.test"_s}, 60000);
        QCOMPARE(wrong.exitCode, 2);
        QStringList missingId = common;
        missingId[4] = u"999"_s;
        auto absent = test::runTool(test::cliPath(), missingId, 60000);
        QCOMPARE(absent.exitCode, 1);
        QCOMPARE(repo.list(id)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDiscoverySnapshots)
#include "test_discovery_snapshots.moc"

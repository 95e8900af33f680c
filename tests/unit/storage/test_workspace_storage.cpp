// Workspace storage checks, compiled twice: against SQLite (unit) and, with
// STSDESK_TEST_POSTGRES, against a real PostgreSQL server started by the test (integration).
#include "import/Importer.h"
#include "postgres/FreshLocation.h"
#include "services/EngagementService.h"
#include "services/ReportCuration.h"
#include "storage/Aggregator.h"
#include "storage/CertificateChallengeRepository.h"
#include "storage/Database.h"
#include "storage/KeyFileRepository.h"
#include "storage/Migrator.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportVersions.h"
#include "storage/SourceCursors.h"
#include "tlsrpt/InputExtractor.h"
#ifdef STSDESK_TEST_POSTGRES
#include "postgres/PostgresServer.h"
#endif

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace sts;

class TestWorkspaceStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
#ifdef STSDESK_TEST_POSTGRES
    sts::test::PostgresServer m_server;
#endif

    // A fresh, empty database for the current test function.
    storage::DatabaseLocation freshLocation()
    {
#ifdef STSDESK_TEST_POSTGRES
        return test::freshLocation(m_dir.path(), &m_server, m_counter);
#else
        return test::freshLocation(m_dir.path(), nullptr, m_counter);
#endif
    }

    static QList<int> versions(const storage::Database &db)
    {
        QList<int> result;
        QSqlQuery query(db.sql());
        if (query.exec(u"SELECT version FROM schema_version ORDER BY version"_s)) {
            while (query.next())
                result << query.value(0).toInt();
        }
        return result;
    }

    static qint64 count(const storage::Database &db, const QString &sql)
    {
        QSqlQuery query(db.sql());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static bool tableExists(const storage::Database &db, const QString &table)
    {
        return db.sql().tables().contains(table, Qt::CaseInsensitive);
    }

    int m_counter = 0;

    // A minimal report for report-id `id` on `day` with the given counts.
    static tlsrpt::Extraction report(const QString &id, const QString &day, qint64 ok,
                                     qint64 failed)
    {
        const QString json = uR"({"organization-name": "Google LLC", "report-id": "%1",
                "date-range": {"start-datetime": "%2T00:00:00Z", "end-datetime": "%2T23:59:59Z"},
                "policies": [{"policy": {"policy-type": "sts", "policy-domain": "sum.example"},
                              "summary": {"total-successful-session-count": %3,
                                          "total-failure-session-count": %4},
                              "failure-details": [{"result-type": "validation-failure",
                                                   "failed-session-count": %4}]}]})"_s.arg(id, day)
                                 .arg(ok)
                                 .arg(failed);
        return tlsrpt::InputExtractor().extractBytes(json.toUtf8(),
                                                     tlsrpt::Origin{id + u".json"_s, {}, {}, {}});
    }

    struct Workspace
    {
        std::shared_ptr<storage::Database> db;
        std::shared_ptr<FixedClock> clock;
        qint64 engagement = 0;
    };
    Workspace workspaceFor(const QString &domain)
    {
        Workspace w;
        auto db = storage::Database::open(freshLocation());
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.error().message));
        w.db = *db;
        w.clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC));
        Engagement draft;
        draft.customer = u"Sums"_s;
        draft.domain.ace = domain;
        w.engagement = EngagementService(w.db, w.clock, u"tester"_s).create(draft)->id;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef STSDESK_TEST_POSTGRES
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
#endif
    }

    void freshDatabaseMigratesToLatest()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        const int latest = storage::Migrator::latestVersion();
        QVERIFY(latest >= 1);
        QCOMPARE((*db)->schemaVersion(), latest);
        QList<int> expected;
        for (const storage::Migration &m : storage::Migrator::all())
            expected << m.version;
        QCOMPARE(versions(**db), expected);
        QCOMPARE(expected.first(), 1);
        QVERIFY(tableExists(**db, u"engagements"_s));
        QVERIFY(tableExists(**db, u"events"_s));
    }

    void reopeningAppliesNothingTwice()
    {
        const storage::DatabaseLocation location = freshLocation();
        QList<int> first;
        {
            auto db = storage::Database::open(location);
            QVERIFY(db.ok());
            first = versions(**db);
        }
        auto again = storage::Database::open(location);
        QVERIFY(again.ok());
        QCOMPARE(versions(**again), first);
    }

    void failingMigrationChangesNothing()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        const QList<int> before = versions(**db);
        const int next = storage::Migrator::latestVersion() + 1;
        QList<storage::Migration> migrations = storage::Migrator::all();
        migrations.append({next, u"broken"_s,
                           u"CREATE TABLE half_done (id {{ID}});\n"
                           "INSERT INTO no_such_table VALUES (1);\n"_s});
        Status migrated = storage::Migrator::migrate(**db, migrations);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code, u"storage.sql"_s);
        QVERIFY(migrated.error().message.contains(u"broken"_s));
        QCOMPARE(versions(**db), before);
        QVERIFY(!tableExists(**db, u"half_done"_s));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const storage::DatabaseLocation location = freshLocation();
        const int newer = storage::Migrator::latestVersion() + 5;
        {
            auto db = storage::Database::open(location);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->sql());
            QVERIFY(query.exec(
                u"INSERT INTO schema_version (version, name, applied_at) "
                "VALUES (%1, 'from_the_future', '2030-01-01T00:00:00.000Z')"_s.arg(newer)));
        }
        auto refused = storage::Database::open(location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"storage.newer-schema"_s);
        QVERIFY(refused.error().message.contains(QString::number(newer)));
        QVERIFY(
            refused.error().message.contains(QString::number(storage::Migrator::latestVersion())));

        // Still there and still newer: nothing was downgraded.
        storage::DatabaseLocation raw = location;
        auto peek = storage::Database::open(raw);
        QVERIFY(!peek.ok());
        QCOMPARE(peek.error().code, u"storage.newer-schema"_s);
    }

    // A workspace that synced IMAP folders before report sources had cursors of their own: the
    // migration keeps, per account and folder, the cursor of the UIDVALIDITY synced last, and
    // drops the old table.
    void imapSyncStateBecomesSourceCursors()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        storage::Migration cursors;
        for (const storage::Migration &m : storage::Migrator::all()) {
            if (m.name == u"report_source_cursors"_s)
                cursors = m;
        }
        QVERIFY(cursors.version > 0);
        // Back to the schema before it, with the IMAP state of three mailboxes.
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(u"DROP TABLE report_source_cursors"_s));
        QVERIFY(q.exec(u"DELETE FROM schema_version WHERE version = %1"_s.arg(cursors.version)));
        const storage::Migration before{
            0, u"imap_state"_s,
            u"CREATE TABLE tlsrpt_imap_state (account TEXT NOT NULL, folder TEXT NOT NULL, "
            "uid_validity {{BIGINT}} NOT NULL, last_uid {{BIGINT}} NOT NULL DEFAULT 0, "
            "updated_at TEXT NOT NULL, PRIMARY KEY (account, folder, uid_validity));\n"
            "INSERT INTO tlsrpt_imap_state VALUES "
            "('anna@imap.example', 'INBOX', 100, 7, '2026-01-01T00:00:00.000Z'), "
            "('anna@imap.example', 'INBOX', 200, 3, '2026-02-01T00:00:00.000Z'), "
            "('anna@imap.example', 'Reports', 9, 42, '2026-01-15T00:00:00.000Z'), "
            "('bob@other.example', 'INBOX', 5, 1, '2026-03-01T00:00:00.000Z');\n"_s};
        for (const QString &statement :
             storage::Migrator::statementsFor(before, (*db)->isPostgres()))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        q.finish();

        QVERIFY(storage::Migrator::migrate(**db).ok());
        QVERIFY(!tableExists(**db, u"tlsrpt_imap_state"_s));
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM report_source_cursors"_s), 3);
        const auto cursorOf = [&](const QString &source) {
            Result<QString> text = storage::SourceCursors(*db).cursor(u"imap"_s, source);
            const QJsonObject json = QJsonDocument::fromJson(text ? text->toUtf8() : "").object();
            return std::pair(json.value(u"uidValidity"_s).toInteger(),
                             json.value(u"lastUid"_s).toInteger());
        };
        QCOMPARE(cursorOf(u"anna@imap.example/INBOX"_s), std::pair(qint64(200), qint64(3)));
        QCOMPARE(cursorOf(u"anna@imap.example/Reports"_s), std::pair(qint64(9), qint64(42)));
        QCOMPARE(cursorOf(u"bob@other.example/INBOX"_s), std::pair(qint64(5), qint64(1)));
    }

    void sourceCursorsRoundTripOnThisEngine()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        storage::SourceCursors cursors(*db);
        const QDateTime at(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC);
        QCOMPARE(*cursors.cursor(u"imap"_s, u"a@h/INBOX"_s), QString());
        QVERIFY(cursors.setCursor(u"imap"_s, u"a@h/INBOX"_s, u"{\"lastUid\":1}"_s, at).ok());
        QVERIFY(cursors.setCursor(u"imap"_s, u"a@h/INBOX"_s, u"{\"lastUid\":2}"_s, at).ok());
        QVERIFY(cursors.setCursor(u"feed"_s, u"a@h/INBOX"_s, u"7"_s, at).ok());
        QCOMPARE(*cursors.cursor(u"imap"_s, u"a@h/INBOX"_s), u"{\"lastUid\":2}"_s);
        QCOMPARE(*cursors.cursor(u"feed"_s, u"a@h/INBOX"_s), u"7"_s);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM report_source_cursors"_s), 2);
    }

    // Migration 0022: the challenges are stored and updated on this engine; no secret column.
    void certificateChallengesRoundTripOnThisEngine()
    {
        const Workspace w = workspaceFor(u"challenge.example"_s);
        storage::CertificateChallengeRepository repository(w.db);
        QCOMPARE(*repository.get(w.engagement), deploy::ChallengeSettings{});
        deploy::ChallengeSettings s;
        s.mxHosts = deploy::Challenge::DnsRfc2136;
        s.rfc2136 = deploy::Rfc2136Settings{
            u"2001:db8::53"_s, 5353, u"acme-key"_s, u"hmac-sha512"_s, u"acme.example"_s, 120};
        QVERIFY(repository.put(w.engagement, s).ok());
        s.policyHost = deploy::Challenge::Standalone;
        QVERIFY(repository.put(w.engagement, s).ok());
        QCOMPARE(*repository.get(w.engagement), s);
        QCOMPARE(count(*w.db, u"SELECT COUNT(*) FROM certificate_challenges"_s), 1);
    }

    void dialectWordsAreTranslated()
    {
        const storage::Migration m{9, u"x"_s,
                                   u"CREATE TABLE t (id {{ID}}, n {{BIGINT}}, "
                                   "b {{BLOB}});"_s};
        const QString pg = storage::Migrator::statementsFor(m, true).join(QString());
        const QString lite = storage::Migrator::statementsFor(m, false).join(QString());
        QVERIFY(pg.contains(u"GENERATED BY DEFAULT AS IDENTITY"_s));
        QVERIFY(pg.contains(u"BYTEA"_s));
        QVERIFY(lite.contains(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s));
        QVERIFY(lite.contains(u"BLOB"_s));
        QVERIFY(!pg.contains(u"{{"_s));
        QVERIFY(!lite.contains(u"{{"_s));
    }

    // A PostgreSQL-only block (migration 0016's triggers) is kept whole for PostgreSQL, with
    // the semicolons inside its function body, and dropped for SQLite.
    void postgresOnlyBlocks()
    {
        const storage::Migration m{
            9, u"x"_s,
            u"CREATE TABLE t (n {{BIGINT}});\n{{POSTGRES}}\nCREATE FUNCTION f() RETURNS trigger "
            "AS $$ BEGIN PERFORM 1; RETURN NULL; END $$ LANGUAGE plpgsql;\nCREATE TRIGGER "
            "t_f AFTER INSERT ON t\n    FOR EACH ROW EXECUTE FUNCTION f();\n{{END}}\n"_s};
        const QStringList pg = storage::Migrator::statementsFor(m, true);
        const QStringList lite = storage::Migrator::statementsFor(m, false);
        QCOMPARE(pg.size(), 3);
        QVERIFY(pg.at(1).contains(u"PERFORM 1; RETURN NULL; END $$"_s));
        QVERIFY(pg.at(2).startsWith(u"CREATE TRIGGER"_s));
        QCOMPARE(lite, QStringList{u"CREATE TABLE t (n INTEGER)"_s});
    }

    void engagementsRoundTripOnThisEngine()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC));
        EngagementService service(*db, clock, u"tester"_s);
        Engagement draft;
        draft.customer = u"Straße & Co"_s;
        draft.domain.ace = u"straße.example"_s;
        draft.majorSenders = {u"Google"_s};
        Result<Engagement> first = service.create(draft);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        draft.customer = u"Second"_s;
        draft.domain.ace = u"second.example"_s;
        Result<Engagement> second = service.create(draft);
        QVERIFY(second.ok());
        QVERIFY(second->id > first->id);

        Result<Engagement> loaded = service.get(first->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->customer, u"Straße & Co"_s);
        QCOMPARE(loaded->domain.ace, u"xn--strae-oqa.example"_s);
        QCOMPARE(loaded->createdAt, clock->now());
        QCOMPARE(loaded->majorSenders, QStringList{u"Google"_s});

        QVERIFY(service.archive(first->id).ok());
        QCOMPARE(service.list({})->size(), 1);
        QVERIFY(service.restore(first->id).ok());
        QCOMPARE(service.list({})->size(), 2);
        QCOMPARE(service.events(first->id)->size(), 3);
    }

    // The import writes through SQLite's own statements or, on PostgreSQL, through QSqlQuery:
    // both must store the same rows.
    void reportsImportOnThisEngine()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        auto clock =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC));
        Engagement draft;
        draft.customer = u"Company Y"_s;
        draft.domain.ace = u"company-y.example"_s;
        Result<Engagement> engagement = EngagementService(*db, clock, u"tester"_s).create(draft);
        QVERIFY(engagement.ok());

        const QString shared =
            qEnvironmentVariable("STSDESK_SOURCE_DIR") + u"/tests/data/tlsrpt/published/"_s;
        QList<tlsrpt::Extraction> inputs;
        for (const QString &name : {u"rfc8460-example.json"_s, u"microsoft-sts-and-tlsa.json"_s}) {
            QFile file(shared + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            inputs << tlsrpt::InputExtractor().extractBytes(file.readAll(),
                                                            tlsrpt::Origin{name, {}, {}, {}});
        }
        tlsrpt::ImportOptions options;
        options.engagementId = engagement->id;
        tlsrpt::Importer importer(*db, options, clock);
        Result<tlsrpt::ImportSummary> first = importer.importExtractions(inputs);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->imported, 2);
        QCOMPARE(first->forEngagement, 1);
        QCOMPARE(first->unassigned, 1); // random.net has no engagement

        const storage::Database &workspace = **db;
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM tlsrpt_policies"_s), 3);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM tlsrpt_policies WHERE engagement_id = "_s +
                                      QString::number(engagement->id)),
                 1);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM tlsrpt_failures WHERE engagement_id = "_s +
                                      QString::number(engagement->id) +
                                      u" AND day = '2016-04-01' AND sender = 'Company-X'"_s),
                 3);
        QSqlQuery q(workspace.sql());
        QVERIFY(q.exec(u"SELECT start_at, policy_strings FROM tlsrpt_reports r JOIN "
                       "tlsrpt_policies p ON p.report_id = r.id WHERE r.organization = "
                       "'Company-X'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"2016-04-01T00:00:00.000Z"_s);
        QVERIFY(q.value(1).toString().startsWith(u"[\"version: STSv1\""_s));
        q.finish();

        Result<tlsrpt::ImportSummary> again = importer.importExtractions(inputs);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(count(workspace, u"SELECT COUNT(*) FROM tlsrpt_reports"_s), 2);
    }

    // Which key and CSR files belong to which engagement, with the key each holds: recorded with
    // the event that announces them, read back per engagement, a path never twice.
    void keyFilesBelongToTheirEngagement()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        const QDateTime at(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
        EngagementService service(*db, std::make_shared<FixedClock>(at), u"tester"_s);
        Engagement draft;
        draft.customer = u"One"_s;
        draft.domain.ace = u"one.example"_s;
        const qint64 one = service.create(draft)->id;
        draft.customer = u"Two"_s;
        draft.domain.ace = u"two.example"_s;
        const qint64 two = service.create(draft)->id;

        tls::GeneratedKey key;
        key.keyPath = u"/secrets/shared/one.key"_s;
        key.csrPath = u"/secrets/shared/one.csr.pem"_s;
        key.csrPem = "-----BEGIN CERTIFICATE REQUEST-----\n";
        key.spkiSha256 = QByteArray(32, '\x11');
        key.keyFileSha256 = QByteArray(32, '\x22');
        storage::KeyFileRepository files(*db);
        const storage::EngagementEvent event{0, one, at, u"tls.csr-created"_s, u"tester"_s, {}};
        QVERIFY(files.record(event, storage::keyFilesOf(key)).ok());
        QVERIFY(files.record(event, storage::keyFilesOf(key)).ok()); // the same paths again
        Result<QList<storage::KeyFile>> mine = files.forEngagement(one);
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->at(0).kind, storage::KeyFile::Kind::Key);
        QCOMPARE(mine->at(0).path, key.keyPath);
        QCOMPARE(mine->at(0).spkiSha256, key.spkiSha256);
        QCOMPARE(mine->at(0).fileSha256, key.keyFileSha256);
        QCOMPARE(mine->at(0).createdAt, at);
        QCOMPARE(mine->at(1).kind, storage::KeyFile::Kind::Csr);
        QCOMPARE(mine->at(1).path, key.csrPath);
        QCOMPARE(mine->at(1).spkiSha256, key.spkiSha256);
        QCOMPARE(files.forEngagement(two)->size(), 0);
        QCOMPARE(count(**db, u"SELECT COUNT(*) FROM events WHERE kind = 'tls.csr-created'"_s), 2);
    }

    // Keys made before the table existed are known from their events after the migration.
    void keyFilesOfOlderWorkspacesComeFromTheirEvents()
    {
        auto db = storage::Database::open(freshLocation());
        QVERIFY(db.ok());
        const QDateTime at(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
        Engagement draft;
        draft.customer = u"Old"_s;
        draft.domain.ace = u"old.example"_s;
        const qint64 id =
            EngagementService(*db, std::make_shared<FixedClock>(at), u"tester"_s).create(draft)->id;
        const int version = [] {
            for (const storage::Migration &m : storage::Migrator::all())
                if (m.name == u"key_files"_s)
                    return m.version;
            return 0;
        }();
        QVERIFY(version > 0);
        // The workspace as the version before wrote it: no table, only the events.
        QSqlQuery query((*db)->sql());
        QVERIFY(query.exec(u"DROP TABLE tls_key_files"_s));
        QVERIFY(query.exec(u"DELETE FROM schema_version WHERE version = %1"_s.arg(version)));
        const QString digest(64, u'a');
        const QJsonObject current{{u"keyPath"_s, u"/s/old.key"_s},
                                  {u"csrPath"_s, u"/s/old.csr.pem"_s},
                                  {u"spkiSha256"_s, digest}};
        const QJsonObject next{{u"keyPath"_s, u"/s/old-next.key"_s},
                               {u"csrPath"_s, u""_s},
                               {u"spkiSha256"_s, QString(64, u'b')}};
        storage::EventLog log(*db);
        QVERIFY(log.append({0,
                            id,
                            at,
                            u"tls.csr-created"_s,
                            u"cli"_s,
                            {{u"current"_s, current}, {u"next"_s, next}}})
                    .ok());
        QVERIFY(log.append({0, id, at, u"tls.csr-created"_s, u"cli"_s, {{u"current"_s, current}}})
                    .ok()); // the same files announced twice
        QVERIFY(log.append({0, id, at, u"engagement.renamed"_s, u"cli"_s, {}}).ok());

        QVERIFY(storage::Migrator::migrate(**db).ok());
        Result<QList<storage::KeyFile>> files = storage::KeyFileRepository(*db).forEngagement(id);
        QVERIFY(files.ok());
        QStringList found;
        for (const storage::KeyFile &file : *files)
            found << u"%1 %2 %3"_s.arg(file.kind == storage::KeyFile::Kind::Key ? u"key"_s
                                                                                : u"csr"_s,
                                       file.path, QString::fromLatin1(file.spkiSha256.toHex()));
        found.sort();
        QCOMPARE(found, (QStringList{u"csr /s/old.csr.pem "_s + digest,
                                     u"key /s/old-next.key "_s + QString(64, u'b'),
                                     u"key /s/old.key "_s + digest}));
    }

    // Rows written before counts were bounded (or by anything else) hold up to int64's largest
    // value. SQLite's SUM stopped with "integer overflow" at the group that passed it: the
    // summary silently lost that day and every later one (or, for the first group, failed and
    // locked the engagement for good); PostgreSQL's NUMERIC sum read as garbage. The sums
    // saturate now, and every group is there.
    void sumsOfHugeCountsSaturateOnThisEngine()
    {
        const Workspace w = workspaceFor(u"sum.example"_s);
        tlsrpt::Importer importer(w.db, {}, w.clock);
        Result<tlsrpt::ImportSummary> imported = importer.importExtractions(
            {report(u"a"_s, u"2026-05-01"_s, 10, 1), report(u"b"_s, u"2026-05-02"_s, 10, 1),
             report(u"c"_s, u"2026-05-02"_s, 10, 1), report(u"d"_s, u"2026-05-03"_s, 10, 1)});
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->imported, 4);
        QSqlQuery q(w.db->sql());
        QVERIFY(q.exec(u"UPDATE tlsrpt_policies SET success_count = 9223372036854775807 "
                       "WHERE day = '2026-05-02'"_s));
        QVERIFY(q.exec(u"UPDATE tlsrpt_failures SET failed_count = 9223372036854775807 "
                       "WHERE day = '2026-05-02'"_s));

        const tlsrpt::Aggregator aggregator(w.db);
        Result<QList<tlsrpt::DailySummary>> days =
            aggregator.dailySummaries({w.engagement, {}, {}, {}});
        QVERIFY2(days.ok(), qPrintable(days.ok() ? QString() : days.error().message));
        QCOMPARE(days->size(), 3);
        QCOMPARE((*days)[0].successfulSessions, 10);
        QCOMPARE((*days)[1].reports, 2);
        QCOMPARE((*days)[1].successfulSessions, std::numeric_limits<qint64>::max());
        QCOMPARE((*days)[2].successfulSessions, 10);
        Result<QList<tlsrpt::FailureBreakdown>> failures =
            aggregator.failureBreakdown({w.engagement, {}, {}, {}});
        QVERIFY2(failures.ok(), qPrintable(failures.ok() ? QString() : failures.error().message));
        QCOMPARE(failures->size(), 3);
        QCOMPARE((*failures)[1].failedSessions, std::numeric_limits<qint64>::max());
        QCOMPARE((*failures)[2].failedSessions, 1);
        Result<QList<tlsrpt::StoredReportInfo>> listed =
            storage::ReportCatalog(w.db).list({w.engagement, {}, {}, {}, 0});
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 4);
        QCOMPARE((*listed)[1].successfulSessions, std::numeric_limits<qint64>::max());
    }

    // Duplicates, conflicts, keeping a version and taking a report out, on this engine's SQL.
    void conflictsAndCurationOnThisEngine()
    {
        const Workspace w = workspaceFor(u"sum.example"_s);
        tlsrpt::Importer importer(w.db, {}, w.clock);
        QCOMPARE(importer.importExtractions({report(u"x"_s, u"2026-05-01"_s, 10, 0)})->imported, 1);
        Result<tlsrpt::ImportSummary> second = importer.importExtractions(
            {report(u"x"_s, u"2026-05-01"_s, 10, 0), report(u"x"_s, u"2026-05-01"_s, 10, 3)});
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->duplicates, 1);
        QCOMPARE(second->conflicts, 1);
        const tlsrpt::Aggregator aggregator(w.db);
        QVERIFY(aggregator.dailySummaries({w.engagement, {}, {}, {}})->isEmpty());

        Result<QList<tlsrpt::ReportConflict>> conflicts =
            storage::ReportVersions(w.db).conflicts(w.engagement);
        QVERIFY2(conflicts.ok(),
                 qPrintable(conflicts.ok() ? QString() : conflicts.error().message));
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().versions.size(), 2);
        QCOMPARE(conflicts->first().versions[1].failedSessions, 3);
        tlsrpt::ReportCuration curation(ServiceContext{w.db, w.clock, u"tester"_s});
        const Status kept = curation.keepVersion(conflicts->first().versions[1].id, {});
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().message));
        Result<QList<tlsrpt::DailySummary>> days =
            aggregator.dailySummaries({w.engagement, {}, {}, {}});
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->first().failedSessions, 3);
        QCOMPARE(importer.importExtractions({report(u"x"_s, u"2026-05-01"_s, 10, 0)})->duplicates,
                 1);

        const qint64 row = conflicts->first().reportRow;
        const Status quarantined = curation.sendToQuarantine(row, u"test"_s);
        QVERIFY2(quarantined.ok(),
                 qPrintable(quarantined.ok() ? QString() : quarantined.error().message));
        QVERIFY(aggregator.dailySummaries({w.engagement, {}, {}, {}})->isEmpty());
        QCOMPARE(count(*w.db, u"SELECT COUNT(*) FROM tlsrpt_failures"_s), 0);
        QCOMPARE(count(*w.db, u"SELECT COUNT(*) FROM tlsrpt_report_versions"_s), 0);
        QCOMPARE(count(*w.db, u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s), 1);
        QCOMPARE(count(*w.db, u"SELECT COUNT(*) FROM events WHERE kind LIKE 'report.%'"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStorage)
#include "test_workspace_storage.moc"

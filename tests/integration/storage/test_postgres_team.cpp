// A team workspace on a real PostgreSQL 15 server that speaks TLS: the password only in libpq's
// password file, sslmode=verify-full against a test CA (and its two clear failures), the event
// log's actor written by the server as the database role, and engagements assigned to roles.
#include "engagement/EventKinds.h"
#include "pki/TestPki.h"
#include "postgres/PostgresServer.h"
#include "services/Assignments.h"
#include "services/EngagementService.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestPostgresTeam : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LabDir> m_lab;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<test::TestPki> m_otherPki; // a CA the server's certificate is not from
    test::PostgresServer m_server;
    QString m_plainUrl; // postgresql://app@127.0.0.1:PORT/team

    QString tlsUrl(const QString &host, const QString &root, const QString &extra = {}) const
    {
        return u"postgresql://app@%1:%2/team?sslmode=verify-full&sslrootcert=%3%4"_s.arg(host)
            .arg(m_server.port())
            .arg(root, extra);
    }
    static Result<ServiceContext> open(const QString &url, const QString &claimedActor = u"x"_s)
    {
        return openWorkspace(url, Clock::system(), claimedActor);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::LabDir>(u"pgtls"_s);
        QVERIFY(m_lab->isValid());
        QDir().mkpath(m_lab->filePath(u"ca"_s));
        QDir().mkpath(m_lab->filePath(u"other"_s));
        m_pki = std::make_unique<test::TestPki>(m_lab->filePath(u"ca"_s));
        m_otherPki = std::make_unique<test::TestPki>(m_lab->filePath(u"other"_s));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
        QVERIFY2(m_otherPki->isValid(), qPrintable(m_otherPki->errorString()));
        auto options = test::TestPki::LeafOptions::make(u"server"_s, {u"localhost"_s});
        options.ipAddresses = {u"127.0.0.1"_s};
        const test::TestPki::Leaf leaf = m_pki->issue(options);
        QVERIFY(leaf.isValid());
        m_server.enableTls(leaf.fullchainPath, leaf.keyPath);
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_plainUrl = m_server.createDatabase(u"team"_s, &error);
        QVERIFY2(!m_plainUrl.isEmpty(), qPrintable(error));
        QVERIFY(!m_plainUrl.contains(test::PostgresServer::appPassword()));
    }

    // The right CA and the name in the certificate: connected, over TLS.
    void verifyFullConnects()
    {
        Result<ServiceContext> opened = open(tlsUrl(u"localhost"_s, m_pki->rootCertPath()));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QSqlQuery q(opened->database->sql());
        QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
    }

    void verifyFullWrongRootFails()
    {
        Result<ServiceContext> opened = open(tlsUrl(u"localhost"_s, m_otherPki->rootCertPath()));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"storage.tls-untrusted"_s);
        QVERIFY2(opened.error().message.contains(u"not signed by the trusted root certificate"_s),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(m_otherPki->rootCertPath()));
    }

    // The server is reached (hostaddr) under a name its certificate does not hold.
    void verifyFullHostMismatchFails()
    {
        Result<ServiceContext> opened =
            open(tlsUrl(u"db.wrong-name.test"_s, m_pki->rootCertPath(), u"&hostaddr=127.0.0.1"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"storage.tls-name"_s);
        QVERIFY2(opened.error().message.contains(u"db.wrong-name.test"_s),
                 qPrintable(opened.error().message));
    }

    // No password anywhere but the file the URL's passfile= names; without it, a clear refusal.
    void passwordOnlyInPassfile()
    {
        const QByteArray serverPassFile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSFILE");
        const QString own = m_lab->filePath(u"own.pgpass"_s);
        QFile file(own);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"127.0.0.1:%1:team:app:%2\n"_s.arg(m_server.port())
                       .arg(test::PostgresServer::appPassword())
                       .toUtf8());
        file.close();
        QFile::setPermissions(own, QFile::ReadOwner | QFile::WriteOwner);
        Result<ServiceContext> opened = open(m_plainUrl + u"?passfile="_s + own);
        const QString missing = m_lab->filePath(u"none.pgpass"_s);
        Result<ServiceContext> refused = open(m_plainUrl + u"?passfile="_s + missing);
        qputenv("PGPASSFILE", serverPassFile);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"storage.password"_s);
        QVERIFY2(refused.error().message.contains(u"store-password"_s),
                 qPrintable(refused.error().message));
    }

    // Everything from pg_service.conf: host, port, database, user, TLS.
    void serviceFile()
    {
        const QString services = m_lab->filePath(u"pg_service.conf"_s);
        QFile file(services);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[team]\nhost=localhost\nport=%1\ndbname=team\nuser=app\n"
                   "sslmode=verify-full\nsslrootcert=%2\n"_s.arg(m_server.port())
                       .arg(m_pki->rootCertPath())
                       .toUtf8());
        file.close();
        qputenv("PGSERVICEFILE", services.toLocal8Bit());
        Result<ServiceContext> opened = open(u"postgresql:///?service=team"_s);
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QSqlQuery q(opened->database->sql());
        QVERIFY(q.exec(u"SELECT current_database(), ssl FROM pg_stat_ssl "
                       "WHERE pid = pg_backend_pid()"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"team"_s);
        QVERIFY(q.value(1).toBool());
    }

    // Two roles write to one log; the server names each, whatever the clients claim.
    void eventActorIsTheRole()
    {
        Result<ServiceContext> app = open(m_plainUrl, u"claims-to-be-alice"_s);
        QVERIFY(app);
        const QString problem = m_server.createRole(u"bob"_s, u"team"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString bobUrl = QString(m_plainUrl).replace(u"app@"_s, u"bob@"_s);
        Result<ServiceContext> bob = open(bobUrl, u"claims-to-be-alice"_s);
        QVERIFY2(bob, qPrintable(bob ? QString() : bob.error().describe()));

        Engagement draft;
        draft.customer = u"Team GmbH"_s;
        draft.domain = DomainName::fromUserInput(u"team.example"_s).value();
        Result<Engagement> created = EngagementService(*app).create(draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().describe()));

        services::Assignments byApp(*app);
        services::Assignments byBob(*bob);
        QCOMPARE(byApp.currentConsultant().valueOr({}), u"app"_s);
        QCOMPARE(byBob.currentConsultant().valueOr({}), u"bob"_s);
        QVERIFY(byApp.assign(created->id, u"bob"_s));
        QCOMPARE(byBob.assignees().valueOr({}).value(created->id), u"bob"_s);
        Status unknown = byApp.assign(created->id, u"nobody"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, services::Assignments::kUnknownRole);
        QVERIFY(byBob.unassign(created->id));
        QVERIFY(byBob.assignToMe(created->id));
        QCOMPARE(byApp.assigneeOf(created->id).valueOr({}), u"bob"_s);

        // A client that writes its own actor straight into the table is overruled too.
        QSqlQuery forged(bob->database->sql());
        QVERIFY(forged.exec(u"INSERT INTO events (engagement_id, at, kind, actor) VALUES "
                            "(%1, '2999-01-01T00:00:00Z', 'forged', 'app')"_s.arg(created->id)));

        QStringList log;
        for (const storage::EngagementEvent &e :
             EngagementService(*app).events(created->id).valueOr({}))
            log << e.kind + u" by "_s + e.actor;
        QCOMPARE(log, (QStringList{u"engagement.created by app"_s, u"engagement.assigned by app"_s,
                                   u"engagement.unassigned by bob"_s,
                                   u"engagement.assigned by bob"_s, u"forged by bob"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPostgresTeam)
#include "test_postgres_team.moc"

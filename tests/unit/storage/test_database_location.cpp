#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sts::storage::DatabaseLocation;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresUrl()
    {
        auto location = DatabaseLocation::parse(
            u"postgresql://app:s%40cret@db.internal:6543/stsdesk?sslmode=require"_s);
        QVERIFY(location.ok());
        QCOMPARE(location->engine, DatabaseLocation::Engine::Postgres);
        QCOMPARE(location->host, u"db.internal"_s);
        QCOMPARE(location->port, 6543);
        QCOMPARE(location->user, u"app"_s);
        QCOMPARE(location->password, u"s@cret"_s);
        QCOMPARE(location->databaseName, u"stsdesk"_s);
        QVERIFY(location->connectOptions.contains(u"sslmode=require"_s));
        QVERIFY(location->connectOptions.contains(u"connect_timeout=10"_s));
        QCOMPARE(location->driverName(), u"QPSQL"_s);
        // The password never shows up where a person or a log can see it.
        QVERIFY(!location->displayName().contains(u"cret"_s));
        QVERIFY(location->displayName().contains(u"db.internal"_s));
    }

    void postgresDefaultsAndShortScheme()
    {
        auto location = DatabaseLocation::parse(u"postgres://u@127.0.0.1/ws"_s);
        QVERIFY(location.ok());
        QCOMPARE(location->port, -1); // libpq's default, 5432, or the service file's
        QCOMPARE(location->databaseName, u"ws"_s);
        QCOMPARE(location->url(), u"postgresql://u@127.0.0.1/ws"_s);
    }

    // What settings keep and command lines carry: the libpq parameters, never the password,
    // whether it came as user:password@ or as ?password=.
    void urlKeepsParametersWithoutPassword()
    {
        auto location = DatabaseLocation::parse(
            u"postgresql://app:s%40cret@db.internal:6543/ws?sslmode=verify-full&"
            "sslrootcert=/etc/ca%20dir/root.pem&password=other"_s);
        QVERIFY(location.ok());
        QVERIFY(location->hasPassword());
        QCOMPARE(location->password, u"other"_s);
        QCOMPARE(location->parameter(u"sslrootcert"_s), u"/etc/ca dir/root.pem"_s);
        QVERIFY2(location->connectOptions.contains(u"sslrootcert='/etc/ca dir/root.pem'"_s),
                 qPrintable(location->connectOptions));
        QVERIFY(!location->connectOptions.contains(u"other"_s));
        const QString url = location->url();
        QCOMPARE(url, u"postgresql://app@db.internal:6543/ws?sslmode=verify-full&"
                      "sslrootcert=/etc/ca%20dir/root.pem"_s);
        auto again = DatabaseLocation::parse(url);
        QVERIFY(again.ok());
        QVERIFY(!again->hasPassword());
        QCOMPARE(again->parameters, location->parameters);
        QCOMPARE(DatabaseLocation::redacted(u"postgresql://a:pw@h/d?password=pw2&x=%"_s)
                     .contains(u"pw"_s),
                 false);
    }

    // A service from pg_service.conf may give the host and the database.
    void serviceUrl()
    {
        auto location = DatabaseLocation::parse(u"postgresql:///?service=team"_s);
        QVERIFY2(location.ok(), qPrintable(location ? QString() : location.error().message));
        QVERIFY(location->host.isEmpty());
        QVERIFY(location->connectOptions.contains(u"service=team"_s));
        QCOMPARE(location->url(), u"postgresql:///?service=team"_s); // kept as typed
        QVERIFY(DatabaseLocation::parse(location->url()).ok());
        QVERIFY(!DatabaseLocation::parse(u"postgresql:///?sslmode=require"_s).ok());
        qputenv("PGSERVICE", "team"); // libpq reads it itself
        QVERIFY(DatabaseLocation::parse(u"postgresql:///?sslmode=require"_s).ok());
        qunsetenv("PGSERVICE");
    }

    void postgresWithoutDatabaseIsRefused()
    {
        auto location = DatabaseLocation::parse(u"postgresql://u@127.0.0.1:5432"_s);
        QVERIFY(!location.ok());
        QCOMPARE(location.error().code, u"storage.location-invalid"_s);
    }

    void sqliteForms()
    {
        const QString cwd = QDir::currentPath();
        QCOMPARE(DatabaseLocation::parse(u"/tmp/a.sqlite"_s)->sqlitePath, u"/tmp/a.sqlite"_s);
        QCOMPARE(DatabaseLocation::parse(u"sqlite:///tmp/b.sqlite"_s)->sqlitePath,
                 u"/tmp/b.sqlite"_s);
        QCOMPARE(DatabaseLocation::parse(u"rel/c.sqlite"_s)->sqlitePath, cwd + u"/rel/c.sqlite"_s);
        QCOMPARE(DatabaseLocation::parse(u"/tmp/a.sqlite"_s)->engine,
                 DatabaseLocation::Engine::Sqlite);
        QVERIFY(!DatabaseLocation::parse(u"  "_s).ok());
    }

    void defaultIsInUserDataDirectory()
    {
        const DatabaseLocation location = DatabaseLocation::defaultLocation();
        QCOMPARE(location.engine, DatabaseLocation::Engine::Sqlite);
        QVERIFY(location.sqlitePath.endsWith(u"/workspace.sqlite"_s));
        // The test environment points XDG_DATA_HOME into the build tree, never at the real home.
        QVERIFY2(location.sqlitePath.startsWith(qEnvironmentVariable("XDG_DATA_HOME")),
                 qPrintable(location.sqlitePath));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "test_database_location.moc"

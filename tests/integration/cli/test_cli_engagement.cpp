// Drives the built stsdesk-cli as a user would: separate processes on one workspace, on SQLite
// and on a real PostgreSQL server.
#include "TestEnv.h"
#include "postgres/PostgresServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestCliEngagement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    QString m_postgresUrl;

    static ToolRun cli(const QString &database, const QStringList &args)
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, database}, 60000);
    }

    static QJsonDocument json(const ToolRun &run)
    {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", run.out.constData());
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        const QString problem = m_postgres.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_postgresUrl = m_postgres.createDatabase(u"cli"_s, &error);
        QVERIFY2(!m_postgresUrl.isEmpty(), qPrintable(error));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("sqlite") << m_dir.filePath(u"cli.sqlite"_s);
        QTest::newRow("postgresql") << m_postgresUrl;
    }
    void roundTrip()
    {
        QFETCH(QString, database);
        ToolRun created =
            cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s, u"Bäckerei Schmidt"_s,
                           u"--domain"_s, u"Schmidt-Brot.de"_s, u"--consultant"_s, u"Anna"_s,
                           u"--language"_s, u"de"_s, u"--profile"_s, u"bsi-tr-03108"_s,
                           u"--senders"_s, u"Google,Microsoft"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject object = json(created).object();
        const qint64 id = object.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(object.value(u"domain"_s).toString(), u"schmidt-brot.de"_s);
        QCOMPARE(object.value(u"profile"_s).toString(), u"bsi-tr-03108"_s);

        ToolRun listed = cli(database, {u"engagement"_s, u"list"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QJsonArray list = json(listed).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"id"_s).toInteger(), id);

        ToolRun shown =
            cli(database, {u"engagement"_s, u"show"_s, QString::number(id), u"--json"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QJsonObject detail = json(shown).object();
        QCOMPARE(detail.value(u"customer"_s).toString(), u"Bäckerei Schmidt"_s);
        QCOMPARE(detail.value(u"consultant"_s).toString(), u"Anna"_s);
        QCOMPARE(detail.value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(detail.value(u"majorSenders"_s).toArray(),
                 (QJsonArray{u"Google"_s, u"Microsoft"_s}));

        QCOMPARE(cli(database, {u"engagement"_s, u"archive"_s, QString::number(id)}).exitCode, 0);
        QCOMPARE(json(cli(database, {u"engagement"_s, u"list"_s, u"--json"_s})).array().size(), 0);
        QCOMPARE(json(cli(database, {u"engagement"_s, u"list"_s, u"--all"_s, u"--json"_s}))
                     .array()
                     .size(),
                 1);
        QCOMPARE(cli(database, {u"engagement"_s, u"restore"_s, QString::number(id)}).exitCode, 0);
        ToolRun text = cli(database, {u"engagement"_s, u"list"_s});
        QVERIFY(QString::fromUtf8(text.out).contains(u"Bäckerei Schmidt"_s));
    }

    void errorsHaveTheRightExitCode()
    {
        const QString database = m_dir.filePath(u"errors.sqlite"_s);
        ToolRun badDomain = cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s, u"X"_s,
                                           u"--domain"_s, u"192.0.2.1"_s});
        QCOMPARE(badDomain.exitCode, 1);
        QVERIFY2(QString::fromUtf8(badDomain.err).contains(u"IP address"_s),
                 qPrintable(badDomain.describe()));
        QCOMPARE(cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s, u"X"_s}).exitCode,
                 2);
        QCOMPARE(cli(database, {u"engagement"_s, u"show"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(cli(database, {u"engagement"_s, u"show"_s, u"999"_s}).exitCode, 1);
        QCOMPARE(cli(database, {u"engagement"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli(database, {u"engagement"_s, u"list"_s, u"--no-such-option"_s}).exitCode, 2);
        QCOMPARE(runTool(cliPath(), {u"no-such-command"_s}).exitCode, 2);
        QCOMPARE(runTool(cliPath(), {}).exitCode, 2);
        ToolRun version = runTool(cliPath(), {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("stsdesk-cli "));
        QVERIFY(version.out.contains("OpenSSL"));
    }

    void unreachableDatabaseIsAnOperationalError()
    {
        const quint16 closed = freeTcpPort();
        ToolRun run = runTool(cliPath(), {u"engagement"_s, u"list"_s, u"--database"_s,
                                          u"postgresql://u@127.0.0.1:%1/none"_s.arg(closed)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"postgresql://u@127.0.0.1:%1/none"_s.arg(closed).toUtf8()));
        // (A password on the command line is refused before anything: test_cli_team.)
    }
};

QTEST_GUILESS_MAIN(TestCliEngagement)
#include "test_cli_engagement.moc"

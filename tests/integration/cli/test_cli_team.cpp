// stsdesk-cli for a team: the workspace password never on the command line (refused there,
// stored with `workspace store-password` from standard input or a file into libpq's password
// file, which then opens the workspace), and `engagement assign|unassign|list --mine` on SQLite
// and on a real PostgreSQL server.
#include "TestEnv.h"
#include "postgres/PostgresServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestCliTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    QString m_url; // postgresql://app@127.0.0.1:PORT/team

    static ToolRun cli(const QStringList &args, const QStringList &env = {},
                       const QByteArray &input = {})
    {
        return runTool(cliPath(), args, 60000, input, {}, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        const QString problem = m_postgres.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_url = m_postgres.createDatabase(u"team"_s, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    }

    void passwordOnCommandLineRefused()
    {
        const QString secret = PostgresServer::appPassword();
        const QString withPassword = QString(m_url).replace(u"app@"_s, u"app:%1@"_s.arg(secret));
        const ToolRun run = cli({u"engagement"_s, u"list"_s, u"--database"_s, withPassword});
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"workspace store-password"_s) && err.contains(u".pgpass"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(m_url), qPrintable(err)); // the URL to use instead
        QVERIFY2(!err.contains(secret) && !run.out.contains(secret.toUtf8()), qPrintable(err));
    }

    void storePasswordThenConnect_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("stdin") << false;
        QTest::newRow("password-file") << true;
    }
    void storePasswordThenConnect()
    {
        QFETCH(bool, fromFile);
        const QString passFile = m_dir.filePath(fromFile ? u"file.pgpass"_s : u"stdin.pgpass"_s);
        const QStringList env{u"PGPASSFILE="_s + passFile};
        const QStringList list{u"engagement"_s, u"list"_s, u"--database"_s, m_url};
        const ToolRun before = cli(list, env);
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains("store-password"), before.err.constData());

        QStringList store{u"workspace"_s, u"store-password"_s, u"--database"_s, m_url};
        QByteArray input;
        if (fromFile) {
            QFile secret(m_dir.filePath(u"secret.txt"_s));
            QVERIFY(secret.open(QIODevice::WriteOnly));
            secret.write(PostgresServer::appPassword().toUtf8() + '\n');
            secret.close();
            store << u"--password-file"_s << secret.fileName();
        } else {
            input = PostgresServer::appPassword().toUtf8() + '\n';
        }
        const ToolRun stored = cli(store, env, input);
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
        QVERIFY(stored.out.contains(passFile.toUtf8()));
        QVERIFY(!stored.out.contains(PostgresServer::appPassword().toUtf8()));
        QCOMPARE(QFile::permissions(passFile) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const ToolRun after = cli(list, env);
        QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
        // Opening a migrated workspace says nothing on stderr (PostgreSQL NOTICEs included).
        const ToolRun again = cli(list, env);
        QVERIFY2(again.exitCode == 0 && again.err.isEmpty(), qPrintable(again.describe()));
    }

    void assignments_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("me");
        QTest::newRow("sqlite") << m_dir.filePath(u"team.sqlite"_s) << u"carol"_s;
        QTest::newRow("postgresql") << m_url << u"app"_s; // the database role
    }
    void assignments()
    {
        QFETCH(QString, database);
        QFETCH(QString, me);
        const QStringList env{u"USER=carol"_s};
        const QStringList db{u"--database"_s, database};
        QStringList ids;
        for (const QString &domain : {u"a.example"_s, u"b.example"_s}) {
            const ToolRun created = cli(QStringList{u"engagement"_s, u"create"_s, u"--customer"_s,
                                                    domain, u"--domain"_s, domain, u"--json"_s} +
                                            db,
                                        env);
            QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
            ids << QString::number(
                QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger());
        }
        ToolRun assigned = cli(QStringList{u"engagement"_s, u"assign"_s, ids[0], me} + db, env);
        QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.describe()));
        QVERIFY(assigned.out.contains(me.toUtf8()));
        const ToolRun shown = cli(QStringList{u"engagement"_s, u"show"_s, ids[0]} + db, env);
        QVERIFY2(shown.out.contains("Assigned to: " + me.toUtf8()), shown.out.constData());
        ToolRun mine =
            cli(QStringList{u"engagement"_s, u"list"_s, u"--mine"_s, u"--json"_s} + db, env);
        QVERIFY2(mine.exitCode == 0, qPrintable(mine.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(mine.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(QString::number(rows[0].toObject().value(u"id"_s).toInteger()), ids[0]);
        QCOMPARE(rows[0].toObject().value(u"assignee"_s).toString(), me);

        QVERIFY(cli(QStringList{u"engagement"_s, u"unassign"_s, ids[0]} + db, env).exitCode == 0);
        mine = cli(QStringList{u"engagement"_s, u"list"_s, u"--mine"_s} + db, env);
        QVERIFY2(mine.out.contains("No engagements assigned to"), mine.out.constData());
        QCOMPARE(cli(QStringList{u"engagement"_s, u"assign"_s, ids[1]} + db, env).exitCode, 2);
        if (database == m_url) { // a consultant on PostgreSQL is a role of the server
            const ToolRun unknown =
                cli(QStringList{u"engagement"_s, u"assign"_s, ids[1], u"nobody"_s} + db, env);
            QCOMPARE(unknown.exitCode, 1);
            QVERIFY(unknown.err.contains("not a role"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "test_cli_team.moc"

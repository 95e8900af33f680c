// `stsdesk-cli hosting` as a consultant runs it, each call its own process on one workspace:
// usage errors, the policy host name, a sync that writes and reloads, a re-run that writes and
// reloads nothing, a failing reload (exit 1), status with a pending removal and a retirement.
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestHostingCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database, m_out, m_marker;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 60000);
    }
    QJsonObject json(const QStringList &args, int expectedExit = 0) const
    {
        const ToolRun run = cli(args + QStringList{u"--json"_s});
        if (run.exitCode != expectedExit)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object();
    }
    QString create(const QString &domain) const
    {
        const QJsonObject created = json({u"engagement"_s, u"create"_s, u"--customer"_s,
                                          u"Kunde "_s + domain, u"--domain"_s, domain});
        return QString::number(created.value(u"id"_s).toInteger());
    }
    // A live version on the consultant's word (no DNS here: the resolver is refused at once).
    void publish(const QString &id, const QString &mode) const
    {
        const QJsonObject made =
            json({u"policy"_s, u"new"_s, id, u"--mode"_s, mode, u"--mx"_s, u"mail.example.net"_s});
        const ToolRun run = cli({u"policy"_s, u"publish"_s, id, made.value(u"id"_s).toString(),
                                 u"--without-proof"_s, u"cli test"_s, u"--resolver"_s,
                                 u"127.0.0.1:1"_s, u"--dns-timeout"_s, u"200"_s, u"--timeout"_s,
                                 u"1"_s, u"--override"_s, u"cli test"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    QStringList sync(const QString &reload, int expectedExit = 0) const
    {
        const QJsonObject report =
            json({u"hosting"_s, u"sync"_s, u"--out"_s, m_out, u"--reload-command"_s, reload},
                 expectedExit);
        QStringList out;
        for (const QJsonValue &f : report.value(u"files"_s).toArray())
            out << f[u"change"_s].toString() + u' ' + f[u"path"_s].toString();
        return out;
    }
    int reloads() const
    {
        QFile file(m_marker);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_database = m_dir.filePath(u"ws.sqlite"_s);
        m_out = m_dir.filePath(u"host"_s);
        m_marker = m_dir.filePath(u"reloads"_s);
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"hosting"_s, u"sync"_s}).exitCode, 2); // no --out
        QCOMPARE(cli({u"hosting"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli({u"hosting"_s, u"set-host"_s}).exitCode, 2);
    }

    void hostName()
    {
        QCOMPARE(json({u"hosting"_s, u"set-host"_s, u"MTA-STS.Consultant.example"_s})
                     .value(u"hostName"_s)
                     .toString(),
                 u"mta-sts.consultant.example"_s);
        const ToolRun bad = cli({u"hosting"_s, u"set-host"_s, u"not a host!"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("is not a host name"), bad.err.constData());
        QCOMPARE(json({u"hosting"_s, u"status"_s}).value(u"hostName"_s).toString(),
                 u"mta-sts.consultant.example"_s);
    }

    void syncWritesOnceAndReloadsOnlyOnChange()
    {
        const QString a = create(u"a.example"_s);
        const QString b = create(u"b.example"_s);
        publish(a, u"testing"_s);
        publish(b, u"testing"_s);
        const QString reload = u"echo reload >> "_s + m_marker;
        const QStringList first = sync(reload);
        QVERIFY2(first.contains(u"added policies/a.example/.well-known/mta-sts.txt"_s),
                 qPrintable(first.join(u", "_s)));
        QVERIFY(first.contains(u"added policies/b.example/.well-known/mta-sts.txt"_s));
        QVERIFY(first.contains(u"added nginx/mta-sts-hosting.conf"_s));
        QCOMPARE(reloads(), 1);

        QCOMPARE(sync(reload), QStringList());
        QCOMPARE(reloads(), 1);
        const ToolRun text =
            cli({u"hosting"_s, u"sync"_s, u"--out"_s, m_out, u"--reload-command"_s, reload});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Nothing changed"), text.out.constData());
        QVERIFY(text.out.contains("a.example (Kunde a.example): hosted"));
        QCOMPARE(reloads(), 1);

        // A failing reload is reported with exit code 1 and the command's output.
        publish(b, u"enforce"_s);
        QCOMPARE(sync(u"echo broken config; exit 7"_s, 1),
                 QStringList{u"changed policies/b.example/.well-known/mta-sts.txt"_s});
        const ToolRun failed = cli({u"hosting"_s, u"sync"_s, u"--out"_s, m_out});
        QCOMPARE(failed.exitCode, 0); // nothing changed: the default reload.sh is not run
        // --no-reload: written, nothing run.
        publish(a, u"enforce"_s);
        const QJsonObject written = json({u"hosting"_s, u"sync"_s, u"--out"_s, m_out,
                                          u"--no-reload"_s, u"--reload-command"_s, reload});
        QCOMPARE(written.value(u"changed"_s).toBool(), true);
        QCOMPARE(written.value(u"reloaded"_s).toBool(), false);
        QCOMPARE(reloads(), 1);
    }

    void archiveIsAPendingRemovalThenRetires()
    {
        QCOMPARE(cli({u"engagement"_s, u"archive"_s, u"1"_s}).exitCode, 0);
        QJsonArray customers = json({u"hosting"_s, u"status"_s}).value(u"customers"_s).toArray();
        QCOMPARE(customers.at(0)[u"state"_s].toString(), u"pending-removal"_s);
        const ToolRun text = cli({u"hosting"_s, u"status"_s});
        QVERIFY2(text.out.contains("removal pending"), text.out.constData());

        const ToolRun synced =
            cli({u"hosting"_s, u"sync"_s, u"--out"_s, m_out, u"--reload-command"_s, u"true"_s});
        QCOMPARE(synced.exitCode, 0);
        QVERIFY2(synced.out.contains("  changed policies/a.example/.well-known/mta-sts.txt\n"),
                 synced.out.constData());
        // Per customer: its state, the mode none version and what changed of its files.
        QVERIFY(synced.out.contains("a.example (Kunde a.example): retiring: serves mode none, "
                                    "policy "));
        QVERIFY(synced.out.contains("(none, max_age 604800)")); // the last live: enforce
        QVERIFY(synced.out.contains("; files: 1 changed\n"));
        QVERIFY(synced.out.contains("Reloaded."));
        QFile policy(m_out + u"/policies/a.example/.well-known/mta-sts.txt"_s);
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(policy.readAll().contains("mode: none"));
        customers = json({u"hosting"_s, u"status"_s}).value(u"customers"_s).toArray();
        QCOMPARE(customers.at(0)[u"state"_s].toString(), u"retiring"_s);
        QCOMPARE(customers.at(0)[u"mode"_s].toString(), u"none"_s);
        QVERIFY(!customers.at(0)[u"retireUntil"_s].toString().isEmpty());
    }
    void recordsPointHostedCustomersAtTheHost()
    {
        const ToolRun hosted =
            cli({u"records"_s, u"export"_s, u"--engagement"_s, u"2"_s, u"--format"_s, u"bind"_s});
        QCOMPARE(hosted.exitCode, 0);
        QVERIFY2(
            hosted.out.contains("mta-sts.b.example. 3600 IN CNAME mta-sts.consultant.example."),
            hosted.out.constData());
        // Archived: no longer hosted there, so no CNAME to it.
        const ToolRun archived =
            cli({u"records"_s, u"export"_s, u"--engagement"_s, u"1"_s, u"--format"_s, u"bind"_s});
        QCOMPARE(archived.exitCode, 0);
        QVERIFY(!archived.out.contains("CNAME"));
    }
};

QTEST_GUILESS_MAIN(TestHostingCli)
#include "test_hosting_cli.moc"

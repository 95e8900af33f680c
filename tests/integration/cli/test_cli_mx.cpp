// `stsdesk-cli mx` as a consultant uses it, each call its own process on one workspace: mail
// servers entered by hand are listed with their origin, validated with the reasons, edited,
// removed, and what is entered is what `policy new` (no --mx) and `probe --engagement` use; the
// next `discover --engagement` (against the Knot lab) compares the hand entries with DNS.
#include "TestEnv.h"
#include "dnslab/DnsLab.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using sts::test::DnsLab;

class TestCliMx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_id;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 60000);
    }
    QJsonObject json(const QStringList &args) const
    {
        const ToolRun run = cli(args + QStringList{u"--json"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_database = m_dir.filePath(u"ws.sqlite"_s);
        const QJsonObject created = json({u"engagement"_s, u"create"_s, u"--customer"_s,
                                          u"Beispiel AG"_s, u"--domain"_s, u"beispiel.example"_s});
        m_id = QString::number(created.value(u"id"_s).toInteger());
        QVERIFY(m_id != u"0"_s);
    }

    void emptyAtFirst()
    {
        const QJsonObject list = json({u"mx"_s, u"list"_s, m_id});
        QCOMPARE(list.value(u"domain"_s).toString(), u"beispiel.example"_s);
        QCOMPARE(list.value(u"scanned"_s).toBool(), false);
        QVERIFY(list.value(u"hosts"_s).toArray().isEmpty());
        const ToolRun text = cli({u"mx"_s, u"list"_s, m_id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("none entered by hand"), text.out.constData());
        // Without a scan or hand entries there is nothing to probe, and the error says what to do.
        const ToolRun probe = cli({u"probe"_s, u"--engagement"_s, m_id});
        QCOMPARE(probe.exitCode, 1);
        QVERIFY2(probe.err.contains("mx add"), probe.err.constData());
    }

    void refusedWithReasons()
    {
        const ToolRun badHost = cli({u"mx"_s, u"add"_s, m_id, u"not a host"_s});
        QCOMPARE(badHost.exitCode, 1);
        QVERIFY2(badHost.err.contains("is not a host name"), badHost.err.constData());
        const ToolRun badAddress =
            cli({u"mx"_s, u"add"_s, m_id, u"mx1.beispiel.example"_s, u"--address"_s, u"1.2.3"_s});
        QCOMPARE(badAddress.exitCode, 1);
        QVERIFY2(badAddress.err.contains("not an IPv4 or IPv6 address"),
                 badAddress.err.constData());
        const ToolRun badPriority =
            cli({u"mx"_s, u"add"_s, m_id, u"mx1.beispiel.example"_s, u"--priority"_s, u"ten"_s});
        QCOMPARE(badPriority.exitCode, 2);
        QCOMPARE(cli({u"mx"_s, u"frobnicate"_s, m_id}).exitCode, 2);
        QCOMPARE(cli({u"mx"_s, u"edit"_s, m_id}).exitCode, 2);
        QVERIFY(json({u"mx"_s, u"list"_s, m_id}).value(u"hosts"_s).toArray().isEmpty());
    }

    void addedEditedListedRemoved()
    {
        const QJsonObject added =
            json({u"mx"_s, u"add"_s, m_id, u"MX1.Beispiel.Example."_s, u"--priority"_s, u"10"_s,
                  u"--address"_s, u"192.0.2.25"_s, u"--address"_s, u"2001:db8::25"_s, u"--note"_s,
                  u"neuer Host, noch nicht im DNS"_s});
        QCOMPARE(added.value(u"host"_s).toString(), u"mx1.beispiel.example"_s);
        QCOMPARE(added.value(u"addresses"_s).toArray().size(), 2);
        const QString entry = QString::number(added.value(u"id"_s).toInteger());
        const ToolRun duplicate = cli({u"mx"_s, u"add"_s, m_id, u"mx1.beispiel.example"_s});
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains("already in the list"), duplicate.err.constData());

        const QJsonObject second =
            json({u"mx"_s, u"add"_s, m_id, u"mx2.beispiel.example"_s, u"--priority"_s, u"20"_s});
        const QString secondEntry = QString::number(second.value(u"id"_s).toInteger());
        const QJsonObject edited = json({u"mx"_s, u"edit"_s, m_id, secondEntry, u"--priority"_s,
                                         u"30"_s, u"--address"_s, u"192.0.2.26"_s});
        QCOMPARE(edited.value(u"priority"_s).toInt(), 30);
        QCOMPARE(edited.value(u"host"_s).toString(), u"mx2.beispiel.example"_s);

        const QJsonArray hosts = json({u"mx"_s, u"list"_s, m_id}).value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts[0].toObject().value(u"host"_s).toString(), u"mx1.beispiel.example"_s);
        QCOMPARE(hosts[0].toObject().value(u"origin"_s).toString(), u"hand"_s);
        QCOMPARE(hosts[0].toObject().value(u"note"_s).toString(),
                 u"neuer Host, noch nicht im DNS"_s);
        QCOMPARE(hosts[1].toObject().value(u"priority"_s).toInt(), 30);
        const ToolRun text = cli({u"mx"_s, u"list"_s, m_id});
        QVERIFY2(text.out.contains("mx1.beispiel.example  192.0.2.25, 2001:db8::25  [entered by "
                                   "hand]"),
                 text.out.constData());

        // A policy made without --mx takes its patterns from the hand-entered hosts.
        const QJsonObject policy = json({u"policy"_s, u"new"_s, m_id, u"--mode"_s, u"testing"_s});
        const QJsonArray mx = policy.value(u"mx"_s).toArray();
        QVERIFY2(mx.contains(u"mx1.beispiel.example"_s) && mx.contains(u"mx2.beispiel.example"_s),
                 QJsonDocument(policy).toJson().constData());

        QCOMPARE(json({u"mx"_s, u"remove"_s, m_id, secondEntry}).value(u"removed"_s).toInteger(),
                 secondEntry.toLongLong());
        QCOMPARE(cli({u"mx"_s, u"remove"_s, m_id, secondEntry}).exitCode, 1);
        QCOMPARE(json({u"mx"_s, u"list"_s, m_id}).value(u"hosts"_s).toArray().size(), 1);
        // Every change is in the engagement's log, by the CLI's actor.
        storage::DatabaseLocation location;
        location.sqlitePath = m_database;
        auto db = storage::Database::open(location);
        QVERIFY(db);
        auto events = storage::EventLog(*db).forEngagement(m_id.toLongLong());
        QVERIFY(events);
        QStringList kinds;
        for (const storage::EngagementEvent &e : *events)
            if (e.kind.startsWith(u"mx."_s)) {
                kinds << e.kind;
                QVERIFY2(e.actor.startsWith(u"stsdesk-cli"_s), qPrintable(e.actor));
            }
        QCOMPARE(kinds,
                 (QStringList{u"mx.entered"_s, u"mx.entered"_s, u"mx.edited"_s, u"mx.removed"_s}));
        Q_UNUSED(entry);
    }

    void comparedAtTheNextDiscovery()
    {
        QString missing;
        if (!DnsLab::toolsAvailable(&missing, false))
            QSKIP(qPrintable(u"missing tools: "_s + missing));
        DnsLab lab;
        QString error;
        QVERIFY2(lab.start(&error), qPrintable(error));
        const QString id = QString::number(json({u"engagement"_s, u"create"_s, u"--customer"_s,
                                                 u"Lab"_s, u"--domain"_s, u"secure.test"_s})
                                               .value(u"id"_s)
                                               .toInteger());
        // DnsLab: secure.test has MX 10 mx1 (127.0.0.1, ::1) and MX 20 mx2.
        const QString entry =
            QString::number(json({u"mx"_s, u"add"_s, id, u"mx1.secure.test"_s, u"--address"_s,
                                  u"127.0.0.1"_s, u"--address"_s, u"::1"_s})
                                .value(u"id"_s)
                                .toInteger());
        const ToolRun discover =
            cli({u"discover"_s, u"--engagement"_s, id, u"--resolver"_s, lab.resolverSpec(),
                 u"--trust-anchor"_s, lab.trustAnchorFile()});
        QCOMPARE(discover.exitCode, 0);
        QVERIFY2(discover.err.contains(
                     u"Entered by hand, entry %1: mx1.secure.test: DNS has it now, with the same "
                     "priority and addresses"_s.arg(entry)
                         .toUtf8()),
                 discover.err.constData());
        QVERIFY2(discover.err.contains("Found in DNS, not entered by hand: mx2.secure.test"),
                 discover.err.constData());
        QVERIFY2(discover.err.contains("--dns-has-it"), discover.err.constData());

        const QJsonArray hosts = json({u"mx"_s, u"list"_s, id}).value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts[0].toObject().value(u"origin"_s).toString(), u"dns"_s);
        QCOMPARE(hosts[0].toObject().value(u"inDns"_s).toBool(), true);
        QCOMPARE(cli({u"mx"_s, u"remove"_s, id, entry, u"--dns-has-it"_s}).exitCode, 0);
        QCOMPARE(json({u"mx"_s, u"list"_s, id}).value(u"hosts"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMx)
#include "test_cli_mx.moc"

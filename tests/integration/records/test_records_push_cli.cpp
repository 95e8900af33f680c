// `stsdesk-cli records push` run as a user would, against the real Knot of DnsLabDynamic: the
// engagement's records pushed and read back, what kdig then sees, and the refusals (a key file
// every user can read, missing options).
#include "PublishedEngagement.h"
#include "TestEnv.h"
#include "dnslab/DnsLabDynamic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestRecordsPushCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_lab;
    std::unique_ptr<LabDir> m_dir;
    qint64 m_engagement = 0;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(),
                       QStringList{u"records"_s, u"push"_s} + args +
                           QStringList{u"--database"_s, m_dir->filePath(u"ws.sqlite"_s)},
                       60000);
    }
    QString keyFile(QFile::Permissions mode) const
    {
        return m_lab->writeKeyFile(m_dir->filePath(u"key-%1"_s.arg(int(mode), 0, 16)), mode);
    }
    QString server() const { return u"127.0.0.1:%1"_s.arg(m_lab->port()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        STSDESK_START_DYNAMIC_LAB(m_lab);
        QString error;
        m_dir = std::make_unique<LabDir>(u"pushcli"_s);
        m_engagement = seedPublishedEngagement(m_dir->filePath(u"ws.sqlite"_s), u"Dyn"_s,
                                               u"dyn.test"_s, u"mail.dyn.test"_s, error);
        QVERIFY2(m_engagement > 0, qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void pushJson()
    {
        const ToolRun run = cli({QString::number(m_engagement), u"--server"_s, server(),
                                 u"--tsig-key-file"_s, keyFile(QFile::ReadOwner), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"zone"_s).toString(), u"dyn.test."_s);
        QCOMPARE(json.value(u"server"_s).toString(), server());
        QCOMPARE(json.value(u"allServed"_s).toBool(), true);
        const QJsonObject first = json.value(u"records"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"owner"_s).toString(), u"_mta-sts.dyn.test."_s);
        QCOMPARE(first.value(u"served"_s).toString(), u"present"_s);
        // What any resolver asking the primary now gets.
        QCOMPARE(m_lab->dig(u"TXT"_s, u"_mta-sts.dyn.test"_s),
                 QStringList{u"\"%1\""_s.arg(first.value(u"rdata"_s).toString().remove(u'"'))});
        QVERIFY(!run.out.contains(m_lab->tsigSecret().toLatin1()));
    }

    void pushText()
    {
        const ToolRun run =
            cli({QString::number(m_engagement), u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                 QString::number(m_lab->port()), u"--zone"_s, u"dyn.test"_s, u"--tsig-key-file"_s,
                 keyFile(QFile::ReadOwner | QFile::WriteOwner)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("present     _mta-sts.dyn.test."), run.out.constData());
    }

    void worldReadableKeyRefused()
    {
        const ToolRun run =
            cli({QString::number(m_engagement), u"--server"_s, server(), u"--tsig-key-file"_s,
                 keyFile(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("mode 0604") && run.err.contains("chmod 600"),
                 run.err.constData());
        QVERIFY(!run.err.contains(m_lab->tsigSecret().toLatin1()));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no server") << QStringList{u"1"_s, u"--tsig-key-file"_s, u"k"_s};
        QTest::newRow("no key") << QStringList{u"1"_s, u"--server"_s, u"127.0.0.1"_s};
        QTest::newRow("no engagement")
            << QStringList{u"--server"_s, u"127.0.0.1"_s, u"--tsig-key-file"_s, u"k"_s};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRecordsPushCli)
#include "test_records_push_cli.moc"

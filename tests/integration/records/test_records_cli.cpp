// `stsdesk-cli records export` run as a user would: formats to stdout and to a file, an engagement
// from a real workspace, and the usage errors. Expected text is written by hand (RFC 1035 §5.1).
#include "TestEnv.h"
#include "records/ExportFormats.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

// Expected output, written by hand, in tests/data/records/.
static QString fixture(const QString &name)
{
    QFile file(testDataDir() + u"/records/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

class TestRecordsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(),
                       QStringList{u"records"_s, u"export"_s} + args +
                           QStringList{u"--database"_s, m_dir.filePath(u"ws.sqlite"_s)},
                       60000);
    }
    static QStringList basic()
    {
        return {u"--domain"_s,    u"example.com"_s,
                u"--policy-id"_s, u"20240101000000"_s,
                u"--rua"_s,       u"mailto:tlsrpt@example.com"_s,
                u"--mx"_s,        u"mx1.example.com"_s,
                u"--tlsa"_s,      u"mx1.example.com="_s + u"ab"_s.repeated(32),
                u"--tlsa"_s,      u"MX1.example.com="_s + u"CD"_s.repeated(32),
                u"--mta-sts-a"_s, u"192.0.2.10"_s,
                u"--ttl"_s,       u"300"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    }

    void bindToStdout()
    {
        const ToolRun run = cli(basic() + QStringList{u"--format"_s, u"bind"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString expected = fixture(u"cli-bind.zone"_s)
                                     .replace(u"<AB>"_s, u"ab"_s.repeated(32))
                                     .replace(u"<CD>"_s, u"cd"_s.repeated(32));
        QCOMPARE(QString::fromUtf8(run.out), expected);
    }

    void cloudflareJson()
    {
        const ToolRun run = cli(basic() + QStringList{u"--format"_s, u"cloudflare"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray bodies = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(bodies.size(), 5);
        QCOMPARE(bodies.at(3).toObject().value(u"data"_s).toObject().value(u"certificate"_s),
                 QJsonValue(u"ab"_s.repeated(32)));
    }

    void nsupdateFileWithKey()
    {
        const QString keyFile = m_dir.filePath(u"tsig.key"_s);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("hmac-sha256:upd-key:c2VjcmV0\n");
        key.close();
        const QString out = m_dir.filePath(u"update.nsu"_s);
        const ToolRun run = cli(basic() + QStringList{u"--format"_s, u"nsupdate"_s, u"--server"_s,
                                                      u"127.0.0.1"_s, u"--port"_s, u"5353"_s,
                                                      u"--tsig-file"_s, keyFile, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QFile script(out);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.startsWith("server 127.0.0.1 5353\nzone example.com.\n"
                                "key hmac-sha256:upd-key c2VjcmV0\n"));
        QVERIFY(text.endsWith("send\n"));
        // The script carries the TSIG secret: owner-only.
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void fromEngagement()
    {
        const ToolRun created =
            runTool(cliPath(),
                    {u"engagement"_s, u"create"_s, u"--customer"_s, u"Müller"_s, u"--domain"_s,
                     u"Müller.de"_s, u"--consultant"_s, u"Anna"_s, u"--json"_s, u"--database"_s,
                     m_dir.filePath(u"ws.sqlite"_s)},
                    60000);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const qint64 id = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        // No policy version stored and no discovery to make one from: the id must be given.
        const ToolRun noId = cli({u"--engagement"_s, QString::number(id), u"--format"_s, u"csv"_s});
        QCOMPARE(noId.exitCode, 1);
        QVERIFY2(noId.err.contains("discovery"), noId.err.constData());
        const ToolRun run = cli({u"--engagement"_s, QString::number(id), u"--policy-id"_s, u"7"_s,
                                 u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out,
                 QByteArray("owner,ttl,type,value\r\n"
                            "_mta-sts.xn--mller-kva.de.,3600,TXT,\"\"\"v=STSv1; id=7;\"\"\"\r\n"));
        const ToolRun unknown =
            cli({u"--engagement"_s, u"999"_s, u"--policy-id"_s, u"7"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(unknown.exitCode, 1);
    }

    // The help comes from the one table of formats: every registered key with its name and
    // description, and --format accepts exactly those keys.
    void helpListsEveryFormat()
    {
        const ToolRun help = runTool(cliPath(), {u"records"_s, u"export"_s, u"--help"_s}, 60000);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        const QString text = QString::fromUtf8(help.out);
        QVERIFY(!sts::records::exportFormats().isEmpty());
        for (const sts::records::ExportFormat &format : sts::records::exportFormats()) {
            const QRegularExpression row(
                u"^  "_s + QRegularExpression::escape(format.key) + u" +"_s +
                    QRegularExpression::escape(format.displayName()) + u": "_s +
                    QRegularExpression::escape(format.displayDescription()),
                QRegularExpression::MultilineOption);
            QVERIFY2(row.match(text).hasMatch(), qPrintable(format.key + u"\n"_s + text));
            const ToolRun run = cli(basic() + QStringList{u"--format"_s, format.key});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no format") << basic() << 2;
        QTest::newRow("unknown format") << basic() + QStringList{u"--format"_s, u"tinydns"_s} << 2;
        QTest::newRow("tlsa for unknown host")
            << basic() + QStringList{u"--format"_s, u"bind"_s, u"--tlsa"_s,
                                     u"mx9.example.com="_s + u"ab"_s.repeated(32)}
            << 2;
        QTest::newRow("tlsa not hex")
            << basic() +
                   QStringList{u"--format"_s, u"bind"_s, u"--tlsa"_s, u"mx1.example.com=xyz"_s}
            << 2;
        QTest::newRow("cname and address")
            << basic() +
                   QStringList{u"--format"_s, u"bind"_s, u"--mta-sts-cname"_s, u"x.example.net"_s}
            << 1;
        QTest::newRow("bad policy id")
            << QStringList{u"--domain"_s, u"example.com"_s, u"--policy-id"_s,
                           u"a-b"_s,      u"--format"_s,    u"bind"_s}
            << 1;
        QTest::newRow("no domain")
            << QStringList{u"--policy-id"_s, u"1"_s, u"--format"_s, u"bind"_s} << 2;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const ToolRun run = cli(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordsCli)
#include "test_records_cli.moc"

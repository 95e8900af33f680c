#include "TestEnv.h"
#include "mtasts/PolicyParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

// Runs the built stsdesk-cli: policy validate and policy generate (fetch is exercised against
// nginx in test_policyfetch_nginx).
class TestPolicyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validateExitCodes_data();
    void validateExitCodes();
    void validateJson();
    void generate();
    void usageErrors();
    void versionsNewAndPublishWithoutProof();

private:
    QString data(const QString &name) const { return testDataDir() + u"/mtasts/"_s + name; }
    ToolRun cli(const QStringList &args) const { return runTool(cliPath(), args, 30000); }
};

void TestPolicyCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void TestPolicyCli::validateExitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("valid") << u"valid-crlf.txt"_s << 0;
    QTest::newRow("warnings only") << u"valid-warnings.txt"_s << 0;
    QTest::newRow("invalid") << u"invalid.txt"_s << 1;
    QTest::newRow("missing file") << u"does-not-exist.txt"_s << 1;
}

void TestPolicyCli::validateExitCodes()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const ToolRun run = cli({u"policy"_s, u"validate"_s, data(file)});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
}

void TestPolicyCli::validateJson()
{
    ToolRun run = cli({u"policy"_s, u"validate"_s, data(u"valid-warnings.txt"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"valid"_s).toBool(), true);
    QCOMPARE(json.value(u"errors"_s).toArray().size(), 0);
    const QJsonArray warnings = json.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).toObject().value(u"line"_s).toInt(), 5);
    QCOMPARE(warnings.at(1).toObject().value(u"line"_s).toInt(), 6);
    QCOMPARE(json.value(u"policy"_s).toObject().value(u"max_age"_s).toInt(), 86400);

    run = cli({u"policy"_s, u"validate"_s, data(u"invalid.txt"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"valid"_s).toBool(true), false);
    QList<int> lines;
    for (const QJsonValue &e : json.value(u"errors"_s).toArray())
        lines.append(e.toObject().value(u"line"_s).toInt());
    QCOMPARE(lines, (QList<int>{2, 3, 4}));
}

void TestPolicyCli::generate()
{
    const ToolRun run = cli({u"policy"_s, u"generate"_s, u"--mx"_s, u"mx1.example.org"_s, u"--mx"_s,
                             u"mx2.example.org"_s, u"--mode"_s, u"enforce"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QByteArray file = json.value(u"file"_s).toString().toLatin1();
    QVERIFY(file.endsWith("\r\n"));
    const sts::mtasts::PolicyParse parse = sts::mtasts::parsePolicy(file);
    QVERIFY(parse.policy && parse.problems.isEmpty());
    QCOMPARE(parse.policy->mode, sts::mtasts::PolicyMode::Enforce);
    QCOMPARE(parse.policy->maxAge, 604800);
    QVERIFY(parse.policy->matchesMx(u"mx1.example.org"_s));
    QVERIFY(parse.policy->matchesMx(u"mx2.example.org"_s));
    const QString id = json.value(u"id"_s).toString();
    QCOMPARE(id.size(), 14);
    QCOMPARE(json.value(u"txt"_s).toString(), u"v=STSv1; id=%1;"_s.arg(id));

    const ToolRun text = cli(
        {u"policy"_s, u"generate"_s, u"--mx"_s, u"mail.example.org"_s, u"--max-age"_s, u"3600"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out,
             "version: STSv1\r\nmode: testing\r\nmx: mail.example.org\r\nmax_age: 3600\r\n"_ba);
}

void TestPolicyCli::usageErrors()
{
    QCOMPARE(cli({u"policy"_s}).exitCode, 2);
    QCOMPARE(cli({u"policy"_s, u"generate"_s}).exitCode, 2);
    QCOMPARE(cli({u"policy"_s, u"generate"_s, u"--mx"_s, u"a.example"_s, u"--mode"_s, u"Enforce"_s})
                 .exitCode,
             2);
    QCOMPARE(cli({u"policy"_s, u"fetch"_s, u"lab.test"_s, u"--connect"_s, u"nope"_s}).exitCode, 2);
}

// The engagement's versions through the CLI: new drafts with the seed's defaults, listed, and
// published on the consultant's word (nothing answers here, so only with a reason).
void TestPolicyCli::versionsNewAndPublishWithoutProof()
{
    QTemporaryDir dir;
    const QStringList db{u"--database"_s, dir.filePath(u"ws.sqlite"_s)};
    const ToolRun created =
        cli(QStringList{u"engagement"_s, u"create"_s, u"--customer"_s, u"Beispiel AG"_s,
                        u"--domain"_s, u"example.com"_s, u"--json"_s} +
            db);
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    const QString id =
        QString::number(QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger());

    const ToolRun testing = cli(
        QStringList{u"policy"_s, u"new"_s, id, u"--mx"_s, u"mail.example.com"_s, u"--json"_s} + db);
    QVERIFY2(testing.exitCode == 0, qPrintable(testing.describe()));
    const QJsonObject draft = QJsonDocument::fromJson(testing.out).object();
    QCOMPARE(draft.value(u"mode"_s).toString(), u"testing"_s);
    QCOMPARE(draft.value(u"max_age"_s).toInteger(), 86400);
    QCOMPARE(draft.value(u"state"_s).toString(), u"draft"_s);
    const QString testingId = draft.value(u"id"_s).toString();

    const ToolRun enforce =
        cli(QStringList{u"policy"_s, u"new"_s, id, u"--mode"_s, u"enforce"_s, u"--json"_s} + db);
    QVERIFY2(enforce.exitCode == 0, qPrintable(enforce.describe()));
    const QJsonObject enforceDraft = QJsonDocument::fromJson(enforce.out).object();
    QCOMPARE(enforceDraft.value(u"max_age"_s).toInteger(), 604800);
    QVERIFY(enforceDraft.value(u"id"_s).toString() > testingId); // even in the same second

    const QStringList nowhere{u"--resolver"_s, u"127.0.0.1:9"_s, u"--dns-timeout"_s, u"200"_s,
                              u"--connect"_s,  u"127.0.0.1:9"_s, u"--timeout"_s,     u"1"_s};
    const ToolRun unproven =
        cli(QStringList{u"policy"_s, u"publish"_s, id, testingId} + nowhere + db);
    QCOMPARE(unproven.exitCode, 1);
    QCOMPARE(
        cli(QStringList{u"policy"_s, u"publish"_s, id, testingId, u"--without-proof"_s, u""_s} +
            nowhere + db)
            .exitCode,
        2);
    const ToolRun published =
        cli(QStringList{u"policy"_s, u"publish"_s, id, testingId, u"--without-proof"_s,
                        u"DNS is changed by the customer's provider"_s, u"--json"_s} +
            nowhere + db);
    QVERIFY2(published.exitCode == 0, qPrintable(published.describe()));
    const QJsonObject result = QJsonDocument::fromJson(published.out).object();
    QCOMPARE(result.value(u"verified"_s).toBool(), false);
    QCOMPARE(result.value(u"phase"_s).toString(), u"testing"_s);

    const ToolRun listed = cli(QStringList{u"policy"_s, u"versions"_s, id} + db);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY2(listed.out.contains(testingId.toLatin1() + "  testing  max_age 86400  live"),
             listed.out.constData());
    QVERIFY2(listed.out.contains("published without proof: DNS is changed by the customer's "
                                 "provider"),
             listed.out.constData());
    QVERIFY(listed.out.contains("enforce  max_age 604800  draft"));
    QCOMPARE(cli(QStringList{u"policy"_s, u"versions"_s} + db).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "test_policy_cli.moc"

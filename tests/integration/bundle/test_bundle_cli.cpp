// `stsdesk-cli bundle` end to end, checked with the tools a customer would use: unzip,
// sha256sum -c, grep.
#include "PublishedEngagement.h"
#include "TestEnv.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestBundleCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    QString m_database;
    qint64 m_id = 0;
    QByteArray m_keyPem;
    QString m_csrPath; // the key `csr` made in the engagement's secrets folder
    QString m_keyPath;

    ToolRun cli(const QStringList &args)
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 180000);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // `stsdesk-cli csr` for `engagement`: the "current" key's paths and digest, or {}.
    QJsonObject csr(qint64 engagement, const QString &host, const QString &out = {})
    {
        QStringList args{u"csr"_s, u"--engagement"_s, QString::number(engagement), u"--hosts"_s,
                         host,     u"--json"_s};
        if (!out.isEmpty())
            args << u"--out"_s << out;
        const ToolRun run = cli(args);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object().value(u"current"_s).toObject();
    }
    // The contents of the files in `dir`, sorted (names may differ: two keys of one second).
    static QByteArrayList contentsIn(const QString &dir)
    {
        QByteArrayList contents;
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            contents << read(dir + u'/' + name);
        std::sort(contents.begin(), contents.end());
        return contents;
    }
    static QByteArrayList sorted(QByteArrayList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }
    QString unpack(const QString &zip, const QString &name)
    {
        const QString dir = m_lab->filePath(name);
        const ToolRun run = runTool(u"unzip"_s, {u"-q"_s, zip, u"-d"_s, dir});
        if (run.exitCode != 0)
            qFatal("unzip: %s", qPrintable(run.describe()));
        return dir;
    }
    // Every file below `dir` that contains `needle` (what `grep -rl` would print).
    static QStringList grep(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {u"unzip"_s, u"zip"_s, u"sha256sum"_s})
            if (!haveProgram(tool))
                QSKIP(qPrintable(tool + u" is missing (scripts/setup installs it)"_s));
        QCoreApplication::setApplicationName(u"stsdesk"_s); // the CLI's secrets folder
        QCoreApplication::setOrganizationName(u"stsdesk"_s);
        m_lab = std::make_unique<LabDir>(u"bundle"_s);
        QVERIFY(m_lab->isValid());
        m_database = m_lab->filePath(u"ws.sqlite"_s);
        QString error;
        m_id = seedPublishedEngagement(m_database, u"Handover GmbH"_s, u"handover.example"_s,
                                       u"mx.handover.example"_s, error);
        QVERIFY2(m_id > 0, qPrintable(error));
        // As a consultant makes them: into the engagement's own secrets folder.
        const QJsonObject key = csr(m_id, u"mx.handover.example"_s);
        QVERIFY(!key.isEmpty());
        m_csrPath = key.value(u"csrPath"_s).toString();
        m_keyPath = key.value(u"keyPath"_s).toString();
        m_keyPem = read(m_keyPath);
        QVERIFY(m_keyPem.contains("PRIVATE KEY"));
    }

    void bundleVerifiesWithSha256sum()
    {
        const QString zip = m_lab->filePath(u"handover.zip"_s);
        const ToolRun made = cli({u"bundle"_s, QString::number(m_id), u"--out"_s, zip});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString dir = unpack(zip, u"plain"_s);
        const ToolRun sums =
            runTool(u"sha256sum"_s, {u"-c"_s, u"--strict"_s, u"SHA256SUMS"_s}, 30000, {}, dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.describe()));
        QVERIFY(sums.out.contains("runbook-en.pdf: OK"));
        QVERIFY(sums.out.contains("MANIFEST.json: OK"));
        QCOMPARE(read(dir + u"/csr/"_s + QFileInfo(m_csrPath).fileName()), read(m_csrPath));
        QVERIFY(QFile::exists(dir + u"/artifacts/policy/mta-sts.enforce.txt"_s));
        QVERIFY(QFile::exists(dir + u"/engagement.json"_s));
        // No key material anywhere, neither the PEM armour nor a line of the key's body.
        QCOMPARE(grep(dir, "PRIVATE KEY"), QStringList());
        QCOMPARE(grep(dir, m_keyPem.split('\n').at(1)), QStringList());
        QVERIFY(!QDir(dir + u"/private-keys"_s).exists());

        const ToolRun verify = cli({u"bundle"_s, u"verify"_s, zip, u"--json"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        const QJsonObject result = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(result.value(u"ok"_s).toBool(), true);
    }

    void tamperedBundleFailsVerify()
    {
        const QString zip = m_lab->filePath(u"tamper.zip"_s);
        QCOMPARE(cli({u"bundle"_s, QString::number(m_id), u"--out"_s, zip}).exitCode, 0);
        const QString dir = unpack(zip, u"tamper"_s);
        const QString policy = dir + u"/artifacts/policy/mta-sts.txt"_s;
        QFile file(policy);
        QVERIFY(file.open(QIODevice::Append));
        file.write("mx: evil.example\r\n");
        file.close();
        // Re-pack the edited tree, the way someone would after "fixing" a file by hand.
        const QString repacked = m_lab->filePath(u"repacked.zip"_s);
        QCOMPARE(runTool(u"zip"_s, {u"-qr"_s, repacked, u"."_s}, 30000, {}, dir).exitCode, 0);
        const ToolRun verify = cli({u"bundle"_s, u"verify"_s, repacked});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("altered: artifacts/policy/mta-sts.txt"),
                 qPrintable(verify.describe()));
        // sha256sum agrees.
        QVERIFY(runTool(u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s}, 30000, {}, dir).exitCode != 0);

        QVERIFY(QFile::remove(policy));
        QVERIFY(QFile::remove(repacked));
        QCOMPARE(runTool(u"zip"_s, {u"-qr"_s, repacked, u"."_s}, 30000, {}, dir).exitCode, 0);
        const ToolRun missing = cli({u"bundle"_s, u"verify"_s, repacked, u"--json"_s});
        QCOMPARE(missing.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(missing.out).object();
        QCOMPARE(result.value(u"missing"_s).toArray().first().toString(),
                 u"artifacts/policy/mta-sts.txt"_s);
    }

    void privateKeysOnlyWhenAsked()
    {
        const QString zip = m_lab->filePath(u"keys.zip"_s);
        const ToolRun made = cli({u"bundle"_s, QString::number(m_id), u"--out"_s, zip,
                                  u"--include-private-keys"_s, u"--lang"_s, u"de"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QCOMPARE(QFile::permissions(zip) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const QString dir = unpack(zip, u"keys"_s);
        QCOMPARE(read(dir + u"/private-keys/"_s + QFileInfo(m_keyPath).fileName()), m_keyPem);
        QVERIFY(QFile::exists(dir + u"/runbook-de.pdf"_s));
        QCOMPARE(runTool(u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s}, 30000, {}, dir).exitCode, 0);
    }

    // Two customers' keys in one folder (both `csr --out` name it): each bundle takes its own
    // engagement's files and nothing else, and a file that no longer holds its key is left out.
    void sharedSecretsFolderKeepsCustomersApart()
    {
        QString error;
        const qint64 other = seedPublishedEngagement(m_database, u"Other AG"_s, u"other.example"_s,
                                                     u"mx.other.example"_s, error);
        QVERIFY2(other > 0, qPrintable(error));

        const QString shared = m_lab->filePath(u"shared-secrets"_s);
        const QJsonObject mine = csr(m_id, u"mx.handover.example"_s, shared);
        const QJsonObject theirs = csr(other, u"mx.other.example"_s, shared);
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
        const QString myCsrPath = mine.value(u"csrPath"_s).toString();
        const QByteArray myCsrPem = read(myCsrPath);
        const QByteArray myKeyPem = read(mine.value(u"keyPath"_s).toString());
        const QByteArray theirKeyPem = read(theirs.value(u"keyPath"_s).toString());
        const QByteArray theirCsrPem = read(theirs.value(u"csrPath"_s).toString());
        QVERIFY(theirKeyPem.contains("PRIVATE KEY") && theirCsrPem.contains("REQUEST"));
        QCOMPARE(QDir(shared).entryList(QDir::Files).size(), 4);

        const QString zip = m_lab->filePath(u"shared.zip"_s);
        const ToolRun made =
            cli({u"bundle"_s, QString::number(m_id), u"--out"_s, zip, u"--include-private-keys"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString dir = unpack(zip, u"shared"_s);
        QCOMPARE(contentsIn(dir + u"/csr"_s), sorted({myCsrPem, read(m_csrPath)}));
        QCOMPARE(contentsIn(dir + u"/private-keys"_s), sorted({myKeyPem, m_keyPem}));
        // Not a byte of the other customer's key or request, under any name.
        QCOMPARE(grep(dir, theirKeyPem.split('\n').at(1)), QStringList());
        QCOMPARE(grep(dir, theirCsrPem.split('\n').at(1)), QStringList());

        // The other customer's request written over ours: it is not ours any more.
        QVERIFY(QFile::remove(myCsrPath));
        QVERIFY(QFile::copy(theirs.value(u"csrPath"_s).toString(), myCsrPath));
        const QString again = m_lab->filePath(u"replaced.zip"_s);
        const ToolRun remade = cli({u"bundle"_s, QString::number(m_id), u"--out"_s, again});
        QVERIFY2(remade.exitCode == 0, qPrintable(remade.describe()));
        const QString replaced = unpack(again, u"replaced"_s);
        QCOMPARE(contentsIn(replaced + u"/csr"_s), QByteArrayList{read(m_csrPath)});
        QCOMPARE(grep(replaced, theirCsrPem.split('\n').at(1)), QStringList());
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"bundle"_s}).exitCode, 2);
        QCOMPARE(cli({u"bundle"_s, QString::number(m_id)}).exitCode, 2); // no --out
        QCOMPARE(cli({u"bundle"_s, u"verify"_s, m_lab->filePath(u"nope.zip"_s)}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBundleCli)
#include "test_bundle_cli.moc"

// Input and surroundings a user did not choose, driven through the built programs: an --out that
// names a FIFO, a folder, a link or a device node; zip entry names that carry terminal escapes
// and line breaks; a long but valid domain for `csr`; `stsdesk --version` without a display.
#include "PublishedEngagement.h"
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestCliHostileInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_lab;
    QString m_database;
    qint64 m_id = 0;
    int m_count = 0;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 180000);
    }
    static mode_t modeOf(const QString &path)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // A FIFO, folder, link to a file outside or (as root) device node named like an output file.
    QString makeTarget(const QString &kind, QString *outside)
    {
        const QString path = m_lab->filePath(u"target-%1"_s.arg(++m_count));
        const QByteArray native = QFile::encodeName(path);
        if (kind == u"fifo"_s)
            return ::mkfifo(native.constData(), 0644) == 0 ? path : QString();
        if (kind == u"folder"_s)
            return ::mkdir(native.constData(), 0755) == 0 ? path : QString();
        if (kind == u"device"_s) // a second /dev/null
            return ::mknod(native.constData(), S_IFCHR | 0644, makedev(1, 3)) == 0 ? path
                                                                                   : QString();
        *outside = m_lab->filePath(u"outside-%1.txt"_s.arg(m_count));
        if (!m_lab->writeFile(QFileInfo(*outside).fileName(), "not yours\n"))
            return {};
        return ::symlink(QFile::encodeName(*outside).constData(), native.constData()) == 0
                   ? path
                   : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_lab = std::make_unique<LabDir>(u"hostile"_s);
        QVERIFY(m_lab->isValid());
        m_database = m_lab->filePath(u"ws.sqlite"_s);
        // A published policy: enough for a runbook and a bundle to be written at all.
        QString error;
        m_id = seedPublishedEngagement(m_database, u"Hostile GmbH"_s, u"hostile.example"_s,
                                       u"mx.hostile.example"_s, error);
        QVERIFY2(m_id > 0, qPrintable(error));
    }

    void outputNeverReplacesSpecialFiles_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("kind");
        const QString id = QString::number(m_id);
        const QList<QPair<QString, QStringList>> commands{
            {u"runbook"_s, {u"runbook"_s, id}},
            {u"bundle"_s, {u"bundle"_s, id}},
            {u"records export"_s,
             {u"records"_s, u"export"_s, u"--format"_s, u"bind"_s, u"--engagement"_s, id}}};
        QStringList kinds{u"fifo"_s, u"folder"_s, u"link"_s};
        if (::geteuid() == 0) // only root may make device nodes
            kinds << u"device"_s;
        for (const auto &[name, command] : commands)
            for (const QString &kind : kinds)
                QTest::newRow(qPrintable(name + u" → "_s + kind)) << command << kind;
    }
    void outputNeverReplacesSpecialFiles()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, kind);
        QString outside;
        const QString target = makeTarget(kind, &outside);
        QVERIFY2(!target.isEmpty(), "cannot make the target");
        const mode_t before = modeOf(target);
        const ToolRun run = cli(command + QStringList{u"--out"_s, target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a regular file; nothing was written"),
                 qPrintable(run.describe()));
        QCOMPARE(modeOf(target), before); // still a FIFO, folder, link or device
        if (!outside.isEmpty())
            QCOMPARE(read(outside), "not yours\n"_ba);
        const QStringList left =
            QDir(m_lab->path()).entryList({u".*.tmp-*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList());
    }

    void regularOutputsAreStillWritten()
    {
        const QString pdf = m_lab->filePath(u"runbook.pdf"_s);
        QVERIFY(m_lab->writeFile(u"runbook.pdf"_s, "an older runbook"));
        const ToolRun run = cli({u"runbook"_s, QString::number(m_id), u"--out"_s, pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(read(pdf).startsWith("%PDF"));
    }

    void importSummaryShowsNamesEscaped()
    {
        // The zip's entry name is "evil ESC[2K CR LF Imported: 9999 CR LF .json" (see make.py).
        const QString zip = testDataDir() + u"/tlsrpt/terminal/control-chars-in-names.zip"_s;
        const ToolRun run = cli({u"import"_s, zip});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("Quarantined: 1"), qPrintable(run.describe()));
        QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\r'), run.out.constData());
        // No forged line: the only "Imported:" line is the real one.
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                               [](const QByteArray &l) { return l.startsWith("Imported:"); }),
                 1);
        QVERIFY(lines.contains("Imported: 0"));
        QVERIFY2(run.out.contains("evil\\x1b[2K\\r\\nImported: 9999\\r\\n.json"),
                 run.out.constData());
    }

    void csrTakesALongValidDomain()
    {
        // 94 characters in labels of at most 63: valid, and longer than a key name may be.
        const QString domain = QString(60, u'a') + u'.' + QString(25, u'b') + u".example"_s;
        QCOMPARE(domain.size(), 94);
        const ToolRun created = cli({u"engagement"_s, u"create"_s, u"--customer"_s, u"Long"_s,
                                     u"--domain"_s, domain, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const qint64 id = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
        const QString secrets = m_lab->filePath(u"long-secrets"_s);
        const ToolRun csr = cli({u"csr"_s, u"--engagement"_s, QString::number(id), u"--hosts"_s,
                                 u"mx."_s + domain, u"--out"_s, secrets, u"--next"_s, u"--json"_s});
        QVERIFY2(csr.exitCode == 0, qPrintable(csr.describe()));
        const QJsonObject result = QJsonDocument::fromJson(csr.out).object();
        for (const QString &which : {u"current"_s, u"next"_s}) {
            const QJsonObject key = result.value(which).toObject();
            for (const QString &field : {u"keyPath"_s, u"csrPath"_s}) {
                const QString path = key.value(field).toString();
                QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
                QVERIFY(QFileInfo(path).fileName().startsWith(domain.left(40)));
            }
        }
    }

    void guiAnswersVersionAndHelpWithoutADisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("--version") << u"--version"_s << QByteArray("stsdesk " STSDESK_VERSION);
        QTest::newRow("--help") << u"--help"_s << "--database <url>"_ba;
    }
    void guiAnswersVersionAndHelpWithoutADisplay()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        const QString gui = binaryDir() + u"/app/gui/stsdesk"_s;
        QVERIFY2(QFileInfo(gui).isExecutable(), qPrintable(gui));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(gui, {option});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not aborted
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(expected), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostileInput)
#include "test_cli_hostile_input.moc"

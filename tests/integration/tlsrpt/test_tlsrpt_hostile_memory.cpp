// stsdesk-cli import on hostile inputs: the process's peak memory (its own getrusage, read by
// wait4) stays under 300 MB whatever the inputs' nesting, sizes or count, and the workspace
// does not grow by what they unpack to. The inputs are tests/data/tlsrpt/bombs (made by
// make_fixtures.py) or are made here from them. Each import runs with its address space capped,
// so that a build without the bound fails alone and fast instead of taking the machine's
// memory (before the bound: 2.6 GB for the zip of zips; std::bad_alloc for the folder and the
// mailbox of gzip bombs).
#include "TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

static constexpr qint64 kPeakLimitKb = 300 * 1000;     // 300 MB
static constexpr rlim_t kAddressSpace = 2048ull << 20; // far above what the bound needs

struct CliRun
{
    int exitCode = -1;
    qint64 peakKb = 0;
    QJsonObject summary;
    QByteArray output;
};

// Runs the CLI as a child of its own, so that wait4 gives this child's peak resident size.
static CliRun runCli(const QStringList &args, const QString &outputFile)
{
    QList<QByteArray> argBytes{QFile::encodeName(sts::test::cliPath())};
    for (const QString &arg : args)
        argBytes << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &arg : argBytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const QByteArray output = QFile::encodeName(outputFile);
    CliRun run;
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        const rlimit cap{kAddressSpace, kAddressSpace};
        ::setrlimit(RLIMIT_AS, &cap);
        const int fd = ::open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0)
            ::dup2(fd, 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peakKb = usage.ru_maxrss;
    QFile out(outputFile);
    if (out.open(QIODevice::ReadOnly))
        run.output = out.readAll();
    run.summary = QJsonDocument::fromJson(run.output).object();
    return run;
}

static QByteArray bomb(const QString &name)
{
    QFile file(sts::test::testDataDir() + u"/tlsrpt/bombs/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QByteArray report(int i, qsizetype paddedTo = 0)
{
    QByteArray json =
        QStringLiteral(R"({"organization-name":"Hostile Sender","date-range":{"start-datetime":)"
                       R"("2024-06-01T00:00:00Z","end-datetime":"2024-06-01T23:59:59Z"},)"
                       R"("report-id":"big-%1","policies":[{"policy":{"policy-type":"sts",)"
                       R"("policy-domain":"hostile.example"},"summary":{)"
                       R"("total-successful-session-count":1,"total-failure-session-count":0}}]})")
            .arg(i)
            .toUtf8();
    if (paddedTo > json.size())
        json += QByteArray(paddedTo - json.size(), ' ');
    return json;
}

static qint64 workspaceBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, {u"ws.sqlite*"_s}, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

class TestTlsrptHostileMemory : public QObject
{
    Q_OBJECT
    std::unique_ptr<sts::test::LabDir> m_lab;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(sts::test::cliPath()))
            QSKIP("stsdesk-cli is not built");
        m_lab = std::make_unique<sts::test::LabDir>(u"tlsmem"_s);
        QVERIFY(m_lab->isValid());
        const QByteArray zeros = bomb(u"zeros-32mib.json.gz"_s);
        QVERIFY(!zeros.isEmpty());
        for (int i = 0; i < 200; ++i)
            QVERIFY(m_lab->writeFile(u"gz-folder/r%1.json.gz"_s.arg(i, 3, 10, QLatin1Char('0')),
                                     zeros));
        // 200 MB of one plain report: far over the per-report limit.
        QVERIFY(m_lab->writeFile(u"plain-200mb.json"_s, report(0, 200 * 1000 * 1000)));
        // A mailbox of 100 mails, each with a gzip bomb attached.
        QByteArray mbox;
        const QByteArray attachment = zeros.toBase64();
        for (int i = 0; i < 100; ++i) {
            mbox += "From MAILER-DAEMON Mon Jun  3 01:00:00 2024\nFrom: r@hostile.example\n"
                    "Message-ID: <b" +
                    QByteArray::number(i) +
                    "@hostile.example>\nMIME-Version: 1.0\n"
                    "Content-Type: multipart/report; boundary=\"b\"\n\n--b\n"
                    "Content-Type: application/tlsrpt+gzip\n"
                    "Content-Transfer-Encoding: base64\n\n";
            for (qsizetype at = 0; at < attachment.size(); at += 76)
                mbox += attachment.mid(at, 76) + '\n';
            mbox += "--b--\n\n";
        }
        QVERIFY(m_lab->writeFile(u"bombs.mbox"_s, mbox));
        // Eight different reports just under the per-report limit: all imported, not all held.
        for (int i = 0; i < 8; ++i)
            QVERIFY(
                m_lab->writeFile(u"large-reports/r%1.json"_s.arg(i), report(i, (32 << 20) - 4096)));
    }

    void peakMemoryBounded_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("quarantined");
        const QString bombs = sts::test::testDataDir() + u"/tlsrpt/bombs/"_s;
        QTest::newRow("zip of zips") << bombs + u"zip-of-zips.zip"_s << 0 << 1;
        QTest::newRow("gzip six deep") << bombs + u"nested-gzip.gz"_s << 0 << 1;
        QTest::newRow("tiny strings") << bombs + u"tiny-strings.json.gz"_s << 0 << 1;
        QTest::newRow("200 gzip bombs") << m_lab->filePath(u"gz-folder"_s) << 0 << 200;
        QTest::newRow("plain 200 MB") << m_lab->filePath(u"plain-200mb.json"_s) << 0 << 1;
        QTest::newRow("mailbox of bombs") << m_lab->filePath(u"bombs.mbox"_s) << 0 << 100;
        QTest::newRow("large reports") << m_lab->filePath(u"large-reports"_s) << 8 << 0;
    }
    void peakMemoryBounded()
    {
        QFETCH(QString, input);
        QFETCH(int, imported);
        QFETCH(int, quarantined);
        const QString workspace = m_lab->filePath(u"ws/"_s);
        QDir(workspace).removeRecursively();
        QVERIFY(QDir().mkpath(workspace));
        const CliRun run =
            runCli({u"import"_s, u"--json"_s, u"--database"_s, workspace + u"ws.sqlite"_s, input},
                   m_lab->filePath(u"out.json"_s));
        QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1 at %2 MB peak: %3"_s.arg(run.exitCode)
                                                   .arg(run.peakKb / 1000)
                                                   .arg(QString::fromUtf8(run.output.left(300)))));
        qInfo("peak RSS %lld MB", run.peakKb / 1000);
        QVERIFY2(run.peakKb < kPeakLimitKb,
                 qPrintable(u"peak RSS %1 MB (limit 300 MB)"_s.arg(run.peakKb / 1000)));
        QCOMPARE(run.summary.value(u"imported"_s).toInt(), imported);
        QCOMPARE(run.summary.value(u"quarantined"_s).toInt(), quarantined);
        // The quarantine holds the inputs as they came, not what they unpack to.
        if (imported == 0)
            QVERIFY2(workspaceBytes(workspace) < 24 << 20,
                     qPrintable(QString::number(workspaceBytes(workspace))));
    }

    // The quarantine keeps the input as it came, and `import --retry-quarantine` reads it
    // again: a gzip report the database refused (a test trigger) imports once it takes it.
    void retryFromTheQuarantine()
    {
        const QString workspace = m_lab->filePath(u"retry.sqlite"_s);
        const QString gz =
            sts::test::testDataDir() + u"/tlsrpt/quirks/google-crlf-trailing.json.gz"_s;
        const QString out = m_lab->filePath(u"retry.json"_s);
        QVERIFY(runCli({u"import"_s, u"--json"_s, u"--database"_s, workspace, u"--batch-size"_s,
                        u"1"_s, sts::test::testDataDir() + u"/tlsrpt/bad/dmarc.xml"_s},
                       out)
                    .exitCode == 0);
        const auto sql = [&](const QString &statement) {
            QVariant value;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
                db.setDatabaseName(workspace);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(statement) && q.next())
                        value = q.value(0);
                }
            }
            QSqlDatabase::removeDatabase(u"probe"_s);
            return value;
        };
        sql(u"CREATE TRIGGER refuse_google BEFORE INSERT ON tlsrpt_reports "
            "WHEN NEW.organization = 'Google LLC' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
        const CliRun refused =
            runCli({u"import"_s, u"--json"_s, u"--database"_s, workspace, gz}, out);
        QCOMPARE(refused.summary.value(u"quarantined"_s).toInt(), 1);
        QFile original(gz);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(sql(u"SELECT bytes FROM tlsrpt_quarantine WHERE reason_code = 'storage.sql'"_s)
                     .toByteArray(),
                 original.readAll());
        sql(u"DROP TRIGGER refuse_google"_s);
        const CliRun retried = runCli(
            {u"import"_s, u"--json"_s, u"--database"_s, workspace, u"--retry-quarantine"_s}, out);
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(retried.summary.value(u"imported"_s).toInt(), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM tlsrpt_reports"_s).toInt(), 1);
        // dmarc.xml is no report: it stays.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM tlsrpt_quarantine"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTlsrptHostileMemory)
#include "test_tlsrpt_hostile_memory.moc"

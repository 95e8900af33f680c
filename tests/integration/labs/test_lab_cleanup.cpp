// A lab is stopped whatever ends its test program, and the Dovecot lab serves mail for any user.
// The program runs itself as the "test program" in a child mode (STSDESK_LAB_CHILD), so that the
// child can abort or be killed while its lab runs, as a failing test would.
#include "TestEnv.h"
#include "dovecot/DovecotLab.h"
#include "tlsrpt/ImapSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <cstdio>
#include <cstdlib>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

// Child mode: starts a Dovecot lab, says where it runs, then ends as the mode says.
int runChild(const QByteArray &mode)
{
    test::DovecotLab lab;
    QString error;
    if (!lab.start(&error)) {
        std::fprintf(stderr, "lab did not start: %s\n", qPrintable(error));
        return 3;
    }
    if (mode == "imap") {
        // What test_tlsrpt_imap needs of the lab: a TLS login to a mailbox that holds a message.
        if (!lab.deliver(1, "Subject: hello\r\n\r\nbody\r\n"))
            return 4;
        tlsrpt::ImapSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = lab.imapsPort();
        settings.user = lab.user();
        settings.password = lab.password();
        settings.caFile = lab.caFile();
        settings.timeoutMs = 10000;
        tlsrpt::ImapSession session(settings);
        const Status opened = session.open();
        if (!opened.ok()) {
            std::fprintf(stderr, "login failed: %s\n", qPrintable(opened.error().describe()));
            return 5;
        }
        const auto uids = session.select().ok() ? session.uidsAbove(0)
                                                : Result<QList<qint64>>(Error{u"select"_s, {}});
        std::printf("MESSAGES %lld\n", uids.ok() ? static_cast<long long>(uids->size()) : -1ll);
        return 0;
    }
    std::printf("READY %s\n", qPrintable(QFileInfo(lab.caFile()).absolutePath()));
    std::fflush(stdout);
    if (mode == "abort")
        std::abort();
    for (;;)
        ::pause(); // "hang": killed by the parent, as CTest does at a timeout
}

// Pids of processes whose command line or working directory names `folder`.
QList<qint64> processesIn(const QString &folder)
{
    QList<qint64> found;
    const QDir proc(u"/proc"_s);
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(proc.filePath(entry + u"/cmdline"_s));
        const QByteArray line =
            cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
        const QString cwd = QFileInfo(proc.filePath(entry + u"/cwd"_s)).symLinkTarget();
        if (line.contains(QFile::encodeName(folder)) || cwd.startsWith(folder))
            found << pid;
    }
    return found;
}

} // namespace

class TestLabCleanup : public QObject
{
    Q_OBJECT

    // Starts the child in `mode`, waits for its lab and returns the lab's folder.
    QString startChild(QProcess &child, const QByteArray &mode)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"STSDESK_LAB_CHILD"_s, QString::fromLatin1(mode));
        env.remove(u"STSDESK_KEEP_LABS"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000))
            return {};
        QByteArray out;
        test::waitUntil(
            [&] {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
                return out.contains('\n') || child.state() == QProcess::NotRunning;
            },
            60000);
        if (!out.startsWith("READY "))
            return {};
        // The certificate sits in <lab>/pki: the lab is its parent.
        return QFileInfo(QString::fromLocal8Bit(out.mid(6).trimmed())).absolutePath();
    }

    void expectCleanedUp(const QString &lab)
    {
        const bool gone = test::waitUntil(
            [&] { return processesIn(lab).isEmpty() && !QFileInfo::exists(lab); }, 20000);
        QVERIFY2(gone, qPrintable(u"still running from %1: %2"_s.arg(lab).arg(
                           QString::number(processesIn(lab).size()))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::DovecotLab::available())
            QSKIP("dovecot/openssl not installed (scripts/setup installs them)");
    }

    void abortedProgramLeavesNoServer()
    {
        QProcess child;
        const QString lab = startChild(child, "abort");
        QVERIFY2(!lab.isEmpty(), child.readAllStandardError().constData());
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        expectCleanedUp(lab);
    }

    void killedProgramLeavesNoServer()
    {
        QProcess child;
        const QString lab = startChild(child, "hang");
        QVERIFY2(!lab.isEmpty(), child.readAllStandardError().constData());
        QVERIFY(!processesIn(lab).isEmpty()); // the lab runs while its program does
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        expectCleanedUp(lab);
    }

    // test_tlsrpt_imap used to skip unless run as root. Under root, the child runs as nobody.
    void dovecotServesAnOrdinaryUser()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"STSDESK_LAB_CHILD"_s, u"imap"_s);
        env.insert(u"HOME"_s, QDir::tempPath());
        child.setProcessEnvironment(env);
        // nobody may not reach the build tree (a checkout in a 0700 folder): it runs a copy.
        test::LabDir bin(u"bin"_s);
        const QString self = bin.filePath(u"test_lab_cleanup"_s);
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), self));
        QVERIFY(QFile::setPermissions(self, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther));
        if (::geteuid() == 0)
            child.start(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, self});
        else
            child.start(self, {});
        QVERIFY(child.waitForFinished(90000));
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, err.constData());
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("MESSAGES 1"));
    }
};

int main(int argc, char **argv)
{
    const QByteArray mode = qgetenv("STSDESK_LAB_CHILD");
    if (!mode.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(mode);
    }
    QCoreApplication app(argc, argv);
    TestLabCleanup test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_lab_cleanup.moc"

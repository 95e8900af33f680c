#include "TestEnv.h"

#include "reaper/LabReaper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>
#include <cstdlib>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sts::test {

static QString envDir(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return QDir::cleanPath(value.isEmpty() ? fallback : value);
}

QString sourceDir()
{
    return envDir("STSDESK_SOURCE_DIR", QStringLiteral(STSDESK_TEST_SOURCE_DIR));
}
QString binaryDir()
{
    return envDir("STSDESK_BINARY_DIR", QStringLiteral(STSDESK_TEST_BINARY_DIR));
}
QString testDataDir()
{
    return sourceDir() + u"/tests/data"_s;
}
QString cliPath()
{
    return binaryDir() + u"/app/cli/stsdesk-cli"_s;
}

quint16 freeTcpPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

quint16 freeTcpUdpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

bool haveProgram(const QString &program)
{
    if (program.startsWith(QLatin1Char('/')))
        return QFileInfo(program).isExecutable();
    return !QStandardPaths::findExecutable(program).isEmpty() ||
           !QStandardPaths::findExecutable(program, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty();
}

QString ToolRun::describe() const
{
    return u"exit=%1 timedOut=%2 started=%3\nstdout:\n%4\nstderr:\n%5"_s.arg(exitCode)
        .arg(timedOut)
        .arg(started)
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs,
                const QByteArray &stdinData, const QString &workDir, const QStringList &extraEnv)
{
    ToolRun run;
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    if (!extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : extraEnv) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            env.insert(pair.left(eq), pair.mid(eq + 1));
        }
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    run.started = process.waitForStarted(10000);
    if (!run.started) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(20);
    }
    return true;
}

LabDir::LabDir(const QString &tag)
{
    QByteArray pattern = "/tmp/sts-" + tag.toLatin1() + "-XXXXXX";
    if (char *made = mkdtemp(pattern.data())) {
        m_path = QString::fromLocal8Bit(made);
        ::chmod(made, 0755); // servers running as their own users must traverse it
        m_reaperToken =
            LabReaper::cleanUpAtExit(m_path, !qEnvironmentVariableIsEmpty("STSDESK_KEEP_LABS"));
    }
}

LabDir::~LabDir()
{
    if (!m_path.isEmpty() && qEnvironmentVariableIsEmpty("STSDESK_KEEP_LABS"))
        QDir(m_path).removeRecursively();
    LabReaper::withdraw(m_reaperToken);
}

bool LabDir::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(filePath(name));
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace sts::test

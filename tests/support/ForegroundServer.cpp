#include "ForegroundServer.h"

#include "TestEnv.h"

#include <QFile>
#include <QTcpSocket>
#include <csignal>

using namespace Qt::StringLiterals;

namespace sts::test {

std::unique_ptr<QProcess> startForeground(const ForegroundStart &start, QString &error)
{
    QFile::remove(start.pidPath);
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(start.outputPath);
    process->start(start.program, start.args);
    if (!process->waitForStarted(5000)) {
        error = start.program + u" did not start: "_s + process->errorString();
        return nullptr;
    }
    const QByteArray pid = QByteArray::number(process->processId());
    const auto running = [&] { return process->state() == QProcess::Running; };
    const bool ready = waitUntil(
        [&] {
            if (!running())
                return true;
            QFile pidFile(start.pidPath);
            if (!pidFile.open(QIODevice::ReadOnly) || pidFile.readAll().trimmed() != pid)
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, start.probePort);
            return probe.waitForConnected(200);
        },
        start.timeoutMs);
    if (!ready || !running()) {
        QFile log(start.outputPath);
        log.open(QIODevice::ReadOnly);
        error = start.program + u" not ready: "_s + QString::fromUtf8(log.readAll());
        stopForeground(process, SIGTERM);
        return nullptr;
    }
    return process;
}

void stopForeground(std::unique_ptr<QProcess> &process, int signal)
{
    if (!process)
        return;
    if (process->state() == QProcess::Running) {
        ::kill(pid_t(process->processId()), signal);
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    process.reset();
}

} // namespace sts::test

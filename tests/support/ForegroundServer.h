#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::test {

// How the lab's web servers (nginx, Apache) run: in the foreground as our child, output to a
// file, ready once their pid file names that child (else another server owns the port) and
// `probePort` on 127.0.0.1 accepts.
struct ForegroundStart
{
    QString program;
    QStringList args;
    QString outputPath; // stdout and stderr
    QString pidPath;
    quint16 probePort = 0;
    int timeoutMs = 8000;
};

// The running process, or null with `error` set (the server's output included).
std::unique_ptr<QProcess> startForeground(const ForegroundStart &start, QString &error);

// Sends `signal` (the server's graceful stop), waits 5 s, then kills; resets `process`.
void stopForeground(std::unique_ptr<QProcess> &process, int signal);

} // namespace sts::test

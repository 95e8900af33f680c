#pragma once

#include "TestEnv.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <memory>

namespace sts::test {

// A real nginx under a private prefix (see labs/nginx-pebble-certbot.md): the caller supplies the
// server blocks; the fixture wraps them in a complete nginx.conf that keeps nginx out of /etc and
// /var. The prefix must be world-traversable (workers run as nobody): use a LabDir.
class NginxServer
{
public:
    explicit NginxServer(QString prefix);
    ~NginxServer();
    NginxServer(const NginxServer &) = delete;
    NginxServer &operator=(const NginxServer &) = delete;

    static bool available() { return haveProgram(QStringLiteral("nginx")); }

    QString prefix() const { return m_prefix; }
    QString configPath() const { return m_prefix + QStringLiteral("/nginx.conf"); }

    // Writes nginx.conf with `serverBlocks` inside http { }.
    bool writeConfig(const QByteArray &serverBlocks);
    // nginx -t on the written configuration.
    ToolRun configTest() const;
    // Starts nginx and waits until `probePort` on 127.0.0.1 accepts and the pid file names our
    // child (else another server owns the port).
    bool start(quint16 probePort, int timeoutMs = 8000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QByteArray accessLog() const;

    // The worker processes of the running master.
    QList<qint64> workerPids() const;
    // After a reload, waits until none of the `previous` workers is left. Until then a new
    // connection may still reach an old worker, which serves the old certificate: the master starts
    // the new workers before it tells the old ones to stop accepting.
    bool waitForWorkersReplaced(const QList<qint64> &previous, int timeoutMs = 10000) const;

private:
    QStringList baseArgs() const;

    QString m_prefix;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace sts::test

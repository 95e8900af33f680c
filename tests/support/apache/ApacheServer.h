#pragma once

#include "TestEnv.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <memory>

namespace sts::test {

// A real Apache httpd under a private ServerRoot: the caller supplies the virtual hosts (as a
// customer drops them into sites-available); the fixture wraps them in a complete httpd.conf that
// loads the modules from /usr/lib/apache2/modules, listens on the given loopback ports, keeps pid,
// logs and mutexes in the folder and serves as the current user (nobody under root), so Debian's
// /etc/apache2 and its envvars are never used.
class ApacheServer
{
public:
    explicit ApacheServer(QString root);
    ~ApacheServer();
    ApacheServer(const ApacheServer &) = delete;
    ApacheServer &operator=(const ApacheServer &) = delete;

    static bool available();

    QString root() const { return m_root; }
    QString configPath() const { return m_root + QStringLiteral("/httpd.conf"); }

    // Writes httpd.conf listening on 127.0.0.1:<port> for each of `ports`, with `sites` included.
    bool writeConfig(const QByteArray &sites, const QList<quint16> &ports);
    // apache2 -t on the written configuration (what apache2ctl -t runs).
    ToolRun configTest() const;
    // Starts apache2 -DFOREGROUND and waits until `probePort` accepts and the pid file names our
    // child (else another server owns the port).
    bool start(quint16 probePort, int timeoutMs = 8000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QByteArray errorLog() const;

private:
    QString m_root;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace sts::test

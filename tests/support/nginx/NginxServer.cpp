#include "nginx/NginxServer.h"

#include "ForegroundServer.h"

#include <QDir>
#include <QFile>
#include <csignal>

using namespace Qt::StringLiterals;

namespace sts::test {

NginxServer::NginxServer(QString prefix) : m_prefix(std::move(prefix))
{
    QDir(m_prefix).mkpath(u"logs"_s);
    QDir(m_prefix).mkpath(u"tmp"_s);
}

NginxServer::~NginxServer()
{
    stop();
}

QStringList NginxServer::baseArgs() const
{
    // "daemon off" only on the command line: in the file too, nginx calls it a duplicate.
    return {u"-p"_s, m_prefix, u"-c"_s, configPath(), u"-g"_s, u"daemon off;"_s};
}

bool NginxServer::writeConfig(const QByteArray &serverBlocks)
{
    QByteArray conf = "worker_processes 1;\n"
                      "pid logs/nginx.pid;\n"
                      "error_log logs/error.log info;\n"
                      "events { worker_connections 64; }\n"
                      "http {\n"
                      "    access_log logs/access.log;\n"
                      "    client_body_temp_path tmp/body;\n"
                      "    proxy_temp_path tmp/proxy;\n"
                      "    fastcgi_temp_path tmp/fastcgi;\n"
                      "    uwsgi_temp_path tmp/uwsgi;\n"
                      "    scgi_temp_path tmp/scgi;\n"
                      "    default_type application/octet-stream;\n";
    conf += serverBlocks;
    conf += "\n}\n";
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size()) {
        m_error = u"cannot write "_s + configPath();
        return false;
    }
    return true;
}

ToolRun NginxServer::configTest() const
{
    return runTool(u"nginx"_s, baseArgs() << u"-t"_s << u"-q"_s, 10000);
}

bool NginxServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool NginxServer::start(quint16 probePort, int timeoutMs)
{
    stop();
    m_process = startForeground({u"nginx"_s, baseArgs(), m_prefix + u"/logs/stdout"_s,
                                 m_prefix + u"/logs/nginx.pid"_s, probePort, timeoutMs},
                                m_error);
    return m_process != nullptr;
}

void NginxServer::stop()
{
    stopForeground(m_process, SIGQUIT); // graceful: workers finish, then exit
}

QByteArray NginxServer::accessLog() const
{
    QFile log(m_prefix + u"/logs/access.log"_s);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

QList<qint64> NginxServer::workerPids() const
{
    QList<qint64> workers;
    if (!isRunning())
        return workers;
    const QString master = QString::number(m_process->processId());
    QFile children(u"/proc/%1/task/%1/children"_s.arg(master));
    if (!children.open(QIODevice::ReadOnly))
        return workers;
    for (const QByteArray &pid : children.readAll().split(' '))
        if (!pid.trimmed().isEmpty())
            workers << pid.trimmed().toLongLong();
    return workers;
}

bool NginxServer::waitForWorkersReplaced(const QList<qint64> &previous, int timeoutMs) const
{
    return waitUntil(
        [&] {
            const QList<qint64> now = workerPids();
            for (qint64 pid : previous)
                if (now.contains(pid))
                    return false;
            return !now.isEmpty();
        },
        timeoutMs);
}

} // namespace sts::test

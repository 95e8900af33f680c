#include "nginx/NginxServer.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
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
    QFile::remove(m_prefix + u"/logs/nginx.pid"_s);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_prefix + u"/logs/stdout"_s);
    m_process->start(u"nginx"_s, baseArgs());
    if (!m_process->waitForStarted(5000)) {
        m_error = u"nginx did not start: "_s + m_process->errorString();
        return false;
    }
    const QByteArray pid = QByteArray::number(m_process->processId());
    const bool ready = waitUntil(
        [&] {
            if (!isRunning())
                return true;
            QFile pidFile(m_prefix + u"/logs/nginx.pid"_s);
            if (!pidFile.open(QIODevice::ReadOnly) || pidFile.readAll().trimmed() != pid)
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, probePort);
            return probe.waitForConnected(200);
        },
        timeoutMs);
    if (!ready || !isRunning()) {
        QFile log(m_prefix + u"/logs/stdout"_s);
        log.open(QIODevice::ReadOnly);
        m_error = u"nginx not ready: "_s + QString::fromUtf8(log.readAll());
        stop();
        return false;
    }
    return true;
}

void NginxServer::stop()
{
    if (!m_process)
        return;
    if (isRunning()) {
        ::kill(pid_t(m_process->processId()), SIGQUIT); // graceful: workers finish, then exit
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
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

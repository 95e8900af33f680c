#include "apache/ApacheServer.h"

#include "ForegroundServer.h"

#include <QDir>
#include <QFile>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

const QString kModules = u"/usr/lib/apache2/modules"_s;

// What the generated sites need (ssl, alias, mime, allowmethods, headers), and what httpd needs
// to run at all (an MPM, authz_core for Require, a session cache for mod_ssl).
const char *const kModuleNames[][2] = {
    {"mpm_event_module", "mod_mpm_event.so"},
    {"authz_core_module", "mod_authz_core.so"},
    {"alias_module", "mod_alias.so"},
    {"mime_module", "mod_mime.so"},
    {"allowmethods_module", "mod_allowmethods.so"},
    {"headers_module", "mod_headers.so"},
    {"socache_shmcb_module", "mod_socache_shmcb.so"},
    {"ssl_module", "mod_ssl.so"},
};

} // namespace

ApacheServer::ApacheServer(QString root) : m_root(std::move(root))
{
    QDir(m_root).mkpath(u"logs"_s);
}

ApacheServer::~ApacheServer()
{
    stop();
}

bool ApacheServer::available()
{
    return haveProgram(u"apache2"_s) && QFile::exists(kModules + u"/mod_ssl.so"_s);
}

bool ApacheServer::writeConfig(const QByteArray &sites, const QList<quint16> &ports)
{
    const QByteArray root = m_root.toUtf8();
    QByteArray conf = "ServerRoot \"" + root + "\"\n";
    conf += "ServerName localhost\n"
            "TypesConfig /etc/mime.types\n";
    conf += "PidFile \"" + root + "/logs/httpd.pid\"\n";
    conf += "DefaultRuntimeDir \"" + root + "/logs\"\n";
    conf += "Mutex file:" + root + "/logs default\n";
    conf += "ErrorLog \"" + root + "/logs/error.log\"\n";
    conf += "LogLevel warn\n";
    // httpd refuses to serve as root: started by root, its children become nobody (like nginx's
    // workers, hence a world-traversable lab); started by anyone else, they stay that user.
    if (::getuid() == 0)
        conf += "User nobody\nGroup nogroup\n";
    else
        conf += "User #" + QByteArray::number(::getuid()) + "\nGroup #" +
                QByteArray::number(::getgid()) + "\n";
    for (const auto &module : kModuleNames)
        conf += "LoadModule " + QByteArray(module[0]) + " " + kModules.toUtf8() + "/" + module[1] +
                "\n";
    for (quint16 port : ports)
        conf += "Listen 127.0.0.1:" + QByteArray::number(port) + "\n";
    conf += "SSLSessionCache \"shmcb:" + root + "/logs/ssl_scache(512000)\"\n";
    // Debian's apache2.conf denies the file system and opens /var/www: the sites must open
    // their own folders, as they have to there.
    conf += "<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n";
    conf += sites;
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size()) {
        m_error = u"cannot write "_s + configPath();
        return false;
    }
    return true;
}

ToolRun ApacheServer::configTest() const
{
    return runTool(u"apache2"_s, {u"-t"_s, u"-f"_s, configPath()}, 10000);
}

bool ApacheServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ApacheServer::start(quint16 probePort, int timeoutMs)
{
    stop();
    m_process = startForeground({u"apache2"_s,
                                 {u"-f"_s, configPath(), u"-DFOREGROUND"_s},
                                 m_root + u"/logs/stdout"_s,
                                 m_root + u"/logs/httpd.pid"_s,
                                 probePort,
                                 timeoutMs},
                                m_error);
    if (!m_process)
        m_error += QString::fromUtf8(errorLog());
    return m_process != nullptr;
}

void ApacheServer::stop()
{
    stopForeground(m_process, SIGTERM); // httpd stops its children, then exits
}

QByteArray ApacheServer::errorLog() const
{
    QFile log(m_root + u"/logs/error.log"_s);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

} // namespace sts::test

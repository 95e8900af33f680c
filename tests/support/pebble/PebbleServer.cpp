#include "pebble/PebbleServer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace sts::test {

PebbleServer::PebbleServer(QString directory, QString apiCertPath, QString apiKeyPath,
                           quint16 httpPort, quint16 tlsPort)
    : m_directory(std::move(directory)), m_apiCert(std::move(apiCertPath)),
      m_apiKey(std::move(apiKeyPath)), m_httpPort(httpPort), m_tlsPort(tlsPort)
{}

PebbleServer::~PebbleServer()
{
    stop();
}

bool PebbleServer::available()
{
    return haveProgram(u"pebble"_s) && haveProgram(u"pebble-challtestsrv"_s) &&
           haveProgram(u"curl"_s);
}

QString PebbleServer::directoryUrl() const
{
    return u"https://127.0.0.1:%1/dir"_s.arg(m_acmePort);
}

static std::unique_ptr<QProcess> launch(const QString &program, const QStringList &args,
                                        const QString &log, const QStringList &env = {})
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(log);
    // Run from the lab folder: LabReaper recognises a lab's processes by it.
    process->setWorkingDirectory(QFileInfo(log).absolutePath());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &item : env)
        environment.insert(item.section(u'=', 0, 0), item.section(u'=', 1));
    process->setProcessEnvironment(environment);
    process->start(program, args);
    if (!process->waitForStarted(5000))
        return nullptr;
    return process;
}

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool PebbleServer::challtestsrvRunning() const
{
    return !m_externalDns.isEmpty() ||
           (m_challtestsrv && m_challtestsrv->state() == QProcess::Running);
}

bool PebbleServer::start(const QString &apiCaFile, int timeoutMs)
{
    stop();
    m_acmePort = freeTcpPort();
    m_mgmtPort = freeTcpPort();
    m_dnsPort = freeTcpUdpPort();
    m_ctsPort = freeTcpPort();
    const QString config = m_directory + u"/pebble-config.json"_s;
    const QByteArray json = QStringLiteral(R"({
  "pebble": {
    "listenAddress": "127.0.0.1:%1",
    "managementListenAddress": "127.0.0.1:%2",
    "certificate": "%3",
    "privateKey": "%4",
    "httpPort": %5,
    "tlsPort": %6,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false
  }
}
)")
                                .arg(m_acmePort)
                                .arg(m_mgmtPort)
                                .arg(m_apiCert, m_apiKey)
                                .arg(m_httpPort)
                                .arg(m_tlsPort)
                                .toUtf8();
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        m_error = u"cannot write "_s + config;
        return false;
    }
    file.close();

    const QString dns = m_externalDns.isEmpty() ? u"127.0.0.1:%1"_s.arg(m_dnsPort) : m_externalDns;
    if (m_externalDns.isEmpty())
        m_challtestsrv =
            launch(u"pebble-challtestsrv"_s,
                   {u"-dns01"_s, dns, u"-http01"_s, QString(), u"-https01"_s, QString(),
                    u"-tlsalpn01"_s, QString(), u"-management"_s, u"127.0.0.1:%1"_s.arg(m_ctsPort),
                    u"-defaultIPv4"_s, u"127.0.0.1"_s, u"-defaultIPv6"_s, QString()},
                   m_directory + u"/challtestsrv.log"_s);
    m_pebble =
        launch(u"pebble"_s, {u"-config"_s, config, u"-dnsserver"_s, dns, u"-strict=false"_s},
               m_directory + u"/pebble.log"_s,
               {u"PEBBLE_VA_NOSLEEP=1"_s, u"PEBBLE_WFE_NONCEREJECT=0"_s, u"PEBBLE_AUTHZREUSE=0"_s});
    if ((m_externalDns.isEmpty() && !m_challtestsrv) || !m_pebble) {
        m_error = u"pebble or pebble-challtestsrv did not start"_s;
        stop();
        return false;
    }
    // Ready when the directory answers over TLS with the API certificate we gave.
    const bool ready = waitUntil(
        [&] {
            if (m_pebble->state() != QProcess::Running || !challtestsrvRunning())
                return true;
            return runTool(u"curl"_s,
                           {u"-sf"_s, u"-o"_s, u"/dev/null"_s, u"--cacert"_s, apiCaFile,
                            directoryUrl()},
                           5000)
                       .exitCode == 0;
        },
        timeoutMs);
    if (!ready || m_pebble->state() != QProcess::Running || !challtestsrvRunning()) {
        m_error = u"pebble not ready: "_s +
                  QString::fromUtf8(readAll(m_directory + u"/pebble.log"_s)) +
                  QString::fromUtf8(readAll(m_directory + u"/challtestsrv.log"_s));
        stop();
        return false;
    }
    const ToolRun root = runTool(u"curl"_s, {u"-sf"_s, u"--cacert"_s, apiCaFile,
                                             u"https://127.0.0.1:%1/roots/0"_s.arg(m_mgmtPort)});
    if (root.exitCode != 0 || !root.out.contains("BEGIN CERTIFICATE")) {
        m_error = u"cannot fetch Pebble's root: "_s + root.describe();
        stop();
        return false;
    }
    m_rootPem = root.out;
    return true;
}

void PebbleServer::stop()
{
    for (auto *process : {&m_pebble, &m_challtestsrv}) {
        if (!*process)
            continue;
        if ((*process)->state() == QProcess::Running) {
            (*process)->terminate();
            if (!(*process)->waitForFinished(5000)) {
                (*process)->kill();
                (*process)->waitForFinished(2000);
            }
        }
        process->reset();
    }
}

} // namespace sts::test

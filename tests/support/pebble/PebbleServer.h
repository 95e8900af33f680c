#pragma once

#include "TestEnv.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <memory>

namespace sts::test {

// Pebble (a test ACME CA) and pebble-challtestsrv as its DNS, answering every A query with
// 127.0.0.1, as in labs/nginx-pebble-certbot.md: validation is real http-01 against
// `httpPort` on loopback. Sleeps, nonce rejections and authz reuse are switched off so runs are
// deterministic. Pebble makes a new root at every start: rootPem() fetches it.
class PebbleServer
{
public:
    // `apiCertPath`/`apiKeyPath`: a certificate for 127.0.0.1 (with its chain) that clients trust
    // through their CA bundle. `httpPort`/`tlsPort`: where Pebble sends http-01 / tls-alpn-01.
    PebbleServer(QString directory, QString apiCertPath, QString apiKeyPath, quint16 httpPort,
                 quint16 tlsPort);
    ~PebbleServer();
    PebbleServer(const PebbleServer &) = delete;
    PebbleServer &operator=(const PebbleServer &) = delete;

    static bool available();

    // Before start(): validate through this DNS server ("127.0.0.1:PORT", e.g. the Knot lab for
    // dns-01) instead of pebble-challtestsrv, which is then not started.
    void setDnsServer(const QString &spec) { m_externalDns = spec; }

    bool start(const QString &apiCaFile, int timeoutMs = 15000);
    void stop();
    QString errorString() const { return m_error; }

    QString directoryUrl() const; // https://127.0.0.1:<port>/dir
    QByteArray rootPem() const { return m_rootPem; }

private:
    bool challtestsrvRunning() const; // or not needed (an external DNS server)

    QString m_directory, m_apiCert, m_apiKey;
    quint16 m_httpPort = 0, m_tlsPort = 0, m_acmePort = 0, m_mgmtPort = 0, m_dnsPort = 0,
            m_ctsPort = 0;
    std::unique_ptr<QProcess> m_pebble, m_challtestsrv;
    QByteArray m_rootPem;
    QString m_error, m_externalDns;
};

} // namespace sts::test

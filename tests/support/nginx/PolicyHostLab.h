#pragma once

#include "TestEnv.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace sts::test {

class NginxServer;
class TestPki;

// The customer's policy host in the lab: nginx serving https://mta-sts.<domain>/ on loopback with
// a certificate of a fresh test CA, from a webroot the test writes into. "Hosting" a policy
// version is then writing its file there (serve), as a consultant uploads it.
class PolicyHostLab
{
public:
    // Keeps its files under `lab` (pki/, www/, nginx/); `lab` must outlive it.
    PolicyHostLab(const LabDir &lab, QString domain);
    ~PolicyHostLab();
    PolicyHostLab(const PolicyHostLab &) = delete;
    PolicyHostLab &operator=(const PolicyHostLab &) = delete;

    // Makes the CA and the certificate, starts nginx; false with errorString() on failure.
    bool start();
    void stop();
    // Writes `policy` as .well-known/mta-sts.txt of the webroot.
    bool serve(const QByteArray &policy) const;
    // Serves this certificate from now on (what the deploy hook does after certbot): the
    // configuration is rewritten and nginx reloaded; returns once no old worker is left.
    bool useCertificate(const QString &fullchainPath, const QString &keyPath,
                        const QString &caFile);

    QString webroot() const;
    quint16 httpsPort() const { return m_httpsPort; }
    quint16 httpPort() const { return m_httpPort; } // ACME http-01 challenges from the webroot
    QString connectSpec() const; // "127.0.0.1:<https port>", the policy host override
    QString caFile() const;      // the root the served certificate chains to
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);

    const LabDir &m_lab;
    QString m_domain;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxServer> m_nginx;
    bool writeConfig(const QString &fullchainPath, const QString &keyPath);

    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QString m_caFile;
    QString m_error;
};

} // namespace sts::test

#include "nginx/PolicyHostLab.h"

#include "deploy/NginxSite.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sts::test {

PolicyHostLab::PolicyHostLab(const LabDir &lab, QString domain)
    : m_lab(lab), m_domain(std::move(domain))
{}

PolicyHostLab::~PolicyHostLab() = default;

bool PolicyHostLab::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool PolicyHostLab::start()
{
    if (!QDir().mkpath(m_lab.filePath(u"pki"_s)) || !QDir().mkpath(webroot() + u"/.well-known"_s))
        return fail(u"cannot create the lab folders"_s);
    m_pki = std::make_unique<TestPki>(m_lab.filePath(u"pki"_s));
    if (!m_pki->isValid())
        return fail(m_pki->errorString());
    const TestPki::Leaf web = m_pki->valid(u"web"_s, {u"mta-sts."_s + m_domain});
    if (!web.isValid())
        return fail(u"no certificate for mta-sts.%1"_s.arg(m_domain));

    m_caFile = m_pki->rootCertPath();
    m_httpsPort = freeTcpPort();
    m_httpPort = freeTcpPort();
    m_nginx = std::make_unique<NginxServer>(m_lab.filePath(u"nginx"_s));
    if (!writeConfig(web.fullchainPath, web.keyPath))
        return fail(u"cannot write nginx.conf"_s);
    if (!m_nginx->start(m_httpPort))
        return fail(m_nginx->errorString());
    return true;
}

bool PolicyHostLab::writeConfig(const QString &fullchainPath, const QString &keyPath)
{
    deploy::NginxSiteOptions site;
    site.domain = m_domain;
    site.certificatePath = fullchainPath;
    site.keyPath = keyPath;
    site.policyRoot = webroot();
    site.acmeWebroot = webroot();
    site.httpsListen = {u"127.0.0.1:%1"_s.arg(m_httpsPort)};
    site.httpListen = {u"127.0.0.1:%1"_s.arg(m_httpPort)};
    return m_nginx->writeConfig(deploy::nginxServerBlocks(site));
}

bool PolicyHostLab::useCertificate(const QString &fullchainPath, const QString &keyPath,
                                   const QString &caFile)
{
    if (!m_nginx || !writeConfig(fullchainPath, keyPath))
        return fail(u"cannot write nginx.conf"_s);
    const QList<qint64> workers = m_nginx->workerPids();
    QFile pidFile(m_nginx->prefix() + u"/logs/nginx.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return fail(u"nginx has no pid file"_s);
    const QString pid = QString::fromLatin1(pidFile.readAll().trimmed());
    if (runTool(u"kill"_s, {u"-HUP"_s, pid}, 5000).exitCode != 0)
        return fail(u"cannot reload nginx"_s);
    if (!m_nginx->waitForWorkersReplaced(workers))
        return fail(u"nginx kept its old workers"_s);
    m_caFile = caFile;
    return true;
}

void PolicyHostLab::stop()
{
    if (m_nginx)
        m_nginx->stop();
}

bool PolicyHostLab::serve(const QByteArray &policy) const
{
    return m_lab.writeFile(u"www/.well-known/mta-sts.txt"_s, policy);
}

QString PolicyHostLab::webroot() const
{
    return m_lab.filePath(u"www"_s);
}

QString PolicyHostLab::connectSpec() const
{
    return u"127.0.0.1:%1"_s.arg(m_httpsPort);
}

QString PolicyHostLab::caFile() const
{
    return m_caFile;
}

} // namespace sts::test

#include "nginx/PolicyHostLab.h"

#include "deploy/NginxSite.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"

#include <QDir>

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

    deploy::NginxSiteOptions site;
    site.domain = m_domain;
    site.certificatePath = web.fullchainPath;
    site.keyPath = web.keyPath;
    site.policyRoot = webroot();
    site.acmeWebroot = webroot();
    m_httpsPort = freeTcpPort();
    const quint16 httpPort = freeTcpPort();
    site.httpsListen = {u"127.0.0.1:%1"_s.arg(m_httpsPort)};
    site.httpListen = {u"127.0.0.1:%1"_s.arg(httpPort)};
    m_nginx = std::make_unique<NginxServer>(m_lab.filePath(u"nginx"_s));
    if (!m_nginx->writeConfig(deploy::nginxServerBlocks(site)))
        return fail(u"cannot write nginx.conf"_s);
    if (!m_nginx->start(httpPort))
        return fail(m_nginx->errorString());
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
    return m_pki ? m_pki->rootCertPath() : QString();
}

} // namespace sts::test

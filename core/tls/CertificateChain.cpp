#include "tls/CertificateChain.h"

namespace sts::tls {

Result<CertificateChain> CertificateChain::fromFile(const QString &path)
{
    Result<QList<Certificate>> list = Certificate::listFromFile(path);
    if (!list)
        return list.error();
    return CertificateChain(std::move(list).value());
}

bool CertificateChain::isOrdered() const
{
    for (qsizetype i = 0; i + 1 < m_certificates.size(); ++i) {
        if (!m_certificates[i].isIssuedBy(m_certificates[i + 1]))
            return false;
    }
    return true;
}

bool CertificateChain::endsInRoot() const
{
    return !m_certificates.isEmpty() && m_certificates.constLast().isSelfIssued();
}

QString CertificateChain::topIssuer() const
{
    if (m_certificates.isEmpty() || endsInRoot())
        return {};
    return m_certificates.constLast().issuer();
}

bool CertificateChain::contains(const Certificate &certificate) const
{
    return m_certificates.contains(certificate);
}

} // namespace sts::tls

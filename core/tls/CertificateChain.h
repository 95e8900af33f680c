#pragma once

#include "tls/Certificate.h"

#include <QList>

namespace sts::tls {

// The certificates a server presented, in the order it sent them (leaf first, as TLS requires).
class CertificateChain
{
public:
    CertificateChain() = default;
    explicit CertificateChain(QList<Certificate> served) : m_certificates(std::move(served)) {}

    static Result<CertificateChain> fromFile(const QString &path);

    bool isEmpty() const { return m_certificates.isEmpty(); }
    qsizetype size() const { return m_certificates.size(); }
    const QList<Certificate> &certificates() const { return m_certificates; }
    Certificate leaf() const { return m_certificates.value(0); }

    // True when every certificate is issued by the one after it.
    bool isOrdered() const;
    // True when the last served certificate is self-issued (a root was sent along).
    bool endsInRoot() const;
    // The issuer named by the last served certificate when that certificate is not self-issued:
    // this is the certificate the client must find on its own (a trusted root, or else a
    // missing intermediate).
    QString topIssuer() const;
    // True when `certificate` (e.g. a trust anchor) was among the served certificates.
    bool contains(const Certificate &certificate) const;

private:
    QList<Certificate> m_certificates;
};

} // namespace sts::tls

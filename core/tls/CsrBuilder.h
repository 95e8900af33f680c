#pragma once

#include "tls/PrivateKey.h"

#include <QStringList>

namespace sts::tls {

// A PKCS#10 certificate signing request for the hosts of an engagement: the subject CN is the
// first host of at most 64 characters (none when every host is longer) and the subjectAltNames
// are exactly the hosts given (in A-label form), nothing else.
class CsrBuilder
{
public:
    CsrBuilder &setHosts(const QStringList &hosts);

    // Fails on an empty or invalid host list; the CSR is signed with SHA-256.
    Result<QByteArray> buildPem(const PrivateKey &key) const;

    QStringList hosts() const { return m_hosts; }

private:
    QStringList m_hosts;
};

} // namespace sts::tls

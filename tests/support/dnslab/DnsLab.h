#pragma once

#include "dnslab/KnotProcess.h"

#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::test {

class LabDir;

// A private DNSSEC hierarchy on Knot (shared/labs/dns.md): root ".", TLD "test." and one zone per
// case, signed at setup with ldns-signzone (fixed windows), served by knotd on 127.0.0.1 at a free
// port. Optionally an unbound validating with the same root key, as an independent cross-check.
//
// Zones (what each one is built to be):
//   secure.test     signed; MX 10 mx1 / 20 mx2; TLSA at _25._tcp.mx1 (3 1 1, 2 1 1) and at
//                   _25._tcp.mx2 (3 1 1 empty-input digest, 3 1 2 with a 32-byte digest, 1 1 1);
//                   _mta-sts TXT as two strings; _smtp._tls TXT; mta-sts A; and the
//                   discovery cases as sub-domains: nullmx, nomx, cname (MX -> alias CNAME mx1),
//                   noaddr (MX hostless, no address; MX mx1), twosts, badsts (malformed STS TXT,
//                   v=TSLRPTv1, old _smtp-tlsrpt), iplit (MX 127.0.0.1.), dup (mx1 twice),
//                   provider (MX contoso-test.mail.protection.outlook.com.), www CNAME mx1,
//                   x CNAME mail.insecure.test.
//   insecure.test   unsigned, no DS; MX 10 mail, MX 20 mx1.secure.test.; TLSA at _25._tcp.mail
//   expired.test    all signatures expired (2020-01-01 .. 2020-02-01)
//   notyet.test     signatures valid only from 2030-01-01
//   wrongds.test    the DS in test. is of a key that signs nothing
//   badsig.test     mail A altered after signing (MX still fine)
//   nosig.test      RRSIG over the MX removed
//   stripped.test   unsigned delegation whose NSEC in test. was removed
//   many.test       signed; 20 MX hosts h1..h20, each with A and TLSA (benchmark)
//   com.            unsigned delegation from the root holding the provider-style MX host
class DnsLab
{
public:
    DnsLab();
    ~DnsLab();
    DnsLab(const DnsLab &) = delete;
    DnsLab &operator=(const DnsLab &) = delete;

    // knotd, kdig, ldns-keygen, ldns-signzone (and unbound, drill for cross-checks).
    static bool toolsAvailable(QString *missing, bool withUnbound);

    // Builds and signs the zones and starts knotd; false with `error` set on failure.
    bool start(QString *error);
    bool startUnbound(QString *error);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString resolverSpec() const; // "127.0.0.1:PORT"
    quint16 unboundPort() const { return m_unboundPort; }
    QString unboundSpec() const;
    QString trustAnchorFile() const;   // root KSK as DNSKEY
    QString trustAnchorDsFile() const; // the same key as DS
    QString path() const;
    // The signature window of the normally signed zones (now - 1 day .. now + 30 days).
    QDateTime inception() const { return m_inception; }
    QDateTime expiration() const { return m_expiration; }
    QStringList zones() const;
    // The SHA-256 digest published in the lab's good TLSA records (of a fixed made-up key).
    static QByteArray labDigest();

    // What unbound (validating, same anchor) says: rcode name and whether AD is set.
    struct Answer
    {
        bool ok = false;
        QString rcode;
        bool ad = false;
        QString raw;
    };
    Answer askUnbound(const QString &name, const QString &type) const;
    // drill -S chase straight against Knot: true only for a verified secure chain.
    bool drillChaseSecure(const QString &name, const QString &type, QString *output) const;

private:
    bool sign(const QString &zone, const QString &file, const QStringList &extra, QString *ds,
              QString *kskBase, QString *error);
    bool buildZones(QString *error);

    std::unique_ptr<LabDir> m_dir;
    KnotProcess m_knot;
    std::unique_ptr<QProcess> m_unbound;
    quint16 m_port = 0;
    quint16 m_unboundPort = 0;
    QDateTime m_inception;
    QDateTime m_expiration;
};

} // namespace sts::test

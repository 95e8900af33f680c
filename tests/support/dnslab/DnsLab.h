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
//   n3.test         signed with NSEC3 (ldns-signzone -n, no salt, 0 iterations): MX 10 mail,
//                   mail A/AAAA, _25._tcp.mail TLSA, *.wild A 127.0.0.5, a.b TXT (so b is an
//                   empty non-terminal), insec NS (unsigned child insec.n3.test, exact NSEC3)
//   n3bad.test      like n3.test (MX, mail A/AAAA, *.wild, s1..s8 A), then broken: the NSEC3
//                   records covering n3MissingName() and n3MissingWildcardName() removed, and
//                   the type bitmap of mail's NSEC3 altered (its RRSIG no longer matches)
//   oo.test         signed by knotd with NSEC3 opt-out (key from keymgr, DS in test.): MX 10
//                   mail, mail A 127.0.0.1, insec NS (unsigned child insec.oo.test, no NSEC3:
//                   only the opt-out span covers it)
class DnsLab
{
public:
    DnsLab();
    ~DnsLab();
    DnsLab(const DnsLab &) = delete;
    DnsLab &operator=(const DnsLab &) = delete;

    // knotd, keymgr, kdig, ldns-keygen, ldns-signzone, ldns-nsec3-hash (and unbound, drill for
    // cross-checks).
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
    // n3bad.test names whose proof of non-existence the lab removed (NXDOMAIN / wildcard).
    QString n3MissingName() const { return m_n3MissingName; }
    QString n3MissingWildcardName() const { return m_n3MissingWildcardName; }

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
    QString knotConfig() const;
    bool buildNsec3Zones(const QStringList &window, QStringList *delegations, QString *error);
    bool breakNsec3Chain(QString *error);
    bool waitForKnotSigning(QString *error);

    std::unique_ptr<LabDir> m_dir;
    KnotProcess m_knot;
    std::unique_ptr<QProcess> m_unbound;
    quint16 m_port = 0;
    quint16 m_unboundPort = 0;
    QDateTime m_inception;
    QDateTime m_expiration;
    QString m_n3MissingName;
    QString m_n3MissingWildcardName;
};

} // namespace sts::test

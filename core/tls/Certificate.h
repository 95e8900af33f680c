#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>

struct x509_st;

namespace sts::tls {

enum class KeyType { Unknown, Rsa, Ec, Ed25519, Ed448, Dsa };
QString toKey(KeyType type); // "rsa", "ec", ...

// One X.509 certificate, parsed once when loaded and immutable afterwards, so copies are cheap and
// may be read from any thread. The underlying OpenSSL object stays reachable for verification.
class Certificate
{
public:
    Certificate() = default;

    static Result<Certificate> fromDer(const QByteArray &der);
    static Result<Certificate> fromPem(const QByteArray &pem); // the first certificate in `pem`
    // Every certificate in `data`: PEM (other PEM blocks such as keys are skipped) or DER.
    static Result<QList<Certificate>> listFromData(const QByteArray &data);
    static Result<QList<Certificate>> listFromFile(const QString &path);
    // Shares an OpenSSL certificate (its reference count is raised, the caller keeps its own).
    static Certificate fromHandle(x509_st *x509);

    bool isNull() const { return !m_d; }

    QString subject() const;      // RFC 2253 form: "CN=mx1.example.com,O=Example"
    QString issuer() const;       // same form
    QString commonName() const;   // the last CN of the subject, empty when there is none
    QStringList dnsNames() const; // DNS-ID subjectAltNames as served (not normalised)
    QStringList ipAddresses() const;
    QString serialHex() const;
    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const;  // UTC
    KeyType keyType() const;
    int keyBits() const;
    QString curveName() const;          // "prime256v1" for EC keys, else empty
    QString signatureAlgorithm() const; // "ecdsa-with-SHA256", "sha256WithRSAEncryption", ...
    bool isCa() const;                  // basicConstraints CA:TRUE
    bool isSelfIssued() const;          // subject == issuer
    bool isSelfSigned() const;          // self-issued and its own key verifies the signature

    QByteArray der() const;
    QByteArray pem() const;
    QByteArray spkiDer() const;    // DER SubjectPublicKeyInfo
    QByteArray spkiSha256() const; // raw digest bytes
    QByteArray spkiSha512() const;
    QByteArray sha256() const; // of the whole certificate (DER)

    // True when `issuerCandidate`'s subject and key identifiers say it issued this certificate.
    bool isIssuedBy(const Certificate &issuerCandidate) const;

    // Whole days from `now` until notAfter (negative once expired), rounded down.
    qint64 daysUntilExpiry(const QDateTime &now) const;

    // For other parts of core that talk to OpenSSL; never null on a non-null certificate.
    x509_st *handle() const;

    bool operator==(const Certificate &other) const { return sha256() == other.sha256(); }

private:
    struct Data;
    static std::shared_ptr<const Data> parse(x509_st *x509);
    std::shared_ptr<const Data> m_d;
};

} // namespace sts::tls

Q_DECLARE_METATYPE(sts::tls::Certificate)

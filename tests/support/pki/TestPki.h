#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::test {

// A throw-away PKI made at test time with OpenSSL's C API: a root, an intermediate signed by it,
// and leaves signed by the intermediate (or by themselves). Everything is written as PEM files
// into the directory given (use a LabDir so that servers running as their own users can read
// them). Keys are EC P-256 unless RSA is asked for; key files are 0600.
class TestPki
{
public:
    enum class Validity { Valid, Expired, NotYetValid };
    enum class KeyKind { EcP256, Rsa2048 };

    struct LeafOptions
    {
        QString name;         // file stem: <name>.key, <name>.pem, ...
        QString commonName;   // empty: the first DNS name
        QStringList dnsNames; // DNS-ID subjectAltNames, exactly as given ("*.lab.test" works)
        QStringList ipAddresses;
        Validity validity = Validity::Valid;
        bool selfSigned = false;
        KeyKind key = KeyKind::EcP256;
        // Explicit dates override `validity` (for expiry alert tests).
        QDateTime notBefore;
        QDateTime notAfter;

        static LeafOptions make(const QString &name, const QStringList &dnsNames)
        {
            LeafOptions options;
            options.name = name;
            options.dnsNames = dnsNames;
            return options;
        }
    };

    // The files of one issued leaf.
    struct Leaf
    {
        QString name;
        QString keyPath;       // private key, 0600
        QString certPath;      // the leaf alone
        QString fullchainPath; // leaf + intermediate (nginx, Dovecot)
        QString keyChainPath;  // key + leaf + intermediate (Postfix smtpd_tls_chain_files), 0600
        QString keyLeafPath;   // key + leaf: a server that forgets the intermediate, 0600
        QByteArray certPem;
        QByteArray certDer;
        QDateTime notBefore;
        QDateTime notAfter;
        bool isValid() const { return !certPath.isEmpty(); }
    };

    // Makes the root and the intermediate in `directory` (which must exist).
    explicit TestPki(QString directory, QDateTime now = QDateTime::currentDateTimeUtc());
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString directory() const { return m_directory; }

    QString rootCertPath() const;         // root.pem: the trust anchor to give clients
    QString intermediateCertPath() const; // int.pem
    QByteArray rootPem() const;
    QByteArray intermediatePem() const;

    Leaf issue(const LeafOptions &options);

    // Shorthands for the usual cases; `dnsNames` are the SANs.
    Leaf valid(const QString &name, const QStringList &dnsNames);
    Leaf expired(const QString &name, const QStringList &dnsNames);
    Leaf notYetValid(const QString &name, const QStringList &dnsNames);
    Leaf selfSigned(const QString &name, const QStringList &dnsNames);
    Leaf expiringAt(const QString &name, const QStringList &dnsNames, const QDateTime &notAfter);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_directory;
    QString m_error;
    bool m_valid = false;
};

} // namespace sts::test

#pragma once

#include "tls/PrivateKey.h"

#include <QDateTime>
#include <QStringList>

namespace sts::tls {

// What was written for one key: where, and the digest DANE publishes for it (3 1 1).
struct GeneratedKey
{
    QString keyPath; // 0600 PEM
    QString csrPath; // CSR PEM, empty when none was asked for
    QByteArray csrPem;
    QByteArray spkiSha256;
    QByteArray keyFileSha256; // of the key file's bytes (identifies an encrypted key)
    KeyAlgorithm algorithm = KeyAlgorithm::EcdsaP256;
};

// The current key and the staged "next" key of a DANE rollover: publish both 3 1 1 digests, wait
// at least twice the TLSA TTL, then switch the server to the next key.
struct StagedKeys
{
    GeneratedKey current;
    GeneratedKey next;
};

// Creates keys and CSRs in a secrets folder. Blocking (RSA generation takes seconds): run it on a
// worker thread. File names are "<name>.key" / "<name>.csr.pem"; existing files are never
// overwritten.
class KeyGenerator
{
public:
    explicit KeyGenerator(QString secretsDir) : m_dir(std::move(secretsDir)) {}

    // The engagement's secrets folder in the user's data directory: one place for the CLI
    // (`stsdesk-cli csr` without --out) and the GUI key dialog.
    static QString engagementSecretsDir(qint64 engagementId);
    // "<domain>-<UTC time>", e.g. "example.com-20260101T120000Z": sorts by age, never collides
    // within a second. A domain over 79 characters is cut and followed by 8 hex digits of its
    // SHA-256, so that the name (and its "-next" partner) stays a valid key file name.
    static QString keyName(const QString &domain, const QDateTime &at);

    // Creates the folder with mode 0700 when it does not exist.
    Status prepareDir() const;

    Result<GeneratedKey> generate(const QString &name, KeyAlgorithm algorithm,
                                  const QStringList &csrHosts = {},
                                  const QByteArray &passphrase = {}) const;

    // Writes "<name>.key" and "<name>-next.key" (with CSRs when hosts are given).
    Result<StagedKeys> generateWithNext(const QString &name, KeyAlgorithm algorithm,
                                        const QStringList &csrHosts = {},
                                        const QByteArray &passphrase = {}) const;

private:
    QString m_dir;
};

} // namespace sts::tls

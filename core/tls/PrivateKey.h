#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct evp_pkey_st;

namespace sts::tls {

enum class KeyAlgorithm { EcdsaP256, Rsa2048, Rsa3072, Rsa4096 };
QString toKey(KeyAlgorithm algorithm); // "ecdsa-p256", "rsa-2048", ...
bool fromKey(const QString &key, KeyAlgorithm &out);

// A private key held in memory. It is never logged and never put into the database: it exists
// only in memory and in the 0600 file it is written to.
class PrivateKey
{
public:
    PrivateKey() = default;

    // Generating RSA 4096 takes seconds: call from a worker thread.
    static Result<PrivateKey> generate(KeyAlgorithm algorithm);
    static Result<PrivateKey> fromPem(const QByteArray &pem, const QByteArray &passphrase = {});
    static Result<PrivateKey> load(const QString &path, const QByteArray &passphrase = {});

    bool isNull() const { return !m_key; }
    // PEM (PKCS#8); encrypted with AES-256-CBC when a passphrase is given.
    Result<QByteArray> toPem(const QByteArray &passphrase = {}) const;
    // Writes the PEM to `path`, creating the file with mode 0600 (never widened and narrowed
    // afterwards); refuses to overwrite an existing file.
    Status save(const QString &path, const QByteArray &passphrase = {}) const;

    QByteArray spkiDer() const;
    QByteArray spkiSha256() const;
    QString describe() const; // "ECDSA P-256", "RSA 3072"

    evp_pkey_st *handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace sts::tls

#include "tls/PrivateKey.h"

#include "util/OpenSslError.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <algorithm>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::PrivateKey", text);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

} // namespace

QString toKey(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::EcdsaP256:
        return u"ecdsa-p256"_s;
    case KeyAlgorithm::Rsa2048:
        return u"rsa-2048"_s;
    case KeyAlgorithm::Rsa3072:
        return u"rsa-3072"_s;
    case KeyAlgorithm::Rsa4096:
        return u"rsa-4096"_s;
    }
    return {};
}

bool fromKey(const QString &key, KeyAlgorithm &out)
{
    for (KeyAlgorithm a : {KeyAlgorithm::EcdsaP256, KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
                           KeyAlgorithm::Rsa4096}) {
        if (toKey(a) == key) {
            out = a;
            return true;
        }
    }
    return false;
}

Result<PrivateKey> PrivateKey::generate(KeyAlgorithm algorithm)
{
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case KeyAlgorithm::EcdsaP256:
        key = EVP_EC_gen("P-256");
        break;
    case KeyAlgorithm::Rsa2048:
        key = EVP_RSA_gen(2048);
        break;
    case KeyAlgorithm::Rsa3072:
        key = EVP_RSA_gen(3072);
        break;
    case KeyAlgorithm::Rsa4096:
        key = EVP_RSA_gen(4096);
        break;
    }
    if (!key)
        return openSslError(u"tls.keygen-failed"_s, tr("Could not generate the key"));
    PrivateKey result;
    result.m_key.reset(key, EVP_PKEY_free);
    return result;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    // An empty passphrase must not fall back to OpenSSL's terminal prompt.
    QByteArray pass = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(
        bio, nullptr,
        [](char *buf, int size, int, void *user) -> int {
            const auto *p = static_cast<const QByteArray *>(user);
            const int n = std::min(size, int(p->size()));
            std::memcpy(buf, p->constData(), size_t(n));
            return n;
        },
        &pass);
    BIO_free(bio);
    if (!key)
        return openSslError(u"tls.key-unreadable"_s,
                            tr("Could not read the private key (wrong passphrase?)"));
    PrivateKey result;
    result.m_key.reset(key, EVP_PKEY_free);
    return result;
}

Result<PrivateKey> PrivateKey::load(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"tls.file-unreadable"_s,
                     tr("Cannot read “%1”: %2").arg(path, file.errorString())};
    return fromPem(file.read(1024 * 1024), passphrase);
}

Result<QByteArray> PrivateKey::toPem(const QByteArray &passphrase) const
{
    if (!m_key)
        return Error{u"tls.no-key"_s, tr("There is no key")};
    BIO *bio = BIO_new(BIO_s_mem());
    const int ok =
        passphrase.isEmpty()
            ? PEM_write_bio_PKCS8PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PKCS8PrivateKey(bio, m_key.get(), EVP_aes_256_cbc(),
                                            passphrase.constData(), int(passphrase.size()), nullptr,
                                            nullptr);
    const QByteArray pem = ok == 1 ? bioBytes(bio) : QByteArray();
    BIO_free(bio);
    if (ok != 1)
        return openSslError(u"tls.key-encode"_s, tr("Could not encode the private key"));
    return pem;
}

Status PrivateKey::save(const QString &path, const QByteArray &passphrase) const
{
    Result<QByteArray> pem = toPem(passphrase);
    if (!pem)
        return pem.error();
    return writeNewFile(path, *pem, 0600);
}

QByteArray PrivateKey::spkiDer() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0) {
        clearOpenSslErrors();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray PrivateKey::spkiSha256() const
{
    return QCryptographicHash::hash(spkiDer(), QCryptographicHash::Sha256);
}

QString PrivateKey::describe() const
{
    if (!m_key)
        return {};
    if (EVP_PKEY_get_base_id(m_key.get()) == EVP_PKEY_EC)
        return u"ECDSA P-%1"_s.arg(EVP_PKEY_get_bits(m_key.get()));
    return u"RSA %1"_s.arg(EVP_PKEY_get_bits(m_key.get()));
}

} // namespace sts::tls

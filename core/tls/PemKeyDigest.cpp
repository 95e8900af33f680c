#include "tls/PemKeyDigest.h"

#include "tls/PrivateKey.h"
#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls", text); // lupdate: free functions in sts::tls
}

static Result<QByteArray> csrSpkiSha256(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509_REQ *request = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!request)
        return openSslError(u"tls.csr-unreadable"_s,
                            tr("Could not read the certificate signing request"));
    unsigned char *der = nullptr;
    const EVP_PKEY *key = X509_REQ_get0_pubkey(request);
    const int length = key ? i2d_PUBKEY(key, &der) : 0;
    X509_REQ_free(request);
    if (length <= 0)
        return openSslError(u"tls.csr-unreadable"_s,
                            tr("The certificate signing request holds no readable public key"));
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return digest;
}

Result<QByteArray> pemSpkiSha256(const QByteArray &pem)
{
    if (pem.contains("-----BEGIN CERTIFICATE REQUEST-----") ||
        pem.contains("-----BEGIN NEW CERTIFICATE REQUEST-----"))
        return csrSpkiSha256(pem);
    // Asked before OpenSSL is: without a passphrase it would only fail (or prompt).
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
        pem.contains("Proc-Type: 4,ENCRYPTED"))
        return Error{u"tls.key-encrypted"_s,
                     tr("The private key is encrypted; its public key cannot be read without the "
                        "passphrase")};
    Result<PrivateKey> key = PrivateKey::fromPem(pem);
    if (!key)
        return key.error();
    return key->spkiSha256();
}

} // namespace sts::tls

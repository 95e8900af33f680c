#include "pki/TestPki.h"

#include <QFile>
#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertFree
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;

QString opensslReason()
{
    char buffer[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

KeyPtr makeKey(TestPki::KeyKind kind)
{
    if (kind == TestPki::KeyKind::Rsa2048)
        return KeyPtr(EVP_RSA_gen(2048));
    return KeyPtr(EVP_EC_gen("P-256"));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QByteArray certPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

// Secrets are created with their final mode, never chmod-ed afterwards.
bool writeFile(const QString &path, const QByteArray &data, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += n;
    }
    return ::close(fd) == 0;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    const QByteArray text = value.toLatin1();
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, text.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

CertPtr makeCert(const QString &commonName, EVP_PKEY *subjectKey, X509 *issuer, EVP_PKEY *issuerKey,
                 long serial, const QDateTime &notBefore, const QDateTime &notAfter,
                 const QList<std::pair<int, QString>> &extensions)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), subjectKey);
    X509 *extensionIssuer = issuer ? issuer : cert.get();
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), extensionIssuer, nid, value))
            return {};
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

} // namespace

struct TestPki::Private
{
    KeyPtr rootKey, intKey;
    CertPtr root, intermediate;
    QByteArray rootPem, intPem;
    QDateTime now;
    long serial = 0x1000;
};

TestPki::TestPki(QString directory, QDateTime now)
    : d(std::make_unique<Private>()), m_directory(std::move(directory))
{
    d->now = now.toUTC();
    d->rootKey = makeKey(KeyKind::EcP256);
    d->intKey = makeKey(KeyKind::EcP256);
    if (!d->rootKey || !d->intKey) {
        m_error = u"key generation: "_s + opensslReason();
        return;
    }
    const QDateTime from = d->now.addYears(-10);
    const QDateTime until = d->now.addYears(20);
    d->root = makeCert(u"STS Desk Test Root CA"_s, d->rootKey.get(), nullptr, d->rootKey.get(),
                       ++d->serial, from, until,
                       {{NID_basic_constraints, u"critical,CA:TRUE"_s},
                        {NID_key_usage, u"critical,keyCertSign,cRLSign"_s},
                        {NID_subject_key_identifier, u"hash"_s}});
    if (!d->root) {
        m_error = u"root: "_s + opensslReason();
        return;
    }
    d->intermediate = makeCert(u"STS Desk Test Intermediate CA"_s, d->intKey.get(), d->root.get(),
                               d->rootKey.get(), ++d->serial, from, until,
                               {{NID_basic_constraints, u"critical,CA:TRUE,pathlen:0"_s},
                                {NID_key_usage, u"critical,keyCertSign,cRLSign"_s},
                                {NID_subject_key_identifier, u"hash"_s},
                                {NID_authority_key_identifier, u"keyid"_s}});
    if (!d->intermediate) {
        m_error = u"intermediate: "_s + opensslReason();
        return;
    }
    d->rootPem = certPem(d->root.get());
    d->intPem = certPem(d->intermediate.get());
    if (!writeFile(rootCertPath(), d->rootPem, 0644) ||
        !writeFile(intermediateCertPath(), d->intPem, 0644) ||
        !writeFile(m_directory + u"/root.key"_s, keyPem(d->rootKey.get()), 0600) ||
        !writeFile(m_directory + u"/int.key"_s, keyPem(d->intKey.get()), 0600)) {
        m_error = u"cannot write the CA files into "_s + m_directory;
        return;
    }
    m_valid = true;
}

TestPki::~TestPki() = default;

QString TestPki::rootCertPath() const
{
    return m_directory + u"/root.pem"_s;
}
QString TestPki::intermediateCertPath() const
{
    return m_directory + u"/int.pem"_s;
}
QByteArray TestPki::rootPem() const
{
    return d->rootPem;
}
QByteArray TestPki::intermediatePem() const
{
    return d->intPem;
}

TestPki::Leaf TestPki::issue(const LeafOptions &options)
{
    Leaf leaf;
    if (!m_valid)
        return leaf;
    KeyPtr key = makeKey(options.key);
    if (!key) {
        m_error = u"leaf key: "_s + opensslReason();
        return leaf;
    }
    QDateTime notBefore = d->now.addDays(-1);
    QDateTime notAfter = d->now.addDays(365);
    if (options.validity == Validity::Expired) {
        notBefore = d->now.addDays(-400);
        notAfter = d->now.addDays(-10);
    } else if (options.validity == Validity::NotYetValid) {
        notBefore = d->now.addDays(10);
        notAfter = d->now.addDays(400);
    }
    if (options.notBefore.isValid())
        notBefore = options.notBefore;
    if (options.notAfter.isValid())
        notAfter = options.notAfter;

    QStringList sans;
    for (const QString &dns : options.dnsNames)
        sans.append(u"DNS:"_s + dns);
    for (const QString &ip : options.ipAddresses)
        sans.append(u"IP:"_s + ip);
    QList<std::pair<int, QString>> extensions{
        {NID_basic_constraints, u"critical,CA:FALSE"_s},
        {NID_key_usage, u"critical,digitalSignature,keyEncipherment"_s},
        {NID_ext_key_usage, u"serverAuth"_s},
        {NID_subject_key_identifier, u"hash"_s}};
    if (!options.selfSigned)
        extensions.append({NID_authority_key_identifier, u"keyid"_s});
    if (!sans.isEmpty())
        extensions.append({NID_subject_alt_name, sans.join(u',')});
    const QString cn = !options.commonName.isEmpty() ? options.commonName
                                                     : options.dnsNames.value(0, options.name);
    CertPtr cert = options.selfSigned
                       ? makeCert(cn, key.get(), nullptr, key.get(), ++d->serial, notBefore,
                                  notAfter, extensions)
                       : makeCert(cn, key.get(), d->intermediate.get(), d->intKey.get(),
                                  ++d->serial, notBefore, notAfter, extensions);
    if (!cert) {
        m_error = u"leaf "_s + options.name + u": "_s + opensslReason();
        return leaf;
    }
    const QByteArray pem = certPem(cert.get());
    const QByteArray privatePem = keyPem(key.get());
    const QByteArray chainTail = options.selfSigned ? QByteArray() : d->intPem;
    const QString base = m_directory + u'/' + options.name;
    leaf.name = options.name;
    leaf.keyPath = base + u".key"_s;
    leaf.fullchainPath = base + u"-fullchain.pem"_s;
    leaf.keyChainPath = base + u"-chain.pem"_s;
    leaf.keyLeafPath = base + u"-nointermediate.pem"_s;
    if (!writeFile(leaf.keyPath, privatePem, 0600) || !writeFile(base + u".pem"_s, pem, 0644) ||
        !writeFile(leaf.fullchainPath, pem + chainTail, 0644) ||
        !writeFile(leaf.keyChainPath, privatePem + pem + chainTail, 0600) ||
        !writeFile(leaf.keyLeafPath, privatePem + pem, 0600)) {
        m_error = u"cannot write the files of "_s + options.name;
        return leaf;
    }
    leaf.certPath = base + u".pem"_s;
    leaf.certPem = pem;
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(cert.get(), &der);
    leaf.certDer = QByteArray(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);
    leaf.notBefore = notBefore;
    leaf.notAfter = notAfter;
    return leaf;
}

TestPki::Leaf TestPki::valid(const QString &name, const QStringList &dnsNames)
{
    return issue(LeafOptions::make(name, dnsNames));
}

TestPki::Leaf TestPki::expired(const QString &name, const QStringList &dnsNames)
{
    LeafOptions options = LeafOptions::make(name, dnsNames);
    options.validity = Validity::Expired;
    return issue(options);
}

TestPki::Leaf TestPki::notYetValid(const QString &name, const QStringList &dnsNames)
{
    LeafOptions options = LeafOptions::make(name, dnsNames);
    options.validity = Validity::NotYetValid;
    return issue(options);
}

TestPki::Leaf TestPki::selfSigned(const QString &name, const QStringList &dnsNames)
{
    LeafOptions options = LeafOptions::make(name, dnsNames);
    options.selfSigned = true;
    return issue(options);
}

TestPki::Leaf TestPki::expiringAt(const QString &name, const QStringList &dnsNames,
                                  const QDateTime &notAfter)
{
    LeafOptions options = LeafOptions::make(name, dnsNames);
    options.notBefore = notAfter.addDays(-90);
    options.notAfter = notAfter;
    return issue(options);
}

} // namespace sts::test

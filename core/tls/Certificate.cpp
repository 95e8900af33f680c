#include "tls/Certificate.h"

#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <atomic>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::Certificate", text);
}

QByteArray digest(const QByteArray &data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1) {
        clearOpenSslErrors();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QString nameToString(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString text = QString::fromUtf8(data, int(size));
    BIO_free(bio);
    return text;
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString commonNameOf(const X509_NAME *name)
{
    int last = -1;
    for (int at = -1; (at = X509_NAME_get_index_by_NID(name, NID_commonName, at)) >= 0;)
        last = at;
    if (last < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        clearOpenSslErrors();
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QString toKey(KeyType type)
{
    switch (type) {
    case KeyType::Rsa:
        return u"rsa"_s;
    case KeyType::Ec:
        return u"ec"_s;
    case KeyType::Ed25519:
        return u"ed25519"_s;
    case KeyType::Ed448:
        return u"ed448"_s;
    case KeyType::Dsa:
        return u"dsa"_s;
    case KeyType::Unknown:
        break;
    }
    return u"unknown"_s;
}

struct Certificate::Data
{
    X509 *x509 = nullptr;
    QString subject, issuer, commonName, serial, curve, signature;
    QStringList dnsNames, ipAddresses;
    QDateTime notBefore, notAfter;
    KeyType keyType = KeyType::Unknown;
    int keyBits = 0;
    bool ca = false, selfIssued = false;
    // Checked on first use: verifying the signature is the dearest part of reading a
    // certificate, and only trust anchors and self-signed leaves need it (every verified path
    // ends at a root that would otherwise be checked again for each probe). 0 = not yet.
    mutable std::atomic<int> selfSigned{0};
    QByteArray der, spki;

    ~Data() { X509_free(x509); }
};

std::shared_ptr<const Certificate::Data> Certificate::parse(X509 *x509)
{
    auto d = std::make_shared<Certificate::Data>();
    d->x509 = x509;
    d->subject = nameToString(X509_get_subject_name(x509));
    d->issuer = nameToString(X509_get_issuer_name(x509));
    d->commonName = commonNameOf(X509_get_subject_name(x509));

    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509), nullptr)) {
        char *hex = BN_bn2hex(serial);
        d->serial = QString::fromLatin1(hex).toLower();
        OPENSSL_free(hex);
        BN_free(serial);
    }
    d->notBefore = fromAsn1(X509_get0_notBefore(x509));
    d->notAfter = fromAsn1(X509_get0_notAfter(x509));

    if (auto *names = static_cast<GENERAL_NAMES *>(
            X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
            if (name->type == GEN_DNS) {
                const ASN1_STRING *value = name->d.dNSName;
                d->dnsNames.append(QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                    ASN1_STRING_length(value)));
            } else if (name->type == GEN_IPADD) {
                const ASN1_STRING *value = name->d.iPAddress;
                const auto *bytes = ASN1_STRING_get0_data(value);
                QHostAddress address;
                if (ASN1_STRING_length(value) == 4)
                    address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                                       quint32(bytes[2]) << 8 | quint32(bytes[3]));
                else if (ASN1_STRING_length(value) == 16)
                    address.setAddress(bytes);
                if (!address.isNull())
                    d->ipAddresses.append(address.toString());
            }
        }
        GENERAL_NAMES_free(names);
    }

    if (EVP_PKEY *key = X509_get0_pubkey(x509)) {
        switch (EVP_PKEY_get_base_id(key)) {
        case EVP_PKEY_RSA:
            d->keyType = KeyType::Rsa;
            break;
        case EVP_PKEY_EC:
            d->keyType = KeyType::Ec;
            break;
        case EVP_PKEY_ED25519:
            d->keyType = KeyType::Ed25519;
            break;
        case EVP_PKEY_ED448:
            d->keyType = KeyType::Ed448;
            break;
        case EVP_PKEY_DSA:
            d->keyType = KeyType::Dsa;
            break;
        default:
            break;
        }
        d->keyBits = EVP_PKEY_get_bits(key);
        char group[80] = {};
        size_t groupLength = 0;
        if (d->keyType == KeyType::Ec &&
            EVP_PKEY_get_group_name(key, group, sizeof group, &groupLength) == 1)
            d->curve = QString::fromLatin1(group, qsizetype(groupLength));
        // The SubjectPublicKeyInfo as the certificate holds it: i2d_PUBKEY() would encode the
        // key again through an OpenSSL 3.0 encoder, a measurable share of every probe.
        unsigned char *spki = nullptr;
        const int spkiLength = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
        if (spkiLength > 0) {
            d->spki = QByteArray(reinterpret_cast<const char *>(spki), spkiLength);
            OPENSSL_free(spki);
        }
    }
    d->signature = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x509)));

    const uint32_t flags = X509_get_extension_flags(x509); // also caches the extensions
    d->ca = (flags & EXFLAG_CA) != 0;
    // Compare names, not X509_check_issued(): a self-signed leaf lacks keyCertSign, which that
    // function holds against it.
    d->selfIssued = X509_NAME_cmp(X509_get_subject_name(x509), X509_get_issuer_name(x509)) == 0;

    unsigned char *der = nullptr;
    const int derLength = i2d_X509(x509, &der);
    if (derLength > 0) {
        d->der = QByteArray(reinterpret_cast<const char *>(der), derLength);
        OPENSSL_free(der);
    }
    clearOpenSslErrors();
    return d;
}

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &cursor, der.size());
    if (!x509)
        return openSslError(u"tls.certificate-invalid"_s, tr("This is not a DER certificate"));
    Certificate certificate;
    certificate.m_d = parse(x509);
    return certificate;
}

Certificate Certificate::fromHandle(X509 *x509)
{
    Certificate certificate;
    if (x509 && X509_up_ref(x509) == 1)
        certificate.m_d = parse(x509);
    return certificate;
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    Result<QList<Certificate>> all = listFromData(pem);
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QList<Certificate>> Certificate::listFromData(const QByteArray &data)
{
    QList<Certificate> certificates;
    if (data.contains("-----BEGIN ")) {
        BIO *bio = BIO_new_mem_buf(data.constData(), int(data.size()));
        while (X509 *x509 = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            Certificate certificate;
            certificate.m_d = parse(x509);
            certificates.append(certificate);
        }
        BIO_free(bio);
        clearOpenSslErrors(); // the loop always ends with "no start line"
    } else {
        // Concatenated DER certificates, as some tools export a chain.
        const auto *cursor = reinterpret_cast<const unsigned char *>(data.constData());
        const auto *end = cursor + data.size();
        while (cursor < end) {
            X509 *x509 = d2i_X509(nullptr, &cursor, long(end - cursor));
            if (!x509) {
                if (certificates.isEmpty())
                    return openSslError(u"tls.certificate-invalid"_s,
                                        tr("The data holds no PEM or DER certificate"));
                clearOpenSslErrors();
                break;
            }
            Certificate certificate;
            certificate.m_d = parse(x509);
            certificates.append(certificate);
        }
    }
    if (certificates.isEmpty())
        return Error{u"tls.no-certificate"_s, tr("The data holds no certificate")};
    return certificates;
}

Result<QList<Certificate>> Certificate::listFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"tls.file-unreadable"_s,
                     tr("Cannot read “%1”: %2").arg(path, file.errorString())};
    // Certificates are small; anything past a few MiB is not a certificate file.
    const QByteArray data = file.read(8 * 1024 * 1024);
    Result<QList<Certificate>> list = listFromData(data);
    if (!list)
        return Error{list.error().code, tr("“%1”: %2").arg(path, list.error().message)};
    return list;
}

QString Certificate::subject() const
{
    return m_d ? m_d->subject : QString();
}
QString Certificate::issuer() const
{
    return m_d ? m_d->issuer : QString();
}
QString Certificate::commonName() const
{
    return m_d ? m_d->commonName : QString();
}
QStringList Certificate::dnsNames() const
{
    return m_d ? m_d->dnsNames : QStringList();
}
QStringList Certificate::ipAddresses() const
{
    return m_d ? m_d->ipAddresses : QStringList();
}
QString Certificate::serialHex() const
{
    return m_d ? m_d->serial : QString();
}
QDateTime Certificate::notBefore() const
{
    return m_d ? m_d->notBefore : QDateTime();
}
QDateTime Certificate::notAfter() const
{
    return m_d ? m_d->notAfter : QDateTime();
}
KeyType Certificate::keyType() const
{
    return m_d ? m_d->keyType : KeyType::Unknown;
}
int Certificate::keyBits() const
{
    return m_d ? m_d->keyBits : 0;
}
QString Certificate::curveName() const
{
    return m_d ? m_d->curve : QString();
}
QString Certificate::signatureAlgorithm() const
{
    return m_d ? m_d->signature : QString();
}
bool Certificate::isCa() const
{
    return m_d && m_d->ca;
}
bool Certificate::isSelfIssued() const
{
    return m_d && m_d->selfIssued;
}
bool Certificate::isSelfSigned() const
{
    if (!m_d || !m_d->selfIssued)
        return false;
    int known = m_d->selfSigned.load(std::memory_order_relaxed);
    if (known == 0) { // two threads may both check; they reach the same answer
        known = X509_verify(m_d->x509, X509_get0_pubkey(m_d->x509)) == 1 ? 1 : 2;
        clearOpenSslErrors();
        m_d->selfSigned.store(known, std::memory_order_relaxed);
    }
    return known == 1;
}
QByteArray Certificate::der() const
{
    return m_d ? m_d->der : QByteArray();
}
QByteArray Certificate::spkiDer() const
{
    return m_d ? m_d->spki : QByteArray();
}
QByteArray Certificate::spkiSha256() const
{
    return m_d ? digest(m_d->spki, EVP_sha256()) : QByteArray();
}
QByteArray Certificate::spkiSha512() const
{
    return m_d ? digest(m_d->spki, EVP_sha512()) : QByteArray();
}
QByteArray Certificate::sha256() const
{
    return m_d ? digest(m_d->der, EVP_sha256()) : QByteArray();
}
x509_st *Certificate::handle() const
{
    return m_d ? m_d->x509 : nullptr;
}

QByteArray Certificate::pem() const
{
    if (!m_d)
        return {};
    const QByteArray base64 = m_d->der.toBase64();
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype at = 0; at < base64.size(); at += 64)
        out += base64.mid(at, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

bool Certificate::isIssuedBy(const Certificate &issuerCandidate) const
{
    if (!m_d || issuerCandidate.isNull())
        return false;
    const bool issued = X509_check_issued(issuerCandidate.handle(), m_d->x509) == X509_V_OK;
    clearOpenSslErrors();
    return issued;
}

qint64 Certificate::daysUntilExpiry(const QDateTime &now) const
{
    if (!m_d)
        return 0;
    const qint64 seconds = now.secsTo(m_d->notAfter);
    // Round toward minus infinity so that "expired an hour ago" is day -1, not day 0.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

} // namespace sts::tls

#include "tls/CsrBuilder.h"

#include "tls/NameMatcher.h"
#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <algorithm>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::CsrBuilder", text);
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()), -1,
                                      -1, 0) == 1;
}

} // namespace

CsrBuilder &CsrBuilder::setHosts(const QStringList &hosts)
{
    m_hosts = hosts;
    return *this;
}

Result<QByteArray> CsrBuilder::buildPem(const PrivateKey &key) const
{
    if (key.isNull())
        return Error{u"tls.no-key"_s, tr("There is no key to sign the request with")};
    QStringList names;
    for (const QString &host : m_hosts) {
        const QString ace = NameMatcher::normalizeHost(host);
        if (ace.isEmpty() || ace.contains(u'*') || !ace.contains(u'.'))
            return Error{u"tls.csr-bad-host"_s, tr("“%1” is not a host name").arg(host)};
        if (!names.contains(ace))
            names.append(ace);
    }
    if (names.isEmpty())
        return Error{u"tls.csr-no-hosts"_s, tr("A signing request needs at least one host")};

    X509_REQ *req = X509_REQ_new();
    auto cleanup = qScopeGuard([req] { X509_REQ_free(req); });
    X509_REQ_set_version(req, X509_REQ_VERSION_1);
    X509_NAME *subject = X509_REQ_get_subject_name(req);
    // A CN holds at most 64 characters (RFC 5280 ub-common-name), a host name up to 253: the CN is
    // the first host that fits, or left out (CAs take the names from the subjectAltNames).
    const auto fits = std::find_if(names.cbegin(), names.cend(),
                                   [](const QString &name) { return name.size() <= 64; });
    if (fits != names.cend() && !addNameEntry(subject, "CN", *fits))
        return openSslError(u"tls.csr-failed"_s, tr("Could not build the request subject"));
    X509_REQ_set_pubkey(req, key.handle());

    GENERAL_NAMES *sans = sk_GENERAL_NAME_new_null();
    for (const QString &name : std::as_const(names)) {
        GENERAL_NAME *entry = GENERAL_NAME_new();
        ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
        const QByteArray ascii = name.toLatin1();
        ASN1_STRING_set(dns, ascii.constData(), int(ascii.size()));
        GENERAL_NAME_set0_value(entry, GEN_DNS, dns);
        sk_GENERAL_NAME_push(sans, entry);
    }
    STACK_OF(X509_EXTENSION) *extensions = sk_X509_EXTENSION_new_null();
    X509_EXTENSION *sanExtension = X509V3_EXT_i2d(NID_subject_alt_name, 0, sans);
    GENERAL_NAMES_free(sans);
    if (sanExtension)
        sk_X509_EXTENSION_push(extensions, sanExtension);
    const int added = sanExtension ? X509_REQ_add_extensions(req, extensions) : 0;
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    if (added != 1)
        return openSslError(u"tls.csr-failed"_s, tr("Could not add the host names"));
    if (X509_REQ_sign(req, key.handle(), EVP_sha256()) <= 0)
        return openSslError(u"tls.csr-failed"_s, tr("Could not sign the request"));

    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509_REQ(bio, req);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

} // namespace sts::tls

#include "tls/ChainVerifier.h"

#include "tls/NameMatcher.h"
#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <set>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::ChainVerifier", text);
}

// The verify callback accepts every error so that one pass reports all of them (an expired
// certificate that is also untrusted should say both), and records each in the context.
int collectErrors(int ok, X509_STORE_CTX *ctx)
{
    if (!ok) {
        auto *errors = static_cast<std::set<int> *>(X509_STORE_CTX_get_app_data(ctx));
        errors->insert(X509_STORE_CTX_get_error(ctx));
    }
    return 1;
}

} // namespace

QString ChainVerification::failureType() const
{
    if (ok())
        return {};
    if (!trusted)
        return u"certificate-not-trusted"_s;
    if (expired)
        return u"certificate-expired"_s;
    if (notYetValid)
        return u"validation-failure"_s;
    if (nameChecked && !nameMatches)
        return u"certificate-host-mismatch"_s;
    return u"validation-failure"_s;
}

QString ChainVerification::summary() const
{
    if (ok())
        return tr("Trusted certificate chain");
    if (missingIntermediate)
        return tr("Missing intermediate: the server did not send “%1”").arg(missingIssuer);
    if (selfSigned)
        return tr("Self-signed certificate");
    if (!trusted)
        return tr("Not trusted: %1").arg(verifyErrors.join(u"; "_s));
    if (expired)
        return tr("Certificate expired");
    if (notYetValid)
        return tr("Certificate not yet valid");
    return tr("The certificate does not name the host");
}

QJsonObject ChainVerification::toJson() const
{
    QJsonArray pathJson;
    for (const Certificate &certificate : path)
        pathJson.append(certificate.subject());
    QJsonObject json{{u"ok"_s, ok()},
                     {u"trusted"_s, trusted},
                     {u"expired"_s, expired},
                     {u"notYetValid"_s, notYetValid},
                     {u"missingIntermediate"_s, missingIntermediate},
                     {u"selfSigned"_s, selfSigned},
                     {u"ordered"_s, ordered},
                     {u"verifyErrors"_s, QJsonArray::fromStringList(verifyErrors)},
                     {u"path"_s, pathJson},
                     {u"summary"_s, summary()}};
    if (nameChecked)
        json.insert(u"nameMatches"_s, nameMatches);
    if (!missingIssuer.isEmpty())
        json.insert(u"missingIssuer"_s, missingIssuer);
    if (!ok())
        json.insert(u"resultType"_s, failureType());
    return json;
}

ChainVerifier::ChainVerifier(TrustSettings settings, std::shared_ptr<const Clock> clock)
    : m_settings(std::move(settings)), m_clock(clock ? std::move(clock) : Clock::system())
{}

Status ChainVerifier::load()
{
    std::shared_ptr<X509_STORE> store(X509_STORE_new(), X509_STORE_free);
    if (!m_settings.caFile.isEmpty()) {
        Result<QList<Certificate>> anchors = Certificate::listFromFile(m_settings.caFile);
        if (!anchors)
            return anchors.error();
        for (const Certificate &anchor : std::as_const(*anchors)) {
            if (X509_STORE_add_cert(store.get(), anchor.handle()) != 1)
                return openSslError(u"tls.ca-file-invalid"_s,
                                    tr("Cannot use “%1” as a trust anchor").arg(anchor.subject()));
        }
        m_anchors = *anchors;
    } else if (m_settings.useSystemStore) {
        if (X509_STORE_set_default_paths(store.get()) != 1)
            return openSslError(u"tls.system-store"_s, tr("Cannot open the system CA store"));
    }
    m_store = std::move(store);
    return {};
}

ChainVerification ChainVerifier::verify(const CertificateChain &served, const QString &host) const
{
    ChainVerification result;
    result.nameChecked = !host.isEmpty();
    if (served.isEmpty()) {
        result.verifyErrors.append(tr("No certificate was presented"));
        return result;
    }
    const Certificate leaf = served.leaf();
    result.ordered = served.isOrdered();
    if (result.nameChecked)
        result.nameMatches = NameMatcher::certificateMatches(leaf, host);
    if (!m_store) {
        result.verifyErrors.append(tr("No trust store is loaded"));
        return result;
    }

    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (qsizetype i = 1; i < served.size(); ++i)
        sk_X509_push(untrusted, served.certificates()[i].handle());
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    std::set<int> errors;
    bool ran = false;
    if (ctx && X509_STORE_CTX_init(ctx, m_store.get(), leaf.handle(), untrusted) == 1) {
        X509_STORE_CTX_set_app_data(ctx, &errors);
        X509_STORE_CTX_set_verify_cb(ctx, collectErrors);
        X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER);
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx),
                                   time_t(m_clock->now().toSecsSinceEpoch()));
        ran = X509_verify_cert(ctx) == 1;
        if (STACK_OF(X509) *path = X509_STORE_CTX_get0_chain(ctx)) {
            for (int i = 0; i < sk_X509_num(path); ++i)
                result.path.append(Certificate::fromHandle(sk_X509_value(path, i)));
        }
    }
    if (!ran && errors.empty())
        result.verifyErrors.append(drainOpenSslErrors());
    clearOpenSslErrors();
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted); // the certificates belong to `served`

    result.trusted = ran;
    for (const int error : errors) {
        result.verifyErrors.append(QString::fromLatin1(X509_verify_cert_error_string(error)));
        switch (error) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            result.expired = true;
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            result.notYetValid = true;
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            result.selfSigned = true;
            result.trusted = false;
            break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
            result.trusted = false;
            if (!served.endsInRoot()) {
                result.missingIntermediate = true;
                result.missingIssuer = served.topIssuer();
            }
            break;
        default:
            result.trusted = false;
            break;
        }
    }
    return result;
}

} // namespace sts::tls

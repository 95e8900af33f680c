#include "tls/ChainVerifier.h"

#include "tls/NameMatcher.h"
#include "util/FileStamp.h"
#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
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

namespace {

// A loaded trust store and the anchors it came from.
struct LoadedStore
{
    std::shared_ptr<X509_STORE> store;
    QList<Certificate> anchors;
};

// Loading the system store parses its whole bundle (/etc/ssl/certs/ca-certificates.crt, 144
// certificates: 20 ms of CPU with OpenSSL 3.0), and every probe run loads one: a monitor run over
// 200 customers spent four seconds on it. Stores are only read once loaded (X509_STORE locks its
// own lookups), so one per trust setting serves every verifier and thread of the process. A CA
// file is loaded again when it changes; the system store after an hour, to see a CA update.
class StoreCache
{
public:
    Result<LoadedStore> get(const TrustSettings &settings)
    {
        const QFileInfo file(settings.caFile);
        const QString key = settings.caFile.isEmpty()
                                ? (settings.useSystemStore ? u"system"_s : u"none"_s)
                                : u"file:"_s + file.absoluteFilePath();
        const QString stamp = settings.caFile.isEmpty() ? QString() : fileStamp(file);
        {
            QMutexLocker lock(&m_mutex);
            const auto it = m_entries.constFind(key);
            if (it != m_entries.cend() && it->stamp == stamp && !it->expires.hasExpired())
                return it->loaded;
        }
        Result<LoadedStore> loaded = load(settings);
        if (!loaded)
            return loaded;
        QMutexLocker lock(&m_mutex);
        m_entries.insert(key, Entry{*loaded, stamp, QDeadlineTimer(kSystemStoreLifetimeMs)});
        return loaded;
    }

private:
    static constexpr qint64 kSystemStoreLifetimeMs = 3600 * 1000;

    struct Entry
    {
        LoadedStore loaded;
        QString stamp;
        QDeadlineTimer expires;
    };

    static Result<LoadedStore> load(const TrustSettings &settings)
    {
        LoadedStore out;
        out.store.reset(X509_STORE_new(), X509_STORE_free);
        if (!settings.caFile.isEmpty()) {
            Result<QList<Certificate>> anchors = Certificate::listFromFile(settings.caFile);
            if (!anchors)
                return anchors.error();
            for (const Certificate &anchor : std::as_const(*anchors)) {
                if (X509_STORE_add_cert(out.store.get(), anchor.handle()) != 1)
                    return openSslError(
                        u"tls.ca-file-invalid"_s,
                        QCoreApplication::translate("sts::tls::ChainVerifier",
                                                    "Cannot use “%1” as a trust anchor")
                            .arg(anchor.subject()));
            }
            out.anchors = *anchors;
        } else if (settings.useSystemStore) {
            if (X509_STORE_set_default_paths(out.store.get()) != 1)
                return openSslError(u"tls.system-store"_s,
                                    QCoreApplication::translate("sts::tls::ChainVerifier",
                                                                "Cannot open the system CA store"));
        }
        return out;
    }

    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

Q_GLOBAL_STATIC(StoreCache, storeCache)

} // namespace

ChainVerifier::ChainVerifier(TrustSettings settings, std::shared_ptr<const Clock> clock)
    : m_settings(std::move(settings)), m_clock(clock ? std::move(clock) : Clock::system())
{}

Status ChainVerifier::load()
{
    Result<LoadedStore> loaded = storeCache()->get(m_settings);
    if (!loaded)
        return loaded.error();
    m_store = loaded->store;
    m_anchors = loaded->anchors;
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

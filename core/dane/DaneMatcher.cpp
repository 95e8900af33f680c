#include "dane/DaneMatcher.h"

#include "tls/NameMatcher.h"
#include "util/OpenSslError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

using namespace Qt::StringLiterals;

namespace sts::dane {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dane::DaneMatcher", text);
}

bool certificateMatches(const tls::Certificate &certificate, const TlsaRecord &record)
{
    const TlsaRecord computed =
        TlsaRecord::fromCertificate(certificate, Usage(record.usage), Selector(record.selector),
                                    MatchingType(record.matchingType));
    return computed.data == record.data;
}

// Path validation from the leaf up to the served trust anchor at `depth`, which is trusted as
// is (a partial chain), at time `now`. Returns an empty string when valid.
QString verifyUpTo(const tls::CertificateChain &served, int depth, const QDateTime &now)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, served.certificates()[depth].handle());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (int i = 1; i < depth; ++i)
        sk_X509_push(untrusted, served.certificates()[i].handle());
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    QString failure;
    if (X509_STORE_CTX_init(ctx, store, served.leaf().handle(), untrusted) == 1) {
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
        X509_VERIFY_PARAM_set_time(param, time_t(now.toSecsSinceEpoch()));
        if (X509_verify_cert(ctx) != 1)
            failure =
                QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx)));
    } else {
        failure = drainOpenSslErrors();
    }
    clearOpenSslErrors();
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    return failure;
}

} // namespace

QJsonObject DaneResult::toJson() const
{
    QJsonObject json{{u"matched"_s, matched},
                     {u"usableRecords"_s, usableRecords},
                     {u"problems"_s, QJsonArray::fromStringList(problems)}};
    if (matched) {
        json.insert(u"record"_s, matchedRecord.toString());
        json.insert(u"depth"_s, matchedDepth);
    } else {
        json.insert(u"resultType"_s, failureType());
    }
    return json;
}

DaneResult DaneMatcher::match(const tls::CertificateChain &served, const QList<TlsaRecord> &records,
                              const QString &host, const QDateTime &now)
{
    DaneResult result;
    if (served.isEmpty()) {
        result.problems.append(tr("The server presented no certificate"));
        return result;
    }
    for (const TlsaRecord &record : records) {
        if (Status valid = record.validate(); !valid) {
            result.problems.append(tr("%1: %2").arg(record.toString(), valid.error().message));
            continue;
        }
        if (!record.isUsableForSmtp()) {
            result.problems.append(
                tr("%1: usages 0 and 1 are not used with SMTP").arg(record.toString()));
            continue;
        }
        ++result.usableRecords;
        if (record.usage == quint8(Usage::DaneEe)) {
            if (certificateMatches(served.leaf(), record)) {
                result.matched = true;
                result.matchedRecord = record;
                result.matchedDepth = 0;
                return result;
            }
            result.problems.append(
                tr("%1: does not match the server certificate").arg(record.toString()));
            continue;
        }
        // DANE-TA: the anchor must be among the certificates the server sent (not the leaf).
        int depth = -1;
        for (int i = 1; i < served.size(); ++i) {
            if (certificateMatches(served.certificates()[i], record)) {
                depth = i;
                break;
            }
        }
        if (depth < 0) {
            result.problems.append(
                tr("%1: no certificate in the served chain matches").arg(record.toString()));
            continue;
        }
        if (const QString failure = verifyUpTo(served, depth, now); !failure.isEmpty()) {
            result.problems.append(tr("%1: %2").arg(record.toString(), failure));
            continue;
        }
        if (!tls::NameMatcher::certificateMatches(served.leaf(), host)) {
            result.problems.append(
                tr("%1: the certificate does not name “%2”").arg(record.toString(), host));
            continue;
        }
        result.matched = true;
        result.matchedRecord = record;
        result.matchedDepth = depth;
        return result;
    }
    if (records.isEmpty())
        result.problems.append(tr("There are no TLSA records"));
    return result;
}

} // namespace sts::dane

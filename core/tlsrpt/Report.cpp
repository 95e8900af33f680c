#include "tlsrpt/Report.h"

#include "util/Saturating.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

ResultType resultTypeFromName(const QString &name)
{
    static const QHash<QString, ResultType> names{
        {u"starttls-not-supported"_s, ResultType::StarttlsNotSupported},
        {u"certificate-host-mismatch"_s, ResultType::CertificateHostMismatch},
        {u"certificate-expired"_s, ResultType::CertificateExpired},
        {u"certificate-not-trusted"_s, ResultType::CertificateNotTrusted},
        {u"validation-failure"_s, ResultType::ValidationFailure},
        {u"tlsa-invalid"_s, ResultType::TlsaInvalid},
        {u"dnssec-invalid"_s, ResultType::DnssecInvalid},
        {u"dane-required"_s, ResultType::DaneRequired},
        {u"sts-policy-fetch-error"_s, ResultType::StsPolicyFetchError},
        {u"sts-policy-invalid"_s, ResultType::StsPolicyInvalid},
        {u"sts-webpki-invalid"_s, ResultType::StsWebpkiInvalid},
    };
    return names.value(name, ResultType::Other);
}

PolicyType policyTypeFromName(const QString &name)
{
    if (name == u"sts"_s)
        return PolicyType::Sts;
    if (name == u"tlsa"_s)
        return PolicyType::Tlsa;
    if (name == u"no-policy-found"_s)
        return PolicyType::NoPolicyFound;
    return PolicyType::Other;
}

QString Origin::describe() const
{
    if (messageId.isEmpty() && item.isEmpty() && entry.isEmpty())
        return path; // a plain file, by far the most common origin
    QStringList parts{path};
    if (!messageId.isEmpty())
        parts << u"<"_s + messageId + u">"_s;
    if (!item.isEmpty())
        parts << item;
    if (!entry.isEmpty())
        parts << entry;
    return parts.join(u" › "_s);
}

QString FailureDetail::displayResultType() const
{
    return resultType == ResultType::Other ? u"other: "_s + resultTypeName : resultTypeName;
}

QString PolicyResult::displayPolicyType() const
{
    return policyType == PolicyType::Other ? u"other: "_s + policyTypeName : policyTypeName;
}

qint64 Report::totalSuccessfulSessions() const
{
    qint64 sum = 0;
    for (const PolicyResult &policy : policies)
        addCount(sum, policy.totalSuccessfulSessions);
    return sum;
}

qint64 Report::totalFailureSessions() const
{
    qint64 sum = 0;
    for (const PolicyResult &policy : policies)
        addCount(sum, policy.totalFailureSessions);
    return sum;
}

} // namespace sts::tlsrpt

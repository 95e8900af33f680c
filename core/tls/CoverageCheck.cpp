#include "tls/CoverageCheck.h"

#include "tls/ExpiryAlert.h"
#include "tls/NameMatcher.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::CoverageCheck", text);
}

} // namespace

QString toKey(CoverageProblem problem)
{
    switch (problem) {
    case CoverageProblem::NameMismatch:
        return u"name-mismatch"_s;
    case CoverageProblem::MissingIntermediate:
        return u"missing-intermediate"_s;
    case CoverageProblem::ExpiredCertificate:
        return u"expired-certificate"_s;
    case CoverageProblem::ExpiredBackupMxCertificate:
        return u"expired-backup-mx-certificate"_s;
    case CoverageProblem::NotYetValid:
        return u"not-yet-valid"_s;
    case CoverageProblem::NotTrusted:
        return u"not-trusted"_s;
    case CoverageProblem::ExpiringSoon:
        return u"expiring-soon"_s;
    case CoverageProblem::PatternMismatch:
        return u"pattern-mismatch"_s;
    case CoverageProblem::NoCertificateSeen:
        return u"no-certificate-seen"_s;
    }
    return {};
}

QJsonObject CoverageFinding::toJson() const
{
    return {{u"problem"_s, toKey(problem)},
            {u"host"_s, host},
            {u"blocking"_s, blocking},
            {u"message"_s, message},
            {u"fix"_s, fix}};
}

bool CoverageCheck::patternsCover(const QStringList &patterns, const QString &host)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QString &pattern) { return NameMatcher::matches(pattern, host); });
}

QList<CoverageFinding> CoverageCheck::run(const CoverageInput &input) const
{
    QList<CoverageFinding> findings;
    int preferred = std::numeric_limits<int>::max();
    for (const MxHost &mx : input.mxHosts)
        preferred = std::min(preferred, mx.priority);

    auto chainFor = [&](const QString &host) -> const CertificateChain * {
        const QString wanted = NameMatcher::normalizeHost(host);
        for (auto it = input.seen.cbegin(); it != input.seen.cend(); ++it) {
            if (NameMatcher::normalizeHost(it.key()) == wanted)
                return &it.value();
        }
        return nullptr;
    };

    for (const MxHost &mx : input.mxHosts) {
        const bool backup = mx.priority > preferred;
        if (!input.plannedPatterns.isEmpty() && !patternsCover(input.plannedPatterns, mx.name)) {
            findings.append(
                {CoverageProblem::PatternMismatch, mx.name, true,
                 tr("No planned mx pattern covers “%1”; senders enforcing the policy will not "
                    "deliver to it.")
                     .arg(mx.name),
                 tr("Add “mx: %1” (or a wildcard pattern for its parent) to the policy, or remove "
                    "the MX record.")
                     .arg(mx.name)});
        }
        checkHost(mx.name, backup, chainFor(mx.name), findings);
    }
    if (!input.domain.isEmpty()) {
        const QString policyHost = u"mta-sts."_s + input.domain;
        checkHost(policyHost, false, chainFor(policyHost), findings);
    }
    return findings;
}

void CoverageCheck::checkHost(const QString &host, bool backup, const CertificateChain *chain,
                              QList<CoverageFinding> &findings) const
{
    if (!chain || chain->isEmpty()) {
        findings.append({CoverageProblem::NoCertificateSeen, host, true,
                         tr("No certificate was seen for “%1”.").arg(host),
                         tr("Probe “%1” (STARTTLS on port 25, HTTPS for the policy host) or "
                            "import its certificate.")
                             .arg(host)});
        return;
    }
    const ChainVerification v = m_verifier.verify(*chain, host);
    if (v.missingIntermediate) {
        findings.append({CoverageProblem::MissingIntermediate, host, true,
                         tr("“%1” serves its certificate without the intermediate “%2”.")
                             .arg(host, v.missingIssuer),
                         tr("Configure the full chain (leaf followed by the intermediate, e.g. "
                            "fullchain.pem) on “%1”.")
                             .arg(host)});
    } else if (!v.trusted) {
        findings.append({CoverageProblem::NotTrusted, host, true,
                         tr("The certificate of “%1” is not trusted: %2").arg(host, v.summary()),
                         tr("Install a certificate from a public CA (e.g. Let’s Encrypt) on "
                            "“%1”.")
                             .arg(host)});
    }
    if (v.expired) {
        const CoverageProblem problem = backup ? CoverageProblem::ExpiredBackupMxCertificate
                                               : CoverageProblem::ExpiredCertificate;
        findings.append(
            {problem, host, true,
             backup ? tr("The backup MX “%1” serves an expired certificate (since %2).")
                          .arg(host, chain->leaf().notAfter().toString(Qt::ISODate))
                    : tr("“%1” serves an expired certificate (since %2).")
                          .arg(host, chain->leaf().notAfter().toString(Qt::ISODate)),
             tr("Renew the certificate of “%1” and make sure renewal is automated (backup MX "
                "hosts are easily forgotten).")
                 .arg(host)});
    } else if (v.notYetValid) {
        findings.append({CoverageProblem::NotYetValid, host, true,
                         tr("The certificate of “%1” is not valid yet.").arg(host),
                         tr("Check the clock of the CA or of “%1” and reissue.").arg(host)});
    } else {
        const ExpiryStatus expiry = expiryStatus(chain->leaf(), m_verifier.clock().now());
        if (expiry.level != ExpiryLevel::Fine) {
            findings.append({CoverageProblem::ExpiringSoon, host, false,
                             tr("The certificate of “%1” %2.").arg(host, expiry.describe()),
                             tr("Renew the certificate of “%1” now.").arg(host)});
        }
    }
    if (!v.nameMatches) {
        findings.append(
            {CoverageProblem::NameMismatch, host, true,
             tr("The certificate of “%1” does not name it (it names: %2).")
                 .arg(host, NameMatcher::referenceIdentifiers(chain->leaf()).join(u", "_s)),
             tr("Reissue the certificate with “%1” as a subjectAltName.").arg(host)});
    }
}

} // namespace sts::tls

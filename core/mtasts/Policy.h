#pragma once

#include "mtasts/MxPattern.h"

#include <QList>
#include <QString>
#include <optional>

namespace sts::mtasts {

enum class PolicyMode { Enforce, Testing, None };

QString policyModeName(PolicyMode mode);                           // "enforce", "testing", "none"
std::optional<PolicyMode> policyModeFromName(const QString &name); // case-sensitive

constexpr qint64 kMaxPolicyMaxAge = 31557600; // RFC 8461 §3.2
constexpr qint64 kTestingMaxAge = 86400;      // [product] seed while testing
constexpr qint64 kEnforceMaxAge = 604800;     // [product] seed when enforcing

// An MTA-STS policy file (RFC 8461 §3.2). The policy id lives in the TXT record, not here.
struct Policy
{
    QString version = QStringLiteral("STSv1");
    PolicyMode mode = PolicyMode::Testing;
    qint64 maxAge = kTestingMaxAge;
    QList<MxPattern> mx;

    // True when some pattern covers `host`; a sender only considers such MX hosts.
    bool matchesMx(const QString &host) const;
    QStringList mxTexts() const;

    bool operator==(const Policy &) const = default;
};

} // namespace sts::mtasts

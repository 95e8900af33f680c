#include "mtasts/Policy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

QString policyModeName(PolicyMode mode)
{
    switch (mode) {
    case PolicyMode::Enforce:
        return u"enforce"_s;
    case PolicyMode::Testing:
        return u"testing"_s;
    case PolicyMode::None:
        return u"none"_s;
    }
    return {};
}

std::optional<PolicyMode> policyModeFromName(const QString &name)
{
    for (const PolicyMode mode : {PolicyMode::Enforce, PolicyMode::Testing, PolicyMode::None}) {
        if (name == policyModeName(mode))
            return mode;
    }
    return std::nullopt;
}

bool Policy::matchesMx(const QString &host) const
{
    return std::any_of(mx.cbegin(), mx.cend(), [&](const MxPattern &p) { return p.matches(host); });
}

QStringList Policy::mxTexts() const
{
    QStringList out;
    for (const MxPattern &p : mx)
        out.append(p.text());
    return out;
}

} // namespace sts::mtasts

#include "mtasts/ReportedPolicy.h"

#include "mtasts/PolicyParser.h"

#include <algorithm>

namespace sts::mtasts {

std::optional<Policy> policyFromReportLines(const QStringList &lines)
{
    if (lines.isEmpty())
        return std::nullopt;
    return parsePolicy(lines.join(QLatin1Char('\n')).toUtf8()).policy;
}

static QStringList sortedPatterns(const Policy &policy)
{
    QStringList patterns = policy.mxTexts(); // MxPattern keeps them normalised
    patterns.sort();
    patterns.removeDuplicates();
    return patterns;
}

bool samePolicyApplied(const Policy &reported, const Policy &published)
{
    return reported.version == published.version && reported.mode == published.mode &&
           reported.maxAge == published.maxAge &&
           sortedPatterns(reported) == sortedPatterns(published);
}

} // namespace sts::mtasts

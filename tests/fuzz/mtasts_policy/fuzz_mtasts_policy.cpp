// libFuzzer target: the MTA-STS policy parser (a policy file is whatever the policy host serves)
// must never crash, hang or leak; a policy it accepts is consistent, and the file STS Desk would
// publish for it reads back as the same policy, whose patterns cover the hosts they name.
#include "mtasts/PolicyParser.h"
#include "mtasts/PolicySerializer.h"

#include <cstdint>
#include <cstdlib>

using namespace sts::mtasts;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const PolicyParse parsed = parsePolicy(body);
    if (parsed.policy.has_value() == hasErrors(parsed.problems))
        std::abort(); // a policy exactly when there is no error
    for (const Problem &problem : parsed.problems) {
        if (problem.code.isEmpty() || problem.message.isEmpty() || problem.line < 0)
            std::abort();
    }
    if (!parsed.policy)
        return 0;
    const Policy &policy = *parsed.policy;
    if (policy.maxAge < 0 || policy.maxAge > kMaxPolicyMaxAge ||
        (policy.mx.isEmpty() && policy.mode != PolicyMode::None))
        std::abort();
    const PolicyParse again = parsePolicy(serializePolicy(policy));
    if (!again.policy || !(*again.policy == policy))
        std::abort();
    for (const MxPattern &pattern : policy.mx) { // each pattern covers the hosts it names
        const QString host =
            pattern.isWildcard() ? QStringLiteral("x") + pattern.text().mid(1) : pattern.text();
        if (!pattern.matches(host) || !policy.matchesMx(host))
            std::abort();
    }
    return 0;
}

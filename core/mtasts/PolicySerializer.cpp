#include "mtasts/PolicySerializer.h"

namespace sts::mtasts {

QByteArray serializePolicy(const Policy &policy)
{
    QByteArray out;
    out += "version: " + policy.version.toLatin1() + "\r\n";
    out += "mode: " + policyModeName(policy.mode).toLatin1() + "\r\n";
    for (const MxPattern &pattern : policy.mx)
        out += "mx: " + pattern.text().toLatin1() + "\r\n";
    out += "max_age: " + QByteArray::number(policy.maxAge) + "\r\n";
    return out;
}

} // namespace sts::mtasts

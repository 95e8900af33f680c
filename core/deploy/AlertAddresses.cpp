#include "deploy/AlertAddresses.h"

namespace sts::deploy {

AlertAddresses AlertAddresses::resolved(const QString &domain) const
{
    AlertAddresses out = *this;
    if (out.notice.trimmed().isEmpty())
        out.notice = QStringLiteral("postmaster@") + domain;
    if (out.escalation.trimmed().isEmpty())
        out.escalation = out.notice;
    if (out.critical.trimmed().isEmpty())
        out.critical = out.escalation;
    return out;
}

} // namespace sts::deploy

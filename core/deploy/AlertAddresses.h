#pragma once

#include <QString>

namespace sts::deploy {

// Who hears of a certificate's approaching expiry, by level: notice at 30 days, escalation at 14,
// critical at 7 days or when expired. Different people act at each level (the mailbox the team
// reads, the team lead, the on-call phone), so the consultant records three addresses.
struct AlertAddresses
{
    QString notice;
    QString escalation; // empty: the notice address
    QString critical;   // empty: the escalation address

    // Empty levels filled from the level before; an empty notice becomes postmaster@<domain>.
    AlertAddresses resolved(const QString &domain) const;
    bool operator==(const AlertAddresses &) const = default;
};

} // namespace sts::deploy

#pragma once

#include "services/ServiceContext.h"
#include "storage/NotificationFindings.h"

namespace sts {

using FindingAlert = storage::PendingFinding;

// What an open window tells the consultant about findings the monitoring (another process, a
// colleague's desk) just stored: each new unresolved finding once. The first call only takes
// the current state as the baseline: findings that were there when the window opened are the
// portfolio's to show, not a popup's.
class FindingAlerts
{
public:
    explicit FindingAlerts(ServiceContext context);

    // Findings stored since the last call (none on the first call).
    Result<QList<FindingAlert>> takeNew();

private:
    ServiceContext m_ctx;
    qint64 m_seenUpTo = -1; // -1: no baseline yet
};

} // namespace sts

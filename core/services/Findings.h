#pragma once

#include "services/ServiceContext.h"
#include "storage/Finding.h"
#include "storage/FindingRepository.h"
#include "storage/MonitorLeases.h"
#include "storage/MonitorRuns.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace sts {

using Finding = storage::Finding;
using FindingCounts = storage::FindingCounts;
using MonitorRun = storage::MonitorRun;

// The monitoring's findings for the faces (findings panel, `stsdesk-cli findings`, portfolio):
// read them, acknowledge one by the context's actor, and when monitoring last ran.
class Findings
{
public:
    explicit Findings(ServiceContext context);

    // Newest first. No engagement: every engagement; no state: every state.
    Result<QList<storage::Finding>> list(std::optional<qint64> engagementId,
                                         std::optional<storage::Finding::State> state) const;
    // The unresolved ones (open and acknowledged) of one engagement.
    Result<QList<storage::Finding>> unresolved(qint64 engagementId) const;
    // open → acknowledged by the context's actor. Errors: finding.unknown, finding.resolved.
    Result<storage::Finding> acknowledge(qint64 findingId);
    // Unresolved findings per engagement, one query.
    Result<QHash<qint64, FindingCounts>> countsPerEngagement() const;
    Result<std::optional<storage::MonitorRun>> lastRun() const;

private:
    ServiceContext m_context;
};

// A finding for --json: id, engagementId, kind, subject, severity, state, details, the times,
// and `text` (FindingText, in the program's language).
QJsonObject findingJson(const storage::Finding &finding);

} // namespace sts

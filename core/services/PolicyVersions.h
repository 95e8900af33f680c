#pragma once

#include "mtasts/PolicyGenerator.h"
#include "services/ServiceContext.h"
#include "storage/PolicyRepository.h"

#include <optional>

namespace sts {

using StoredPolicyVersion = storage::StoredPolicyVersion;

// The MTA-STS policy versions of an engagement: what the wizard's policy page saves, what the
// certificates page checks the MX patterns of, what the timeline marks as published.
class PolicyVersions
{
public:
    explicit PolicyVersions(ServiceContext context);

    Result<QList<storage::StoredPolicyVersion>> list(qint64 engagementId) const; // oldest first
    // The version live now (published and not superseded), if any.
    Result<std::optional<storage::StoredPolicyVersion>> current(qint64 engagementId) const;
    // Saves a new draft; returns its row id.
    Result<qint64> add(qint64 engagementId, const mtasts::PolicyVersion &version);

private:
    ServiceContext m_context;
};

} // namespace sts

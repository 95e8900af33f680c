#pragma once

#include "services/PolicyVersions.h"
#include "util/Task.h"

namespace sts::ui {

// PolicyVersions::verify as a task's work: on the worker, with the workspace on a connection of
// its own (a connection belongs to the thread that opened it). The panel's Verify and the
// Publish dialog run the same.
inline Task<services::PublicationCheck>::Work
verifyWork(const ServiceContext &context, qint64 engagementId, const QString &policyId,
           const services::PublicationTargets &targets)
{
    return [context, engagementId, policyId,
            targets](const CancelToken &cancel, Progress &) -> Result<services::PublicationCheck> {
        Result<ServiceContext> local = context.forThisThread();
        if (!local)
            return local.error();
        return PolicyVersions(*local).verify(engagementId, policyId, targets, cancel);
    };
}

} // namespace sts::ui

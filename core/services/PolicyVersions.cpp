#include "services/PolicyVersions.h"

namespace sts {

PolicyVersions::PolicyVersions(ServiceContext context) : m_context(std::move(context)) {}

Result<QList<storage::StoredPolicyVersion>> PolicyVersions::list(qint64 engagementId) const
{
    return storage::PolicyRepository(m_context.database).forEngagement(engagementId);
}

Result<std::optional<storage::StoredPolicyVersion>>
PolicyVersions::current(qint64 engagementId) const
{
    return storage::PolicyRepository(m_context.database).current(engagementId);
}

Result<qint64> PolicyVersions::add(qint64 engagementId, const mtasts::PolicyVersion &version)
{
    return storage::PolicyRepository(m_context.database).add(engagementId, version);
}

} // namespace sts

#pragma once

#include "services/PublishPlan.h"
#include "storage/Database.h"

#include <memory>

namespace sts::services {

// Reads what an engagement's publication is decided from: the engagement, its latest discovery,
// its policy versions, its newest probes (through the repositories) and its staged key pair
// (stagedKeyOf). `db` must be a connection of the calling thread.
class PublishPlanner
{
public:
    explicit PublishPlanner(std::shared_ptr<const storage::Database> db);
    // Errors: those of the repositories.
    Result<PublishFacts> facts(qint64 engagementId) const;
    Result<PublishPlan> plan(qint64 engagementId, const PublishChoices &choices = {}) const;

private:
    std::shared_ptr<const storage::Database> m_db;
};

} // namespace sts::services

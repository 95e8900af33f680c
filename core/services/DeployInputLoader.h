#pragma once

#include "deploy/DeployInput.h"
#include "services/PublishPlan.h"
#include "storage/Database.h"

#include <memory>

namespace sts::deploy {

// Reads what the artifacts of one engagement are made from. Errors: those of the repositories, and
// deploy.no-mx when neither a policy nor a discovery names an MX host.
Result<DeployInput> loadDeployInput(const std::shared_ptr<const storage::Database> &db,
                                    qint64 engagementId, const ArtifactOptions &options);
// The same from facts already read (the runbook reads them once for all it shows).
Result<DeployInput> deployInputFrom(const services::PublishFacts &facts,
                                    const ArtifactOptions &options);

// Everything for one engagement: policy files (testing, enforce, remove), DNS exports in every
// format, nginx block or static bundle, certbot commands, deploy hooks, systemd units, alert
// script, MTA snippets.
Result<QList<Artifact>> buildEngagementArtifacts(std::shared_ptr<const storage::Database> db,
                                                 qint64 engagementId,
                                                 const ArtifactOptions &options);

} // namespace sts::deploy

#pragma once

#include "deploy/CertificateChallenge.h"
#include "storage/Database.h"

#include <memory>

namespace sts::storage {

// The certificate_challenges row of an engagement (migration 0022); read and written with the
// delivery settings (DeliverySettingsRepository), which own the transaction.
class CertificateChallengeRepository
{
public:
    explicit CertificateChallengeRepository(std::shared_ptr<const Database> database);

    // The defaults when nothing was saved. Errors: SQL.
    Result<deploy::ChallengeSettings> get(qint64 engagementId) const;
    Status put(qint64 engagementId, const deploy::ChallengeSettings &settings);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

#pragma once

#include "deploy/AlertAddresses.h"
#include "deploy/Artifacts.h"
#include "deploy/CertificateChallenge.h"
#include "engagement/Engagement.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>
#include <memory>
#include <optional>

namespace sts::storage {

// What the consultant typed about an engagement's delivery, as stored: validation, normalising
// and the event log are services::DeliverySettings'.
struct StoredDeliverySettings
{
    // TLS-RPT URIs as typed (not percent-encoded). Unset: as discovery found; empty: no
    // _smtp._tls record.
    std::optional<QStringList> rua;
    deploy::AlertAddresses alerts; // as typed; empty levels fall back (AlertAddresses::resolved)
    deploy::Mta mta = deploy::Mta::Postfix;
    Hosting hosting = Hosting::Nginx;     // engagements.hosting: one choice, wherever it is made
    deploy::ChallengeSettings challenges; // certificate_challenges (no TSIG secret, ever)
    QDateTime updatedAt;                  // invalid: never saved (the defaults above apply)

    // Equal in what was typed (updatedAt aside).
    bool sameValues(const StoredDeliverySettings &other) const;
};

class DeliverySettingsRepository
{
public:
    explicit DeliverySettingsRepository(std::shared_ptr<const Database> database);

    // The defaults when nothing was saved. Errors: engagement.not-found, SQL.
    Result<StoredDeliverySettings> get(qint64 engagementId) const;
    // Writes the row, the challenges and the engagement's hosting column; call inside a
    // transaction.
    Status put(qint64 engagementId, const StoredDeliverySettings &settings);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

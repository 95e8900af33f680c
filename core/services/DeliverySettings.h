#pragma once

#include "services/ServiceContext.h"
#include "storage/DeliverySettingsRepository.h"

namespace sts::services {

using StoredDeliverySettings = storage::StoredDeliverySettings;

// What the consultant types about an engagement's delivery (TLS-RPT addresses, the three expiry
// alert addresses, the MTA, the policy hosting), stored once and read by every face: the wizard's
// Records and Hosting pages, `engagement settings`, the artifacts, the records and the runbook.
class DeliverySettings
{
public:
    explicit DeliverySettings(ServiceContext context);

    // The field an error code of validate()/save() is about, so a page can show it by that field.
    static inline const QString kRuaError = QStringLiteral("settings.rua");
    static inline const QString kNoticeError = QStringLiteral("settings.alert-notice");
    static inline const QString kEscalationError = QStringLiteral("settings.alert-escalation");
    static inline const QString kCriticalError = QStringLiteral("settings.alert-critical");
    // The dns-rfc2136 settings: the server address, the TSIG key name, the rest (port,
    // algorithm, zone, propagation time).
    static inline const QString kRfc2136ServerError = QStringLiteral("settings.rfc2136-server");
    static inline const QString kTsigKeyError = QStringLiteral("settings.tsig-key");
    static inline const QString kRfc2136Error = QStringLiteral("settings.rfc2136");

    // local@domain: an RFC 5322 dot-atom local part and a host name DomainName accepts.
    static bool isMailAddress(const QString &address);
    // Trimmed, without empty or repeated URIs.
    static StoredDeliverySettings normalised(StoredDeliverySettings settings);
    // Every rua a mailto: or https: URI (RFC 8460 §3), every alert address a mail address
    // (or empty), and with a dns-rfc2136 challenge a server address and TSIG key name certbot's
    // plugin accepts; the first problem, with one of the codes above.
    static Status validate(const StoredDeliverySettings &settings);

    // The defaults when nothing was saved. Errors: engagement.not-found, SQL.
    Result<StoredDeliverySettings> load(qint64 engagementId) const;
    // Validates and stores `settings` and logs "settings.changed" with each changed value before
    // and after, in one transaction; nothing is written when nothing changed. Returns what is
    // stored now.
    Result<StoredDeliverySettings> save(qint64 engagementId, StoredDeliverySettings settings);

private:
    ServiceContext m_context;
};

} // namespace sts::services

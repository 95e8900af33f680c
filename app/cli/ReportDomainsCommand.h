#pragma once

#include "CliContext.h"
#include "services/ServiceContext.h"

// Reports for domains no engagement holds, and the extra report domains of engagements, through
// tlsrpt::ReportDomains: `stsdesk-cli reports unassigned` (also `report unassigned`) and
// `stsdesk-cli engagement add-domain|remove-domain ID DOMAIN`.
namespace sts::cli::reportdomains {

int listUnassigned(Context &ctx, const ServiceContext &services);
// "Also takes the reports for: …" under `engagement show`; nothing when there are none.
void printExtraDomains(Context &ctx, const ServiceContext &services, qint64 engagementId);
// `add`: assigns `domain` to the engagement; otherwise removes it again.
int change(Context &ctx, const ServiceContext &services, qint64 engagementId, const QString &domain,
           bool add);

} // namespace sts::cli::reportdomains

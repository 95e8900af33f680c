#pragma once

#include "CliContext.h"
#include "services/ServiceContext.h"

#include <QHash>

// Engagements assigned to consultants, through services::Assignments:
// `stsdesk-cli engagement assign ID CONSULTANT`, `engagement unassign ID` and the assignee column
// (and --mine) of `engagement list`.
namespace sts::cli::assignments {

int assign(Context &ctx, const ServiceContext &services, qint64 engagementId,
           const QString &consultant);
int unassign(Context &ctx, const ServiceContext &services, qint64 engagementId);
// "Assigned to: …" under `engagement show`; nothing when it is not assigned.
void printAssignee(Context &ctx, const ServiceContext &services, qint64 engagementId);

// What `engagement list` shows beside each engagement, and who "--mine" is.
struct Listing
{
    QHash<qint64, QString> assignees;
    QString me; // set only for --mine
};
Result<Listing> load(const ServiceContext &services, bool mine);

} // namespace sts::cli::assignments

#pragma once

#include "services/ServiceContext.h"

#include <QHash>
#include <QString>

namespace sts::services {

// Engagements assigned to consultants: one use case for the engagement list's "Assign to…", the
// portfolio's "mine" and `stsdesk-cli engagement assign|unassign|list --mine`. A consultant is
// named by their identity in the workspace: the database role on PostgreSQL (what the server
// names in the event log, see migration 0018), the login name on SQLite (the GUI's actor).
// Every change is logged (engagement.assigned / engagement.unassigned).
class Assignments
{
public:
    explicit Assignments(ServiceContext context);

    static inline const QString kInvalidConsultant = QStringLiteral("assign.consultant");
    static inline const QString kUnknownRole = QStringLiteral("assign.unknown-role");

    // Who is at this desk, as assignments name them: SELECT current_user on PostgreSQL, the login
    // name on SQLite.
    Result<QString> currentConsultant() const;
    // The assignee of every assigned engagement, in one query; unassigned ones are absent.
    Result<QHash<qint64, QString>> assignees() const;
    // "" when the engagement is not assigned.
    Result<QString> assigneeOf(qint64 engagementId) const;

    // Assigns (or reassigns) the engagement. On PostgreSQL the consultant must be a role of the
    // server (kUnknownRole otherwise). Assigning to the same consultant again changes nothing.
    Status assign(qint64 engagementId, const QString &consultant);
    Status assignToMe(qint64 engagementId);
    // Nothing happens (and nothing is logged) when the engagement is not assigned.
    Status unassign(qint64 engagementId);

private:
    Status checkConsultant(const QString &consultant) const;
    Status record(qint64 engagementId, const QString &kind, const QString &assignee,
                  const QString &previous);

    ServiceContext m_context;
};

} // namespace sts::services

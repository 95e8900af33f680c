#include "services/Assignments.h"

#include "engagement/EventKinds.h"
#include "storage/AssignmentRepository.h"
#include "storage/EngagementRepository.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::services {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::Assignments", text);
}

Assignments::Assignments(ServiceContext context) : m_context(std::move(context)) {}

Result<QString> Assignments::currentConsultant() const
{
    if (m_context.database->isPostgres())
        return storage::AssignmentRepository(m_context.database).currentRole();
    return actorName(Face::Gui); // the login: the same for the GUI and the CLI
}

Result<QHash<qint64, QString>> Assignments::assignees() const
{
    return storage::AssignmentRepository(m_context.database).all();
}

Result<QString> Assignments::assigneeOf(qint64 engagementId) const
{
    return storage::AssignmentRepository(m_context.database).assigneeOf(engagementId);
}

Status Assignments::checkConsultant(const QString &consultant) const
{
    // 63 bytes is PostgreSQL's limit for a role name; a login is shorter still.
    const bool printable = std::none_of(consultant.cbegin(), consultant.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
    if (consultant.isEmpty() || consultant.toUtf8().size() > 63 || !printable)
        return Error{kInvalidConsultant,
                     tr("Name the consultant by their login or database role (1 to 63 "
                        "characters, no control characters).")};
    if (!m_context.database->isPostgres())
        return Status::success();
    Result<bool> exists = storage::AssignmentRepository(m_context.database).roleExists(consultant);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error{kUnknownRole, tr("“%1” is not a role of this PostgreSQL server: on a team "
                                      "workspace a consultant is named by their database role.")
                                       .arg(consultant)};
    return Status::success();
}

Status Assignments::assign(qint64 engagementId, const QString &input)
{
    const QString consultant = input.trimmed();
    if (Status valid = checkConsultant(consultant); !valid)
        return valid;
    if (Result<Engagement> exists =
            storage::EngagementRepository(m_context.database).get(engagementId);
        !exists)
        return exists.error();
    storage::AssignmentRepository repository(m_context.database);
    Result<QString> previous = repository.assigneeOf(engagementId);
    if (!previous)
        return previous.error();
    if (*previous == consultant)
        return Status::success();
    return m_context.database->inTransaction([&]() -> Status {
        if (Status set = repository.set(engagementId, consultant, m_context.clock->now()); !set)
            return set;
        return record(engagementId, QString(events::kEngagementAssigned), consultant, *previous);
    });
}

Status Assignments::assignToMe(qint64 engagementId)
{
    Result<QString> me = currentConsultant();
    if (!me)
        return me.error();
    return assign(engagementId, *me);
}

Status Assignments::unassign(qint64 engagementId)
{
    storage::AssignmentRepository repository(m_context.database);
    Result<QString> previous = repository.assigneeOf(engagementId);
    if (!previous)
        return previous.error();
    if (previous->isEmpty())
        return Status::success();
    return m_context.database->inTransaction([&]() -> Status {
        if (Status cleared = repository.clear(engagementId); !cleared)
            return cleared;
        return record(engagementId, QString(events::kEngagementUnassigned), QString(), *previous);
    });
}

Status Assignments::record(qint64 engagementId, const QString &kind, const QString &assignee,
                           const QString &previous)
{
    storage::EngagementEvent event;
    event.engagementId = engagementId;
    event.at = m_context.clock->now();
    event.kind = kind;
    event.actor = m_context.actor; // on PostgreSQL the server writes its role instead
    if (!assignee.isEmpty())
        event.payload.insert(u"assignee"_s, assignee);
    if (!previous.isEmpty())
        event.payload.insert(u"previous"_s, previous);
    Result<qint64> appended = storage::EventLog(m_context.database).append(event);
    return appended ? Status::success() : Status(appended.error());
}

} // namespace sts::services

#include "AssignmentsCommand.h"

#include "services/Assignments.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli::assignments {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli::assignments", text); // lupdate: the namespace
}

static int printAssignee(Context &ctx, const services::Assignments &service, qint64 engagementId)
{
    Result<QString> now = service.assigneeOf(engagementId);
    if (!now)
        return ctx.failure(now.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"engagement"_s, engagementId},
                                  {u"assignee"_s, now->isEmpty() ? QJsonValue() : *now}});
        return ExitOk;
    }
    if (now->isEmpty())
        ctx.out() << tr("Engagement %1 is not assigned.").arg(engagementId) << '\n';
    else
        ctx.out() << tr("Engagement %1 is assigned to %2.").arg(engagementId).arg(printable(*now))
                  << '\n';
    ctx.out().flush();
    return ExitOk;
}

int assign(Context &ctx, const ServiceContext &services, qint64 engagementId,
           const QString &consultant)
{
    services::Assignments service(services);
    if (Status done = service.assign(engagementId, consultant); !done)
        return ctx.failure(done.error());
    return printAssignee(ctx, service, engagementId);
}

int unassign(Context &ctx, const ServiceContext &services, qint64 engagementId)
{
    services::Assignments service(services);
    if (Status done = service.unassign(engagementId); !done)
        return ctx.failure(done.error());
    return printAssignee(ctx, service, engagementId);
}

void printAssignee(Context &ctx, const ServiceContext &services, qint64 engagementId)
{
    const QString assignee = services::Assignments(services).assigneeOf(engagementId).valueOr({});
    if (assignee.isEmpty())
        return;
    ctx.out() << "  " << tr("Assigned to:") << ' ' << printable(assignee) << '\n';
    ctx.out().flush();
}

Result<Listing> load(const ServiceContext &services, bool mine)
{
    const services::Assignments service(services);
    Listing listing;
    Result<QHash<qint64, QString>> assignees = service.assignees();
    if (!assignees)
        return assignees.error();
    listing.assignees = *assignees;
    if (mine) {
        Result<QString> me = service.currentConsultant();
        if (!me)
            return me.error();
        listing.me = *me;
    }
    return listing;
}

} // namespace sts::cli::assignments

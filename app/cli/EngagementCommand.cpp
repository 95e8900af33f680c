// stsdesk-cli engagement create|list|show|archive|restore|rename|settings|add-domain|remove-domain|
// assign|unassign
#include "AssignmentsCommand.h"
#include "CliContext.h"
#include "EngagementSettingsCommand.h"
#include "ReportDomainsCommand.h"
#include "services/EngagementService.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

void printEngagement(Context &ctx, const Engagement &e)
{
    if (ctx.json()) {
        ctx.printJson(e.toJson());
        return;
    }
    QTextStream &out = ctx.out();
    out << tr("Engagement %1").arg(e.id) << (e.archived ? tr(" (archived)") : QString()) << '\n'
        << "  " << tr("Customer:") << ' ' << printable(e.customer) << '\n'
        << "  " << tr("Domain:") << ' ' << printable(e.domain.display)
        << (e.domain.display != e.domain.ace ? u" (%1)"_s.arg(e.domain.ace) : QString()) << '\n'
        << "  " << tr("Consultant:") << ' ' << printable(e.consultant) << '\n'
        << "  " << tr("Language:") << ' ' << e.language << '\n'
        << "  " << tr("Profile:") << ' ' << displayName(e.profile) << '\n'
        << "  " << tr("CA:") << ' ' << displayName(e.ca) << '\n'
        << "  " << tr("Hosting:") << ' ' << displayName(e.hosting) << '\n'
        << "  " << tr("Major senders:") << ' ' << printable(e.majorSenders.join(u", "_s)) << '\n'
        << "  " << tr("Created:") << ' ' << e.createdAt.toString(Qt::ISODate) << '\n';
    out.flush();
}

int create(Context &ctx, EngagementService &service, const QCommandLineParser &p)
{
    Engagement draft;
    draft.customer = p.value(u"customer"_s);
    draft.domain.ace = p.value(u"domain"_s);
    draft.consultant = p.value(u"consultant"_s);
    if (p.isSet(u"language"_s))
        draft.language = p.value(u"language"_s);
    if (p.isSet(u"profile"_s) && !fromKey(p.value(u"profile"_s), draft.profile))
        return ctx.usageError(tr("--profile takes “standard” or “bsi-tr-03108”."));
    if (p.isSet(u"ca"_s) && !fromKey(p.value(u"ca"_s), draft.ca))
        return ctx.usageError(tr("--ca takes “letsencrypt” or “commercial”."));
    if (p.isSet(u"hosting"_s) && !fromKey(p.value(u"hosting"_s), draft.hosting))
        return ctx.usageError(tr("--hosting takes one of: %1.").arg(hostingKeys().join(u", "_s)));
    if (p.isSet(u"senders"_s))
        draft.majorSenders = p.value(u"senders"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (draft.customer.isEmpty() || draft.domain.ace.isEmpty())
        return ctx.usageError(tr("create needs --customer and --domain."));
    Result<Engagement> created = service.create(draft);
    if (!created)
        return ctx.failure(created.error());
    printEngagement(ctx, *created);
    return ExitOk;
}

int list(Context &ctx, const ServiceContext &services, const QCommandLineParser &p)
{
    EngagementFilter filter;
    filter.includeArchived = p.isSet(u"all"_s);
    filter.search = p.value(u"search"_s);
    const bool mine = p.isSet(u"mine"_s);
    Result<QList<Engagement>> engagements = EngagementService(services).list(filter);
    if (!engagements)
        return ctx.failure(engagements.error());
    Result<assignments::Listing> assigned = assignments::load(services, mine);
    if (!assigned)
        return ctx.failure(assigned.error());
    if (mine)
        engagements->removeIf(
            [&](const Engagement &e) { return assigned->assignees.value(e.id) != assigned->me; });
    if (ctx.json()) {
        QJsonArray array;
        for (const Engagement &e : *engagements) {
            QJsonObject object = e.toJson();
            const QString assignee = assigned->assignees.value(e.id);
            object.insert(u"assignee"_s, assignee.isEmpty() ? QJsonValue() : assignee);
            array.append(object);
        }
        ctx.printJson(array);
        return ExitOk;
    }
    if (engagements->isEmpty())
        ctx.out() << (mine ? tr("No engagements assigned to %1.").arg(printable(assigned->me))
                           : tr("No engagements."))
                  << '\n';
    for (const Engagement &e : *engagements) {
        const QString assignee = assigned->assignees.value(e.id);
        ctx.out() << u"%1\t%2\t%3%4%5\n"_s.arg(e.id).arg(
            printable(e.domain.display), printable(e.customer),
            assignee.isEmpty() ? QString()
                               : u"\t"_s + tr("assigned to %1").arg(printable(assignee)),
            e.archived ? tr("\t(archived)") : QString());
    }
    ctx.out().flush();
    return ExitOk;
}

int runEngagement(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Create, list, show, rename, archive and restore engagements; "
                                   "show or set their delivery settings."));
    p.addPositionalArgument(u"action"_s,
                            tr("create | list | show ID | rename ID NAME | archive ID | "
                               "restore ID | settings ID | add-domain ID DOMAIN | "
                               "remove-domain ID DOMAIN | assign ID CONSULTANT | unassign ID"));
    p.addOptions({
        {u"customer"_s, tr("Customer name (create)."), u"name"_s},
        {u"domain"_s, tr("Customer mail domain, Unicode or A-label (create)."), u"domain"_s},
        {u"consultant"_s, tr("Consultant responsible (create)."), u"name"_s},
        {u"language"_s, tr("Language of the deliverables: de or en (create)."), u"lang"_s},
        {u"profile"_s, tr("standard or bsi-tr-03108 (create)."), u"profile"_s},
        {u"ca"_s, tr("letsencrypt or commercial (create)."), u"ca"_s},
        {u"hosting"_s,
         tr("Policy hosting: nginx, cloudflare-pages, cloudflare-worker, github-pages or external "
            "(the customer's "
            "Apache) (create, settings)."),
         u"hosting"_s},
        {u"senders"_s, tr("Comma-separated major senders (create)."), u"list"_s},
        {u"all"_s, tr("Include archived engagements (list).")},
        {u"search"_s, tr("Only engagements matching this text (list)."), u"text"_s},
        {u"mine"_s, tr("Only engagements assigned to me: my database role on PostgreSQL, my "
                       "login on SQLite (list).")},
    });
    p.addOptions(engagementSettingsOptions());
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.usageError(
            tr("Name an action: create, list, show, rename, archive, restore, settings, "
               "add-domain, remove-domain, assign or unassign."));
    const QString action = args.first();
    static const QStringList actions{
        u"create"_s,   u"list"_s,       u"show"_s,          u"rename"_s, u"archive"_s, u"restore"_s,
        u"settings"_s, u"add-domain"_s, u"remove-domain"_s, u"assign"_s, u"unassign"_s};
    if (!actions.contains(action))
        return ctx.usageError(tr("Unknown action “%1”.").arg(action));
    qint64 id = 0;
    const bool needsId = action != u"create"_s && action != u"list"_s;
    if (needsId && (args.size() < 2 || !parseEngagementId(args.at(1), id)))
        return ctx.usageError(tr("“%1” needs an engagement ID.").arg(action));
    if (action == u"rename"_s && args.size() < 3)
        return ctx.usageError(tr("rename needs the new customer name."));
    if (action == u"assign"_s && args.size() != 3)
        return ctx.usageError(tr("assign needs an engagement ID and a consultant."));
    const bool domainAction = action == u"add-domain"_s || action == u"remove-domain"_s;
    if (domainAction && args.size() != 3)
        return ctx.usageError(tr("“%1” needs an engagement ID and a domain.").arg(action));

    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    EngagementService service(*workspace);

    if (action == u"create"_s)
        return create(ctx, service, p);
    if (action == u"list"_s)
        return list(ctx, *workspace, p);
    if (action == u"assign"_s)
        return assignments::assign(ctx, *workspace, id, args.at(2));
    if (action == u"unassign"_s)
        return assignments::unassign(ctx, *workspace, id);
    if (action == u"settings"_s)
        return runEngagementSettings(ctx, *workspace, id, p);
    if (domainAction)
        return reportdomains::change(ctx, *workspace, id, args.at(2), action == u"add-domain"_s);
    Result<Engagement> result = action == u"show"_s      ? service.get(id)
                                : action == u"rename"_s  ? service.rename(id, args.at(2))
                                : action == u"archive"_s ? service.archive(id)
                                                         : service.restore(id);
    if (!result)
        return ctx.failure(result.error());
    printEngagement(ctx, *result);
    if (action == u"show"_s && !ctx.json()) {
        reportdomains::printExtraDomains(ctx, *workspace, id);
        assignments::printAssignee(ctx, *workspace, id);
    }
    return ExitOk;
}

const Registration registration{u"engagement"_s,
                                QT_TRANSLATE_NOOP("cli", "Create, list and manage engagements"),
                                &runEngagement};

} // namespace
} // namespace sts::cli

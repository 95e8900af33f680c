// stsdesk-cli reports unassigned: the reports of domains no engagement holds, per domain.
#include "ReportDomainsCommand.h"

#include "services/ReportDomains.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

namespace reportdomains {

// lupdate files the helpers below under sts::cli::reportdomains: their tr() says so too.
static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli::reportdomains", text);
}

static QJsonObject toJson(const tlsrpt::UnassignedDomain &d)
{
    return {{u"domain"_s, d.policyDomain},
            {u"reports"_s, d.reports},
            {u"days"_s, d.days},
            {u"firstDay"_s, d.firstDay.toString(Qt::ISODate)},
            {u"lastDay"_s, d.lastDay.toString(Qt::ISODate)},
            {u"organizations"_s, QJsonArray::fromStringList(d.organizations)},
            {u"successfulSessions"_s, d.successfulSessions},
            {u"failedSessions"_s, d.failedSessions}};
}

int listUnassigned(Context &ctx, const ServiceContext &services)
{
    Result<QList<tlsrpt::UnassignedDomain>> list = tlsrpt::ReportDomains(services).unassigned();
    if (!list)
        return ctx.failure(list.error());
    if (ctx.json()) {
        QJsonArray domains;
        for (const tlsrpt::UnassignedDomain &d : std::as_const(*list))
            domains << toJson(d);
        ctx.printJson(QJsonObject{{u"domains"_s, domains}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    if (list->isEmpty()) {
        out << tr("Every stored report belongs to an engagement.") << '\n';
        out.flush();
        return ExitOk;
    }
    out << tr("Reports for domains no engagement holds (counted in no engagement):") << '\n'
        << tr("DOMAIN\tREPORTS\tDAYS\tFIRST\tLAST\tORGANISATIONS") << '\n';
    for (const tlsrpt::UnassignedDomain &d : std::as_const(*list))
        out << u"%1\t%2\t%3\t%4\t%5\t%6\n"_s.arg(printable(d.policyDomain))
                   .arg(d.reports)
                   .arg(d.days)
                   .arg(d.firstDay.toString(Qt::ISODate), d.lastDay.toString(Qt::ISODate),
                        printable(d.organizations.join(u", "_s)));
    out << tr("Give a domain to an engagement with “stsdesk-cli engagement add-domain ID "
              "DOMAIN”.")
        << '\n';
    out.flush();
    return ExitOk;
}

int change(Context &ctx, const ServiceContext &services, qint64 engagementId, const QString &domain,
           bool add)
{
    tlsrpt::ReportDomains domains(services);
    Result<int> moved =
        add ? domains.assign(engagementId, domain) : domains.unassign(engagementId, domain);
    if (!moved)
        return ctx.failure(moved.error());
    if (ctx.json()) {
        QJsonArray extra;
        if (Result<QList<tlsrpt::ExtraReportDomain>> list = domains.extraDomains(engagementId))
            for (const tlsrpt::ExtraReportDomain &d : std::as_const(*list))
                extra << d.domainAce;
        ctx.printJson(QJsonObject{{u"engagement"_s, engagementId},
                                  {u"domain"_s, domain.trimmed()},
                                  {u"action"_s, add ? u"added"_s : u"removed"_s},
                                  {u"reports"_s, *moved},
                                  {u"reportDomains"_s, extra}});
        return ExitOk;
    }
    const QString shown = printable(domain.trimmed());
    ctx.out()
        << (add ? tr("Engagement %1 takes the reports for %2 now.").arg(engagementId).arg(shown)
                : tr("Engagement %1 no longer takes the reports for %2.")
                      .arg(engagementId)
                      .arg(shown))
        << ' '
        << (add ? QCoreApplication::translate("sts::cli", "%n stored report(s) moved to it.",
                                              nullptr, *moved)
                : QCoreApplication::translate("sts::cli", "%n stored report(s) left it.", nullptr,
                                              *moved))
        << '\n';
    ctx.out().flush();
    return ExitOk;
}

void printExtraDomains(Context &ctx, const ServiceContext &services, qint64 engagementId)
{
    Result<QList<tlsrpt::ExtraReportDomain>> list =
        tlsrpt::ReportDomains(services).extraDomains(engagementId);
    if (!list || list->isEmpty())
        return;
    QStringList domains;
    for (const tlsrpt::ExtraReportDomain &d : std::as_const(*list))
        domains << d.domainAce;
    ctx.out() << "  " << tr("Also takes the reports for:") << ' ' << domains.join(u", "_s) << '\n';
    ctx.out().flush();
}

} // namespace reportdomains

namespace {

int runReports(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Reports for domains no engagement holds: stored, counted in no engagement until you "
           "give the domain to one with “engagement add-domain”."));
    p.addPositionalArgument(u"action"_s, tr("unassigned"));
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args != QStringList{u"unassigned"_s})
        return ctx.usageError(tr("Name the action: unassigned."));
    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    return reportdomains::listUnassigned(ctx, *services);
}

const Registration registration{
    u"reports"_s, QT_TRANSLATE_NOOP("cli", "List reports for domains no engagement holds"),
    &runReports};

} // namespace
} // namespace sts::cli

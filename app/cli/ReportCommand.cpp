// stsdesk-cli report list|show|remove|quarantine|conflicts|keep: the stored TLS reports one by
// one, so that a bad report can be taken out again and a conflict settled.
#include "ReportCommand.h"

#include "ReportDomainsCommand.h"
#include "services/ReportCuration.h"
#include "services/ReportQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace report {

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
            (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QJsonObject toJson(const tlsrpt::StoredReportInfo &info)
{
    QJsonObject json{{u"id"_s, info.id},
                     {u"organization"_s, info.organization},
                     {u"sender"_s, info.sender},
                     {u"reportId"_s, info.reportId},
                     {u"day"_s, info.startAt.date().toString(Qt::ISODate)},
                     {u"start"_s, info.startAt.toString(Qt::ISODate)},
                     {u"end"_s, info.endAt.toString(Qt::ISODate)},
                     {u"origin"_s, info.origin},
                     {u"importedAt"_s, info.importedAt.toString(Qt::ISODate)},
                     {u"successfulSessions"_s, info.successfulSessions},
                     {u"failedSessions"_s, info.failedSessions},
                     {u"conflict"_s, info.conflict}};
    if (!info.raw.isEmpty()) {
        QJsonArray engagements;
        for (const qint64 id : info.engagements)
            engagements.append(id);
        json.insert(u"policyDomains"_s, QJsonArray::fromStringList(info.policyDomains));
        json.insert(u"engagements"_s, engagements);
        json.insert(u"warnings"_s, QJsonArray::fromStringList(info.warnings));
        json.insert(u"raw"_s, QString::fromUtf8(info.raw));
    }
    return json;
}

} // namespace report

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

bool parseRow(const QString &text, qint64 &row)
{
    return parseEngagementId(text, row); // the same rule: a positive number
}

int list(Context &ctx, const ServiceContext &services, const QCommandLineParser &p,
         qint64 engagement)
{
    tlsrpt::StoredReportFilter filter;
    filter.engagementId = engagement;
    filter.from = QDate::fromString(p.value(u"from"_s), Qt::ISODate);
    filter.to = QDate::fromString(p.value(u"to"_s), Qt::ISODate);
    if ((p.isSet(u"from"_s) && !filter.from.isValid()) ||
        (p.isSet(u"to"_s) && !filter.to.isValid()))
        return ctx.usageError(tr("--from and --to take a day as YYYY-MM-DD."));
    filter.sender = p.value(u"sender"_s);
    Result<QList<tlsrpt::StoredReportInfo>> reports =
        tlsrpt::ReportQueries(services).storedReports(filter);
    if (!reports)
        return ctx.failure(reports.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const tlsrpt::StoredReportInfo &info : *reports)
            array.append(report::toJson(info));
        ctx.printJson(array);
        return ExitOk;
    }
    if (reports->isEmpty())
        ctx.out() << tr("No stored reports.") << '\n';
    const QLocale locale;
    for (const tlsrpt::StoredReportInfo &info : *reports) {
        ctx.out() << u"%1\t%2\t%3\t%4\t"_s.arg(info.id).arg(
                         info.startAt.date().toString(Qt::ISODate), report::printable(info.sender),
                         report::printable(info.reportId))
                  << tr("%1 successful, %2 failed")
                         .arg(locale.toString(info.successfulSessions),
                              locale.toString(info.failedSessions))
                  << (info.conflict ? u"\t"_s + tr("(in conflict)") : QString()) << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

int show(Context &ctx, const ServiceContext &services, qint64 row)
{
    const tlsrpt::ReportQueries queries(services);
    Result<tlsrpt::StoredReportInfo> info = queries.storedReport(row);
    if (!info)
        return ctx.failure(info.error());
    std::optional<tlsrpt::ReportConflict> conflict;
    if (info->conflict) {
        Result<tlsrpt::ReportConflict> versions = queries.conflictOf(row);
        if (!versions)
            return ctx.failure(versions.error());
        conflict = *versions;
    }
    if (ctx.json()) {
        QJsonObject json = report::toJson(*info);
        if (conflict)
            json.insert(u"versions"_s, report::toJson(*conflict).value(u"versions"_s));
        ctx.printJson(json);
        return ExitOk;
    }
    const QLocale locale;
    QStringList engagements;
    for (const qint64 id : info->engagements)
        engagements << QString::number(id);
    QTextStream &out = ctx.out();
    out << tr("Report %1").arg(info->id) << '\n'
        << "  " << tr("Organisation:") << ' ' << report::printable(info->organization) << '\n'
        << "  " << tr("Report id:") << ' ' << report::printable(info->reportId) << '\n'
        << "  " << tr("Range:") << ' ' << info->startAt.toString(Qt::ISODate) << " – "
        << info->endAt.toString(Qt::ISODate) << '\n'
        << "  " << tr("Policy domains:") << ' '
        << report::printable(info->policyDomains.join(u", "_s)) << '\n'
        << "  " << tr("Engagements:") << ' ' << engagements.join(u", "_s) << '\n'
        << "  " << tr("Sessions:") << ' '
        << tr("%1 successful, %2 failed")
               .arg(locale.toString(info->successfulSessions),
                    locale.toString(info->failedSessions))
        << '\n'
        << "  " << tr("Origin:") << ' ' << report::printable(info->origin) << '\n'
        << "  " << tr("Imported:") << ' ' << info->importedAt.toString(Qt::ISODate) << '\n';
    for (const QString &warning : std::as_const(info->warnings))
        out << "  " << tr("Warning:") << ' ' << report::printable(warning) << '\n';
    if (conflict)
        report::printConflict(ctx, *conflict);
    out.flush();
    return ExitOk;
}

int takeOut(Context &ctx, const ServiceContext &services, qint64 row, const QString &reason,
            bool toQuarantine)
{
    tlsrpt::ReportCuration curation(services);
    const Status done =
        toQuarantine ? curation.sendToQuarantine(row, reason) : curation.remove(row, reason);
    if (!done)
        return ctx.failure(done.error());
    const QString message = toQuarantine ? tr("Report %1 was sent back to the quarantine.").arg(row)
                                         : tr("Report %1 was removed.").arg(row);
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"report"_s, row},
                                  {u"action"_s, toQuarantine ? u"quarantined"_s : u"removed"_s}});
    else
        ctx.out() << message << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runReport(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Stored TLS reports one by one: list them, show one, take one out again (removed, or "
           "back to the quarantine with its bytes) and settle conflicts (same sender and report "
           "id, other content) by keeping one version. Importing a report again brings it back."));
    p.addPositionalArgument(u"action"_s,
                            tr("list [ID] | show REPORT | remove REPORT | quarantine REPORT | "
                               "conflicts [ID] | keep VERSION | unassigned"));
    p.addOptions({
        {u"reason"_s, tr("Why (required for quarantine; recorded in the event log)."), u"text"_s},
        {u"from"_s, tr("First UTC day, YYYY-MM-DD (list)."), u"date"_s},
        {u"to"_s, tr("Last UTC day, YYYY-MM-DD (list)."), u"date"_s},
        {u"sender"_s, tr("Only this sender, e.g. Google (list)."), u"name"_s},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.usageError(
            tr("Name an action: list, show, remove, quarantine, conflicts, keep or unassigned."));
    const QString action = args.first();
    static const QStringList optionalId{u"list"_s, u"conflicts"_s, u"unassigned"_s};
    static const QStringList needsId{u"show"_s, u"remove"_s, u"quarantine"_s, u"keep"_s};
    if (!optionalId.contains(action) && !needsId.contains(action))
        return ctx.usageError(tr("Unknown action “%1”.").arg(action));
    qint64 id = 0;
    if (needsId.contains(action) && (args.size() != 2 || !parseRow(args.at(1), id)))
        return ctx.usageError(action == u"keep"_s ? tr("keep needs a version number.")
                                                  : tr("“%1” needs a report number.").arg(action));
    if (optionalId.contains(action) &&
        (args.size() > 2 || (args.size() == 2 && !parseEngagementId(args.at(1), id))))
        return ctx.usageError(tr("“%1” takes at most an engagement ID.").arg(action));
    const QString reason = p.value(u"reason"_s);
    if (action == u"quarantine"_s && reason.trimmed().isEmpty())
        return ctx.usageError(tr("quarantine needs --reason."));

    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    if (action == u"unassigned"_s)
        return reportdomains::listUnassigned(ctx, *services);
    if (action == u"list"_s)
        return list(ctx, *services, p, id);
    if (action == u"show"_s)
        return show(ctx, *services, id);
    if (action == u"conflicts"_s)
        return report::listConflicts(ctx, *services, id);
    if (action == u"keep"_s)
        return report::keepVersion(ctx, *services, id, reason);
    return takeOut(ctx, *services, id, reason, action == u"quarantine"_s);
}

const Registration registration{
    u"report"_s,
    QT_TRANSLATE_NOOP("cli", "List stored reports, take one out again, settle conflicts"),
    &runReport};

} // namespace
} // namespace sts::cli

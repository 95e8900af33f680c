// stsdesk-cli report conflicts [ID] and report keep VERSION: reports whose organisation and
// report-id arrived with different contents, and the consultant's choice between them.
#include "ReportCommand.h"
#include "services/ReportCuration.h"
#include "services/ReportQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli::report {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli::report", text); // lupdate: this namespace
}

static QString resolutionText(const QString &resolution)
{
    if (resolution == u"kept"_s)
        return tr("(kept before)");
    if (resolution == u"discarded"_s)
        return tr("(discarded before)");
    return {};
}

QJsonObject toJson(const tlsrpt::ReportConflict &conflict)
{
    QJsonArray versions;
    for (const tlsrpt::ReportVersion &v : conflict.versions)
        versions.append(
            QJsonObject{{u"version"_s, v.id},
                        {u"contentSha256"_s, QString::fromLatin1(v.contentSha256)},
                        {u"start"_s, v.startAt.toString(Qt::ISODate)},
                        {u"end"_s, v.endAt.toString(Qt::ISODate)},
                        {u"policyDomains"_s, QJsonArray::fromStringList(v.policyDomains)},
                        {u"successfulSessions"_s, v.successfulSessions},
                        {u"failedSessions"_s, v.failedSessions},
                        {u"origin"_s, v.origin},
                        {u"importedAt"_s, v.importedAt.toString(Qt::ISODate)},
                        {u"resolution"_s, v.resolution},
                        {u"raw"_s, QString::fromUtf8(v.raw)}});
    QJsonArray engagements;
    for (const qint64 id : conflict.engagements)
        engagements.append(id);
    return {{u"report"_s, conflict.reportRow}, {u"organization"_s, conflict.organization},
            {u"sender"_s, conflict.sender},    {u"reportId"_s, conflict.reportId},
            {u"engagements"_s, engagements},   {u"versions"_s, versions}};
}

void printConflict(Context &ctx, const tlsrpt::ReportConflict &conflict)
{
    const QLocale locale;
    QTextStream &out = ctx.out();
    out << QCoreApplication::translate(
               "sts::cli", "Report %1 is in conflict: %2, report id %3, %n version(s):", nullptr,
               int(conflict.versions.size()))
               .arg(conflict.reportRow)
               .arg(printable(conflict.organization), printable(conflict.reportId))
        << '\n';
    for (const tlsrpt::ReportVersion &v : conflict.versions) {
        out << "  " << tr("version %1").arg(v.id) << '\t' << v.startAt.toString(Qt::ISODate) << '\t'
            << tr("%1 successful, %2 failed")
                   .arg(locale.toString(v.successfulSessions), locale.toString(v.failedSessions))
            << '\t' << printable(v.policyDomains.join(u", "_s)) << '\t'
            << tr("imported %1 from %2")
                   .arg(v.importedAt.toString(Qt::ISODate), printable(v.origin));
        if (const QString decided = resolutionText(v.resolution); !decided.isEmpty())
            out << '\t' << decided;
        out << '\n';
    }
}

int listConflicts(Context &ctx, const ServiceContext &services, qint64 engagement)
{
    Result<QList<tlsrpt::ReportConflict>> conflicts =
        tlsrpt::ReportQueries(services).conflicts(engagement);
    if (!conflicts)
        return ctx.failure(conflicts.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const tlsrpt::ReportConflict &conflict : *conflicts)
            array.append(toJson(conflict));
        ctx.printJson(array);
        return ExitOk;
    }
    if (conflicts->isEmpty())
        ctx.out() << tr("No reports in conflict.") << '\n';
    for (const tlsrpt::ReportConflict &conflict : *conflicts)
        printConflict(ctx, conflict);
    if (!conflicts->isEmpty())
        ctx.out() << tr("Keep one version with “stsdesk-cli report keep VERSION”; until then none "
                        "of them is counted.")
                  << '\n';
    ctx.out().flush();
    return ExitOk;
}

int keepVersion(Context &ctx, const ServiceContext &services, qint64 version, const QString &reason)
{
    Result<tlsrpt::ReportVersion> kept = tlsrpt::ReportQueries(services).version(version);
    if (!kept)
        return ctx.failure(kept.error());
    const Status done = tlsrpt::ReportCuration(services).keepVersion(version, reason);
    if (!done)
        return ctx.failure(done.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"report"_s, kept->reportRow}, {u"kept"_s, version}});
    else
        ctx.out() << tr("Report %1 now counts with version %2; the other versions are discarded.")
                         .arg(kept->reportRow)
                         .arg(version)
                  << '\n';
    ctx.out().flush();
    return ExitOk;
}

} // namespace sts::cli::report

// stsdesk-cli import PATH… [--engagement ID] [--json]: TLS-RPT reports from files, archives, mails,
// mailboxes and folders into the workspace. stsdesk-cli import --retry-quarantine: the
// quarantined inputs read again (after a parser update); those that now import leave it.
#include "CliContext.h"
#include "services/ReportImport.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

static int runImport(sts::cli::Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Import TLS-RPT reports (.json, .json.gz, .zip, .eml, mbox, Maildir, folders)."));
    const QCommandLineOption engagement(
        u"engagement"_s, tr("Engagement the reports are expected for (counted in the summary)."),
        u"id"_s);
    const QCommandLineOption batch(u"batch-size"_s,
                                   tr("Files parsed and committed together (default 8192)."),
                                   u"n"_s, u"8192"_s);
    const QCommandLineOption retry(
        u"retry-quarantine"_s,
        tr("Read the quarantined inputs again; those that now import leave the quarantine."));
    p.addOption(engagement);
    p.addOption(batch);
    p.addOption(retry);
    p.addPositionalArgument(u"path"_s, tr("Files or folders to import."), u"PATH…"_s);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    if (p.positionalArguments().isEmpty() && !p.isSet(retry))
        return ctx.usageError(tr("Name at least one file or folder to import."));
    if (!p.positionalArguments().isEmpty() && p.isSet(retry))
        return ctx.usageError(tr("--retry-quarantine takes no files or folders."));

    sts::tlsrpt::ImportOptions options;
    if (p.isSet(engagement)) {
        bool ok = false;
        options.engagementId = p.value(engagement).toLongLong(&ok);
        if (!ok || options.engagementId <= 0)
            return ctx.usageError(tr("“%1” is not an engagement id.").arg(p.value(engagement)));
    }
    bool batchOk = false;
    options.filesPerBatch = p.value(batch).toInt(&batchOk);
    if (!batchOk || options.filesPerBatch <= 0)
        return ctx.usageError(tr("“%1” is not a batch size.").arg(p.value(batch)));

    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    sts::tlsrpt::ReportImport reports(*services, options);
    auto summary =
        p.isSet(retry) ? reports.retryQuarantine() : reports.importPaths(p.positionalArguments());
    if (!summary)
        return ctx.failure(summary.error());

    if (ctx.json()) {
        ctx.printJson(summary->toJson());
        return sts::cli::ExitOk;
    }
    ctx.out() << tr("Files: %1").arg(summary->files) << '\n'
              << tr("Imported: %1").arg(summary->imported) << '\n'
              << tr("Duplicates: %1").arg(summary->duplicates) << '\n'
              << tr("Conflicts (same sender and report id, other content; not counted until you "
                    "keep one with “stsdesk-cli report conflicts”): %1")
                     .arg(summary->conflicts)
              << '\n'
              << tr("For domains no engagement holds: %1").arg(summary->unassigned) << '\n';
    if (summary->unassigned > 0)
        ctx.out() << tr("  Stored, but counted in no engagement: list them with “stsdesk-cli "
                        "reports unassigned” and give a domain to an engagement with "
                        "“stsdesk-cli engagement add-domain ID DOMAIN”.")
                  << '\n';
    if (options.engagementId > 0)
        ctx.out()
            << tr("For engagement %1: %2").arg(options.engagementId).arg(summary->forEngagement)
            << '\n';
    if (summary->mailsWithoutReport > 0)
        ctx.out() << tr("Mails without a report (skipped): %1").arg(summary->mailsWithoutReport)
                  << '\n';
    ctx.out() << tr("Time: %1 s").arg(QLocale().toString(summary->elapsedMs / 1000.0, 'f', 1))
              << '\n';
    ctx.out() << tr("Quarantined: %1").arg(summary->quarantined) << '\n';
    for (const sts::tlsrpt::QuarantinedInput &q : summary->quarantine)
        ctx.out() << u"  "_s << printable(q.origin) << u": "_s << printable(q.reason) << '\n';
    ctx.out().flush();
    return sts::cli::ExitOk;
}

} // namespace sts::cli

static const sts::cli::Registration reg{
    u"import"_s, QT_TRANSLATE_NOOP("cli", "Import TLS-RPT reports from files, mails and folders"),
    &sts::cli::runImport};

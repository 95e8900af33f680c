// stsdesk-cli bundle ID --out FILE.zip | bundle verify FILE: the handover bundle and its check.
#include "CliContext.h"
#include "runbook/HandoverExport.h"
#include "services/EngagementService.h"
#include "services/HandoverBundle.h"
#include "services/PolicyVersions.h"
#include "util/OutputFile.h"
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

int runVerify(Context &ctx, const QString &path)
{
    Result<bundle::BundleVerification> checked = bundle::verifyBundle(path);
    if (!checked)
        return ctx.failure(checked.error());
    if (ctx.json()) {
        QJsonObject result = checked->toJson();
        result.insert(u"file"_s, path);
        ctx.printJson(result);
    } else {
        QTextStream &o = ctx.out();
        // Entry names come from the zip, which anyone may have made.
        for (const QString &file : checked->missing)
            o << tr("missing: %1").arg(printable(file)) << '\n';
        for (const QString &file : checked->altered)
            o << tr("altered: %1").arg(printable(file)) << '\n';
        for (const QString &file : checked->extra)
            o << tr("not in the manifest: %1").arg(printable(file)) << '\n';
        if (checked->ok())
            o << tr("%1: all %2 files match the manifest.")
                     .arg(printable(path))
                     .arg(checked->checkedFiles)
              << '\n';
        else
            o << tr("%1: the bundle does NOT match its manifest.").arg(printable(path)) << '\n';
        o.flush();
    }
    return checked->ok() ? ExitOk : ExitFailure;
}

int runBundle(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Write the engagement's handover bundle (runbook PDF, policy files, DNS exports, hosting "
        "and renewal artifacts, CSRs, engagement export, MANIFEST.json and SHA256SUMS) as a zip, "
        "or check a bundle against its manifest with “bundle verify FILE” (exit code 1 when "
        "files are missing, altered or added)."));
    p.addPositionalArgument(u"id"_s, tr("Engagement ID, or “verify” followed by the zip file."));
    const QCommandLineOption out(u"out"_s, tr("The zip file to write."), u"file"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  tr("Language of the runbook: de or en (default: the "
                                     "engagement's language)."),
                                  u"language"_s);
    const QCommandLineOption keys(
        u"include-private-keys"_s,
        tr("Also put the engagement's private keys into the bundle (the zip is created 0600)."));
    p.addOptions({out, lang, keys});
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() == 2 && args.first() == u"verify"_s)
        return runVerify(ctx, args.at(1));
    qint64 id = 0;
    if (args.size() != 1 || !parseEngagementId(args.first(), id))
        return ctx.usageError(tr("Use “bundle ID --out FILE.zip” or “bundle verify FILE”."));
    if (!p.isSet(out))
        return ctx.usageError(tr("Give --out FILE.zip."));
    if (p.isSet(lang) && !Engagement::supportedLanguages().contains(p.value(lang)))
        return ctx.usageError(tr("--lang must be de or en."));

    // Before the runbook is rendered, not after.
    if (Status target = checkOutputTarget(p.value(out)); !target)
        return ctx.failure(target.error());

    auto services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    const std::shared_ptr<storage::Database> db = services->database;
    auto engagement = EngagementService(*services).get(id);
    if (!engagement)
        return ctx.failure(engagement.error());
    // The bundle's files are deployed: they name a version STS Desk has saved.
    if (auto current = PolicyVersions(*services).ensureCurrent(id); !current)
        return ctx.failure(current.error());
    runbook::RunbookOptions options;
    options.language = p.isSet(lang) ? p.value(lang) : engagement->language;
    Result<QStringList> files =
        render::exportHandoverBundle(db, id, p.value(out), options, p.isSet(keys));
    if (!files)
        return ctx.failure(files.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"file"_s, p.value(out)},
                                  {u"privateKeysIncluded"_s, p.isSet(keys)},
                                  {u"files"_s, QJsonArray::fromStringList(*files)}});
    } else {
        ctx.out() << tr("Wrote %1 (%2 files).").arg(printable(p.value(out))).arg(files->size())
                  << '\n';
        if (p.isSet(keys))
            ctx.out() << tr("The bundle contains private keys: hand it over only on a secure "
                            "channel.")
                      << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"bundle"_s, QT_TRANSLATE_NOOP("cli", "Write or verify an engagement's handover bundle"),
    &sts::cli::runBundle, sts::cli::Gui::Needed}; // the runbook PDF paints pages and charts

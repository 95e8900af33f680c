// stsdesk-cli runbook ID --out FILE.pdf: the engagement's PDF runbook, headless.
#include "CliContext.h"
#include "runbook/RunbookWriter.h"
#include "services/EngagementService.h"
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

int runRunbook(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write the engagement's runbook as a PDF."));
    p.addPositionalArgument(u"id"_s, tr("Engagement ID."));
    const QCommandLineOption out(u"out"_s, tr("The PDF file to write."), u"file"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  tr("Language of the runbook: de or en (default: the "
                                     "engagement's language)."),
                                  u"language"_s);
    const QCommandLineOption consultant(u"consultant"_s,
                                        tr("Consultant named on the cover (default: the "
                                           "engagement's consultant)."),
                                        u"name"_s);
    const QCommandLineOption bsi(u"bsi"_s, tr("Include the BSI TR-03108 checklist."));
    p.addOptions({out, lang, consultant, bsi});
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    qint64 id = 0;
    if (p.positionalArguments().size() != 1 ||
        !parseEngagementId(p.positionalArguments().first(), id))
        return ctx.usageError(tr("Give one positive engagement ID."));
    if (!p.isSet(out))
        return ctx.usageError(tr("Give --out FILE.pdf."));
    if (p.isSet(lang) && !Engagement::supportedLanguages().contains(p.value(lang)))
        return ctx.usageError(tr("--lang must be de or en."));

    // Before the minutes of rendering, not after.
    if (Status target = checkOutputTarget(p.value(out)); !target)
        return ctx.failure(target.error());

    auto db = ctx.openWorkspace();
    if (!db)
        return ctx.failure(db.error());
    runbook::RunbookOptions options;
    options.consultant = p.value(consultant);
    options.bsiChecklist = p.isSet(bsi);
    if (p.isSet(lang)) {
        options.language = p.value(lang);
    } else {
        auto engagement = EngagementService(*db, Clock::system(), actorName()).get(id);
        if (!engagement)
            return ctx.failure(engagement.error());
        options.language = engagement->language;
    }
    Result<render::RunbookRendering> rendering =
        render::renderRunbook(*db, id, options, render::RunbookTargets{});
    if (!rendering)
        return ctx.failure(rendering.error());

    if (Status saved = writeFileAtomically(p.value(out), rendering->pdf); !saved)
        return ctx.failure(saved.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"file"_s, p.value(out)},
                                  {u"pages"_s, rendering->pageCount},
                                  {u"language"_s, options.language},
                                  {u"omitted"_s, QJsonArray::fromStringList(rendering->omitted)}});
    } else {
        ctx.out()
            << tr("Wrote %1 (%2 pages).").arg(printable(p.value(out))).arg(rendering->pageCount)
            << '\n';
        for (const QString &omitted : rendering->omitted)
            ctx.out() << tr("Left out: %1").arg(printable(omitted)) << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

const Registration registration{u"runbook"_s,
                                QT_TRANSLATE_NOOP("cli", "Write the engagement's PDF runbook"),
                                &runRunbook, Gui::Needed};

} // namespace
} // namespace sts::cli

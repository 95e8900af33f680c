// stsdesk-cli findings [ID] [--state …] and stsdesk-cli findings ack FINDING_ID: what the
// monitoring found, and acknowledging it (services::Findings).
#include "CliContext.h"
#include "FindingsPrinter.h"
#include "services/EngagementService.h"
#include "services/FindingText.h"
#include "services/Findings.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

} // namespace

void printFindingLine(QTextStream &out, const Finding &f, const QString &mark)
{
    out << "  #" << f.id << ' ' << services::severityText(f.severity) << ' '
        << (mark.isEmpty() ? services::stateText(f.state) : mark) << ' ' << f.kind;
    if (!f.subject.isEmpty())
        out << ' ' << printable(f.subject);
    out << "  " << tr("since %1").arg(QLocale().toString(f.firstSeen.toUTC(), QLocale::ShortFormat))
        << " UTC\n";
    out << "      " << printable(services::findingText(f)) << '\n';
}

namespace {

int acknowledge(Context &ctx, const QStringList &args)
{
    qint64 id = 0;
    if (args.size() != 2 || !parseEngagementId(args.at(1), id))
        return ctx.usageError(tr("Use “findings ack FINDING_ID”."));
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    Result<Finding> acked = Findings(*workspace).acknowledge(id);
    if (!acked)
        return ctx.failure(acked.error());
    if (ctx.json()) {
        ctx.printJson(findingJson(*acked));
    } else {
        ctx.out() << tr("Finding %1 acknowledged.").arg(id) << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

int runFindings(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("List the findings of the monitoring (all engagements or one), or acknowledge one "
           "with “findings ack FINDING_ID”."));
    p.addPositionalArgument(u"id"_s, tr("Engagement ID, or “ack FINDING_ID”."), u"[ID]"_s);
    p.addOption({u"state"_s,
                 tr("open, acknowledged, resolved, unresolved (open and acknowledged, the "
                    "default) or all."),
                 u"state"_s, u"unresolved"_s});
    int exitCode = ExitOk;
    if (!ctx.parse(p, exitCode))
        return exitCode;
    const QStringList args = p.positionalArguments();
    if (args.value(0) == u"ack"_s)
        return acknowledge(ctx, args);
    std::optional<qint64> engagement;
    if (!args.isEmpty()) {
        qint64 id = 0;
        if (args.size() != 1 || !parseEngagementId(args.first(), id))
            return ctx.usageError(tr("Use “findings [ID] [--state STATE]”."));
        engagement = id;
    }
    const QString stateName = p.value(u"state"_s);
    std::optional<Finding::State> state;
    Finding::State parsed = Finding::State::Open;
    if (storage::fromKey(stateName, parsed))
        state = parsed;
    else if (stateName != u"unresolved"_s && stateName != u"all"_s)
        return ctx.usageError(tr("--state takes open, acknowledged, resolved, unresolved or all."));

    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    if (engagement)
        if (Result<Engagement> known = EngagementService(*workspace).get(*engagement); !known)
            return ctx.failure(known.error());
    Result<QList<Finding>> all = Findings(*workspace).list(engagement, state);
    if (!all)
        return ctx.failure(all.error());
    QList<Finding> shown;
    for (const Finding &f : std::as_const(*all))
        if (stateName != u"unresolved"_s || f.state != Finding::State::Resolved)
            shown.append(f);

    if (ctx.json()) {
        QJsonArray array;
        for (const Finding &f : std::as_const(shown))
            array.append(findingJson(f));
        ctx.printJson(array);
        return ExitOk;
    }
    Result<QList<Engagement>> engagements =
        EngagementService(*workspace).list(EngagementFilter{{}, true, false});
    QHash<qint64, QString> titles;
    if (engagements)
        for (const Engagement &e : std::as_const(*engagements))
            titles.insert(e.id, e.title());
    QTextStream &out = ctx.out();
    if (shown.isEmpty())
        out << tr("No findings.") << '\n';
    qint64 lastEngagement = -1;
    for (const Finding &f : std::as_const(shown)) {
        if (f.engagementId != lastEngagement) {
            out << printable(titles.value(f.engagementId)) << " [#" << f.engagementId << "]\n";
            lastEngagement = f.engagementId;
        }
        printFindingLine(out, f, {});
    }
    out.flush();
    return ExitOk;
}

const Registration registration{u"findings"_s,
                                QT_TRANSLATE_NOOP("cli", "List or acknowledge monitoring findings"),
                                &runFindings};

} // namespace
} // namespace sts::cli

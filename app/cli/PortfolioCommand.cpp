// stsdesk-cli portfolio [--json] [--attention] [--mine] [--sort COLUMN] [--archived]: every
// engagement at a glance, the same rows as the home of the main window.
#include "CliContext.h"
#include "services/Portfolio.h"
#include "services/PortfolioAttention.h"
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

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("sts::cli", text, disambiguation, n);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 1) + u" %"_s : u"–"_s;
}

// The major sender silent longest (the one to worry about), with its last report.
QString reportsCell(const PortfolioRow &row, const QDate &today)
{
    const PortfolioSender *stalest = row.silentLongest();
    if (!stalest)
        return u"–"_s;
    if (!stalest->lastReport.isValid())
        return tr("%1 never").arg(stalest->name);
    return tr("%1 %2 d ago").arg(stalest->name).arg(stalest->lastReport.daysTo(today));
}

QStringList cells(const PortfolioRow &row, const QDate &today)
{
    QString readiness = u"–"_s;
    if (row.phase == RolloutPhase::Testing)
        readiness = row.ready ? tr("ready") : tr("blocked: %1").arg(row.blockedReason);
    if (readiness.size() > 48)
        readiness = readiness.left(47) + u"…"_s;
    QStringList drift;
    for (const QString &kind : row.driftFlags)
        drift << PortfolioAttention::flagLabel(kind);
    const QString findings = PortfolioAttention::findingCounts(row);
    return {QString::number(row.engagementId),
            row.customer,
            row.domain,
            displayName(row.phase),
            row.phase == RolloutPhase::Testing ? QString::number(row.testingDay) : u"–"_s,
            row.phase == RolloutPhase::Testing ? QString::number(row.cleanStreak) : u"–"_s,
            readiness,
            reportsCell(row, today),
            percent(row.recentFailureRate()) + u" / "_s + percent(row.baselineFailureRate()),
            row.certificateNotAfter.isValid()
                ? tr("%1 d %2").arg(row.certificateDaysLeft).arg(row.certificateHost)
                : u"–"_s,
            drift.isEmpty() ? u"–"_s : drift.join(u", "_s),
            findings.isEmpty() ? u"–"_s : findings,
            row.needsAttention() ? u"!"_s : QString()};
}

void printTable(Context &ctx, const PortfolioSnapshot &snapshot, const QList<PortfolioRow> &rows)
{
    const QDate today = snapshot.now.toUTC().date();
    QList<QStringList> table{{tr("ID"), tr("Customer"), tr("Domain"), tr("Phase"), tr("Day"),
                              tr("Streak"), tr("Readiness"), tr("Reports"),
                              tr("Failures 7 d / 28 d"), tr("Certificate"), tr("Drift"),
                              tr("Findings"), QString()}};
    for (const PortfolioRow &row : rows)
        table << cells(row, today);
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], printable(line[i]).size());
    QTextStream &out = ctx.out();
    for (qsizetype r = 0; r < table.size(); ++r) {
        QString line;
        for (qsizetype i = 0; i < table[r].size(); ++i)
            line += printable(table[r][i]).leftJustified(widths[i] + 2);
        out << line.trimmed() << '\n';
        if (r == 0)
            continue;
        for (const AttentionReason &reason : rows[r - 1].attention)
            out << "    ! " << printable(reason.text) << '\n';
    }
    out << tr("%n engagement(s).", nullptr, int(rows.size())) << ' '
        << (snapshot.lastMonitorRun.isValid()
                ? tr("Monitoring last ran %1 UTC.")
                      .arg(
                          QLocale().toString(snapshot.lastMonitorRun.toUTC(), QLocale::ShortFormat))
                : tr("Monitoring has not run yet."))
        << '\n';
    out.flush();
}

int runPortfolio(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Every engagement at a glance: phase, readiness, reports, failure rate, certificates, "
           "drift and open findings."));
    p.addOptions({
        {u"attention"_s, tr("Only the engagements that need attention.")},
        {u"mine"_s, tr("Only the engagements assigned to me.")},
        {u"archived"_s, tr("Include archived engagements.")},
        {u"sort"_s, tr("Sort by COLUMN: %1.").arg(Portfolio::sortKeys().join(u", "_s)), u"column"_s,
         u"customer"_s},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(tr("portfolio takes no arguments."));
    const QString sortKey = p.value(u"sort"_s);
    if (!Portfolio::sortKeys().contains(sortKey))
        return ctx.usageError(tr("Unknown column “%1”; sort by one of: %2.")
                                  .arg(sortKey, Portfolio::sortKeys().join(u", "_s)));
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    PortfolioOptions options;
    options.includeArchived = p.isSet(u"archived"_s);
    Result<PortfolioSnapshot> snapshot = Portfolio(*workspace).load(options);
    if (!snapshot)
        return ctx.failure(snapshot.error());
    PortfolioFilter filter;
    filter.attentionOnly = p.isSet(u"attention"_s);
    filter.mineOnly = p.isSet(u"mine"_s);
    filter.me = snapshot->me; // the database role on PostgreSQL, the login on SQLite
    QList<PortfolioRow> rows;
    for (const PortfolioRow &row : std::as_const(snapshot->rows))
        if (filter.accepts(row))
            rows << row;
    if (Status sorted = Portfolio::sort(rows, sortKey); !sorted)
        return ctx.failure(sorted.error());
    if (ctx.json()) {
        PortfolioSnapshot shown = *snapshot;
        shown.rows = rows;
        ctx.printJson(shown.toJson());
        return ExitOk;
    }
    printTable(ctx, *snapshot, rows);
    return ExitOk;
}

const Registration reg{
    u"portfolio"_s, QT_TRANSLATE_NOOP("cli", "Every engagement at a glance (--attention, --mine)"),
    &runPortfolio};

} // namespace
} // namespace sts::cli

#include "services/WeeklySummary.h"

#include "services/ReportQueries.h"
#include "storage/EngagementRepository.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

static constexpr int kWeeks = 8;
static constexpr int kTop = 5;

static QList<WeeklyTop> top(const QHash<QString, qint64> &counts)
{
    QList<WeeklyTop> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const WeeklyTop &a, const WeeklyTop &b) {
        return a.failed != b.failed ? a.failed > b.failed : a.name < b.name;
    });
    return out.mid(0, kTop);
}

Result<WeeklySummary> loadWeeklySummary(const ServiceContext &ctx, qint64 engagementId,
                                        const QDate &today)
{
    Result<Engagement> engagement = storage::EngagementRepository(ctx.database).get(engagementId);
    if (!engagement)
        return engagement.error();
    const tlsrpt::ReportsOverview overview = tlsrpt::ReportQueries(ctx).overview(engagementId);
    if (!overview.error.isEmpty())
        return Error{u"notify.reports"_s, overview.error};

    WeeklySummary s;
    s.engagementId = engagementId;
    s.customer = engagement->customer;
    s.domain = engagement->domain.display;
    s.language = engagement->language;
    s.to = today.addDays(-1);
    s.from = today.addDays(-7);
    for (int w = kWeeks - 1; w >= 0; --w)
        s.weeks.append({s.from.addDays(-7 * w), 0, 0});
    const QDate first = s.weeks.first().weekStart;
    for (const tlsrpt::DailySummary &d : overview.days) {
        if (d.day < first || d.day > s.to)
            continue;
        WeeklyRate &week = s.weeks[int(first.daysTo(d.day) / 7)];
        week.sessions += d.successfulSessions + d.failedSessions;
        week.failed += d.failedSessions;
    }
    QHash<QString, qint64> byCategory, bySender, byMx;
    for (const tlsrpt::FailureBreakdown &f : overview.failures) {
        if (f.day < s.from || f.day > s.to)
            continue;
        byCategory[f.resultType] += f.failedSessions;
        bySender[f.sender] += f.failedSessions;
        if (!f.receivingMx.isEmpty())
            byMx[f.receivingMx] += f.failedSessions;
    }
    s.byCategory = top(byCategory);
    s.bySender = top(bySender);
    s.byMx = top(byMx);
    return s;
}

} // namespace sts

#include "services/DayObservations.h"

#include "storage/Aggregator.h"
#include "util/Saturating.h"

#include <QHash>

namespace sts {

Result<QList<DayObservation>>
loadDayObservations(const std::shared_ptr<const storage::Database> &db, qint64 engagementId,
                    const QDate &from, const QDate &to)
{
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    filter.from = from;
    filter.to = to;
    tlsrpt::Aggregator aggregator(db);
    Result<QList<tlsrpt::DailySummary>> summaries = aggregator.dailySummaries(filter);
    if (!summaries)
        return summaries.error();
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    if (!failures)
        return failures.error();
    // One observation per day and sender, summed over policy types (a hash, not a map: the
    // timeline reads years of reports and the order does not matter to the rules).
    QHash<QPair<QDate, QString>, qsizetype> index;
    QList<DayObservation> result;
    result.reserve(summaries->size());
    auto slot = [&](const QDate &day, const QString &sender) -> DayObservation & {
        auto it = index.constFind({day, sender});
        if (it != index.cend())
            return result[*it];
        index.insert({day, sender}, result.size());
        result.append(DayObservation{day, sender, 0, 0, {}});
        return result.last();
    };
    for (const tlsrpt::DailySummary &summary : *summaries) {
        DayObservation &o = slot(summary.day, summary.sender);
        addCount(o.successfulSessions, summary.successfulSessions);
        addCount(o.failedSessions, summary.failedSessions);
    }
    for (const tlsrpt::FailureBreakdown &failure : *failures)
        addCount(slot(failure.day, failure.sender).failuresByResultType[failure.resultType],
                 failure.failedSessions);
    return result;
}

} // namespace sts

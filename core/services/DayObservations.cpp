#include "services/DayObservations.h"

#include "mtasts/ReportedPolicy.h"
#include "storage/Aggregator.h"
#include "storage/PolicyRepository.h"
#include "util/Saturating.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sts {

namespace {

// Which policy an `sts` result names, against the versions published (live on some day).
class PolicyJudge
{
public:
    explicit PolicyJudge(QList<storage::StoredPolicyVersion> versions)
    {
        for (storage::StoredPolicyVersion &version : versions) {
            if (version.publishedAt.isValid())
                m_published << std::move(version);
        }
    }

    PolicySeen judge(const tlsrpt::AppliedPolicySummary &row)
    {
        if (row.policyType != u"sts"_s)
            return PolicySeen::None; // no-policy-found, tlsa or a type of the sender's own
        QList<const mtasts::Policy *> live;
        for (const storage::StoredPolicyVersion &version : std::as_const(m_published)) {
            if (liveOn(version, row.day))
                live << &version.version.policy;
        }
        // Where nothing can be compared the result counts as it did before versions were kept:
        // a sender that does not say which policy it applied, or a day no stored version was
        // live (a rollout recorded before publishing was; RolloutService::requireLive now
        // guarantees a live version for every testing day).
        if (row.policyStrings.isEmpty() || live.isEmpty())
            return PolicySeen::Live;
        const std::optional<mtasts::Policy> &reported = parsed(row.policyStrings);
        if (!reported)
            return PolicySeen::Other;
        for (const mtasts::Policy *policy : std::as_const(live)) {
            if (mtasts::samePolicyApplied(*reported, *policy))
                return PolicySeen::Live;
        }
        return PolicySeen::Other;
    }

private:
    // Live at some time of the UTC `day`: on the day one version replaces another, a sender may
    // rightly have applied either.
    static bool liveOn(const storage::StoredPolicyVersion &version, const QDate &day)
    {
        return version.publishedAt.toUTC().date() <= day &&
               (!version.supersededAt.isValid() || version.supersededAt.toUTC().date() >= day);
    }

    // Years of reports repeat the same few policy strings: each is parsed once.
    const std::optional<mtasts::Policy> &parsed(const QStringList &lines)
    {
        const QString key = lines.join(QLatin1Char('\n'));
        auto it = m_parsed.find(key);
        if (it == m_parsed.end())
            it = m_parsed.insert(key, mtasts::policyFromReportLines(lines));
        return *it;
    }

    QList<storage::StoredPolicyVersion> m_published;
    QHash<QString, std::optional<mtasts::Policy>> m_parsed;
};

} // namespace

Result<QList<DayObservation>>
loadDayObservations(const std::shared_ptr<const storage::Database> &db, qint64 engagementId,
                    const QDate &from, const QDate &to)
{
    tlsrpt::AggregateFilter filter;
    filter.engagementId = engagementId;
    filter.from = from;
    filter.to = to;
    tlsrpt::Aggregator aggregator(db);
    Result<QList<tlsrpt::AppliedPolicySummary>> summaries = aggregator.appliedPolicies(filter);
    if (!summaries)
        return summaries.error();
    Result<QList<tlsrpt::FailureBreakdown>> failures = aggregator.failureBreakdown(filter);
    if (!failures)
        return failures.error();
    Result<QList<storage::StoredPolicyVersion>> versions =
        storage::PolicyRepository(db).forEngagement(engagementId);
    if (!versions)
        return versions.error();
    return buildDayObservations(*summaries, *failures, *versions);
}

QList<DayObservation> buildDayObservations(const QList<tlsrpt::AppliedPolicySummary> &summaries,
                                           const QList<tlsrpt::FailureBreakdown> &failures,
                                           const QList<storage::StoredPolicyVersion> &versions)
{
    PolicyJudge judge(versions);
    // One observation per day and sender, summed over policy types (a hash, not a map: the
    // timeline reads years of reports and the order does not matter to the rules). What it saw
    // is the best of its policies: one result for the live policy is evidence.
    QHash<QPair<QDate, QString>, qsizetype> index;
    QList<DayObservation> result;
    result.reserve(summaries.size());
    auto slot = [&](const QDate &day, const QString &sender) -> DayObservation & {
        auto it = index.constFind({day, sender});
        if (it != index.cend())
            return result[*it];
        index.insert({day, sender}, result.size());
        result.append(DayObservation{day, sender, 0, 0, {}, PolicySeen::None});
        return result.last();
    };
    for (const tlsrpt::AppliedPolicySummary &summary : summaries) {
        DayObservation &o = slot(summary.day, summary.sender);
        addCount(o.successfulSessions, summary.successfulSessions);
        addCount(o.failedSessions, summary.failedSessions);
        o.policySeen = std::min(o.policySeen, judge.judge(summary)); // Live < Other < None
    }
    for (const tlsrpt::FailureBreakdown &failure : failures)
        addCount(slot(failure.day, failure.sender).failuresByResultType[failure.resultType],
                 failure.failedSessions);
    return result;
}

} // namespace sts

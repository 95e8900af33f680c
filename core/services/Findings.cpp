#include "services/Findings.h"

#include "services/FindingText.h"
#include "util/IsoTime.h"

using namespace Qt::StringLiterals;

namespace sts {

Findings::Findings(ServiceContext context) : m_context(std::move(context)) {}

Result<QList<storage::Finding>> Findings::list(std::optional<qint64> engagementId,
                                               std::optional<storage::Finding::State> state) const
{
    return storage::FindingRepository(m_context.database).list(engagementId, state);
}

Result<QList<storage::Finding>> Findings::unresolved(qint64 engagementId) const
{
    Result<QList<storage::Finding>> all = list(engagementId, std::nullopt);
    if (!all)
        return all.error();
    QList<storage::Finding> open;
    for (const storage::Finding &f : std::as_const(*all))
        if (f.state != storage::Finding::State::Resolved)
            open.append(f);
    return open;
}

Result<storage::Finding> Findings::acknowledge(qint64 findingId)
{
    return storage::FindingRepository(m_context.database)
        .acknowledge(findingId, m_context.clock->now(), m_context.actor);
}

Result<QHash<qint64, FindingCounts>> Findings::countsPerEngagement() const
{
    return storage::FindingRepository(m_context.database).countsPerEngagement();
}

Result<std::optional<storage::MonitorRun>> Findings::lastRun() const
{
    return storage::MonitorRuns(m_context.database).latest();
}

static QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(toIsoUtc(at)) : QJsonValue();
}

QJsonObject findingJson(const storage::Finding &f)
{
    return {{u"id"_s, f.id},
            {u"engagementId"_s, f.engagementId},
            {u"kind"_s, f.kind},
            {u"subject"_s, f.subject},
            {u"severity"_s, toKey(f.severity)},
            {u"state"_s, toKey(f.state)},
            {u"details"_s, f.details},
            {u"firstSeen"_s, timeOrNull(f.firstSeen)},
            {u"lastSeen"_s, timeOrNull(f.lastSeen)},
            {u"acknowledgedAt"_s, timeOrNull(f.acknowledgedAt)},
            {u"acknowledgedBy"_s, f.acknowledgedBy},
            {u"resolvedAt"_s, timeOrNull(f.resolvedAt)},
            {u"notifiedAt"_s, timeOrNull(f.notifiedAt)},
            {u"text"_s, services::findingText(f)}};
}

} // namespace sts

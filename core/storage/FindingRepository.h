#pragma once

#include "storage/Database.h"
#include "storage/Finding.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>
#include <memory>
#include <optional>

class QSqlQuery;

namespace sts::storage {

// Open findings of one engagement by severity, for the portfolio's "open findings" column.
struct FindingCounts
{
    int open = 0;         // state open
    int acknowledged = 0; // state acknowledged
    int critical = 0;     // unresolved and critical
    int warning = 0;      // unresolved and warning
    int info = 0;         // unresolved and info
};

// What a run saw: the stored finding and whether this run opened it (false: it was already
// unresolved and only its last_seen moved, so it must not be alerted again).
struct UpsertedFinding
{
    Finding finding;
    bool opened = false;
};

// The findings table (migration 0017). Every write runs in one transaction with its event
// ("finding.opened", "finding.acknowledged", "finding.resolved") in the event log, by `actor`.
class FindingRepository
{
public:
    explicit FindingRepository(std::shared_ptr<const Database> database);

    // The condition (engagementId, kind, subject) of `observed` seen at `at`: opens a finding, or
    // when an unresolved one exists updates its last_seen, severity and details.
    Result<UpsertedFinding> upsert(const Finding &observed, const QDateTime &at,
                                   const QString &actor);
    // open → acknowledged. Errors: finding.unknown, finding.resolved (nothing to acknowledge).
    Result<Finding> acknowledge(qint64 findingId, const QDateTime &at, const QString &actor);
    // Resolves the engagement's unresolved findings of `kinds` (the kinds a check covered this
    // run) whose "kind|subject" is not in `seen`. Returns the findings it resolved.
    Result<QList<Finding>> resolveUnseen(qint64 engagementId, const QStringList &kinds,
                                         const QSet<QString> &seen, const QDateTime &at,
                                         const QString &actor);
    // "kind|subject", the key resolveUnseen() compares.
    static QString conditionKey(const QString &kind, const QString &subject);

    Result<Finding> get(qint64 findingId) const;
    // Newest first; no engagement: all engagements; no state: every state.
    Result<QList<Finding>> list(std::optional<qint64> engagementId,
                                std::optional<Finding::State> state) const;
    // Every open and acknowledged finding of `engagementId` (none: of every engagement), oldest
    // first per engagement.
    Result<QList<Finding>> listUnresolved(std::optional<qint64> engagementId = std::nullopt) const;
    // Unresolved findings only, in one query; engagements without any are absent.
    Result<QHash<qint64, FindingCounts>> countsPerEngagement() const;

private:
    // Runs the prepared `query` (selecting kColumns) and reads every row.
    static Result<QList<Finding>> readAll(QSqlQuery &query);
    // The finding the condition `where` (with `values` bound) selects, if any.
    Result<std::optional<Finding>> one(const QString &where, const QVariantList &values) const;
    Result<std::optional<Finding>> unresolved(qint64 engagementId, const QString &kind,
                                              const QString &subject) const;
    Status logEvent(const Finding &finding, QLatin1StringView kind, const QDateTime &at,
                    const QString &actor) const;

    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage

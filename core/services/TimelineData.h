#pragma once

#include "engagement/RolloutPhase.h"
#include "engagement/RolloutRules.h"
#include "storage/Database.h"
#include "util/Result.h"
#include "util/TextLanguage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace sts {

// A stretch of days the engagement spent in one phase; `last` is inclusive.
struct PhaseBand
{
    RolloutPhase phase = RolloutPhase::Discovery;
    QDate first;
    QDate last;
    QString policyId;
};

struct TimelineEvent
{
    enum class Kind {
        PhaseChange,
        PolicyPublished,
        PolicyIdChanged,
        CertificateExpiry,
        FindingOpened,  // the monitoring found something (finding.opened in the log)
        FindingResolved // its check passed again (finding.resolved)
    };
    Kind kind = Kind::PhaseChange;
    QDate day;
    QString label;  // short, shown next to the marker (in the language asked for)
    QString detail; // tooltip
};

// Everything the timeline shows, computed once off the widgets so that the view, the runbook's
// picture and the benchmark share it.
struct TimelineData
{
    QDate first; // first day shown
    QDate last;  // last day shown (today or the latest event, whichever is later)
    QDate today;
    QDate earliestEnforce; // while in testing: the first day the rules can say ready
    QList<PhaseBand> bands;
    QList<DayVerdict> days; // one per day from `first` to the day before `today`
    QList<TimelineEvent> events;

    qsizetype dayCount() const { return first.isValid() ? first.daysTo(last) + 1 : 0; }
    const DayVerdict *verdict(const QDate &day) const;
};

// Reads events, policy versions, probes and report aggregates of one engagement. Labels in
// `language` (the runbook's may differ from the program's).
Result<TimelineData> buildTimelineData(const std::shared_ptr<const storage::Database> &db,
                                       qint64 engagementId, const QDate &today,
                                       TextLanguage language = TextLanguage::Translated);

} // namespace sts

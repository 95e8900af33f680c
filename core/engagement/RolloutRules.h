#pragma once

#include "util/TextLanguage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sts {

// Which MTA-STS policy a sender's reports say it applied on a day (RFC 8460 §4.4).
enum class PolicySeen {
    Live,  // an `sts` result for the version live that day (or one that cannot be told apart)
    Other, // `sts` results, but only for another policy than the one live that day
    None,  // no `sts` result: `no-policy-found` or `tlsa` results only
};

// What the reports of one sender say about one UTC day of this engagement's domain.
struct DayObservation
{
    QDate day;
    QString sender; // normalised organisation name ("Google")
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    QMap<QString, qint64> failuresByResultType; // may be empty when only the summary is known
    PolicySeen policySeen = PolicySeen::Live;
};

// A failure the consultant has judged to be the sender's own (e.g. STARTTLS stripped inside the
// sender's network). It no longer blocks readiness; who and why are kept.
struct Acknowledgement
{
    QDate day;
    QString sender;
    QString resultType; // empty: every failure of that sender on that day
    QString who;
    QString why;
    QDateTime at;
};

// A major sender the consultant has found does not send mail to this customer (their word,
// recorded with the reason): it no longer blocks readiness.
struct SenderExclusion
{
    QString sender;
    QString who;
    QString why;
    QDateTime at;
};

enum class DayState { Clean, Failing, Unknown };

struct DayVerdict
{
    QDate day;
    DayState state = DayState::Unknown;
    QStringList missingSenders; // major senders without a report for the day
    // Major senders that reported, but not for the live policy: no evidence either.
    QStringList sendersWithoutPolicy;       // saw no MTA-STS policy (no-policy-found, tlsa only)
    QStringList sendersWithOtherPolicy;     // applied another (older, different) policy
    QMap<QString, qint64> failuresBySender; // unacknowledged failed sessions
    QMap<QString, qint64> acknowledgedBySender;
};

struct Readiness
{
    bool ready = false;
    QDate readySince; // first day of the current ready stretch (valid when ready)
    int daysInTesting = 0;
    int cleanStreak = 0;         // consecutive clean days ending with the last complete day
    bool flagged = false;        // 30 days in testing without readiness
    QStringList blockingReasons; // in the language asked for, most important first
};

// The product's rollout rules (spec notes, "Rollout rules"):
// - a UTC day is clean when every major sender not excluded sent a report covering it for the
//   policy live that day and no report covering it shows unacknowledged failed sessions (whatever
//   the policy); failing when any does; unknown otherwise (a report without the live policy is no
//   evidence, like a missing one);
// - ready for enforce after at least 14 days in testing with the last 7 complete days clean;
// - flagged at 30 days in testing without readiness, with the reasons.
class RolloutRules
{
public:
    static constexpr int kMinimumTestingDays = 14;
    static constexpr int kCleanDaysNeeded = 7;
    static constexpr int kFlagAfterDays = 30;

    static QList<DayVerdict> classify(const QList<DayObservation> &observations,
                                      const QStringList &majorSenders,
                                      const QList<Acknowledgement> &acknowledgements,
                                      const QList<SenderExclusion> &exclusions, const QDate &from,
                                      const QDate &to);

    // `testingSince` is when the testing policy was published; `now` decides which days are
    // complete (today is not). The blocking reasons are phrased in `language`.
    static Readiness evaluate(const QList<DayObservation> &observations,
                              const QStringList &majorSenders,
                              const QList<Acknowledgement> &acknowledgements,
                              const QList<SenderExclusion> &exclusions,
                              const QDateTime &testingSince, const QDateTime &now,
                              TextLanguage language = TextLanguage::Translated);
};

} // namespace sts

#include "engagement/RolloutRules.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts {

// A count goes third, as in QObject::tr(): lupdate marks a message as a plural only when the call
// passes the count third (and a message without a count passes only the language second).
static QString tr(const char *text, const char *disambiguation, int n, TextLanguage language)
{
    return language.translate("sts::RolloutRules", text, disambiguation, n);
}

static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts::RolloutRules", text);
}

static bool sameSender(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Failed sessions of one observation that no acknowledgement covers. Failure details need not sum
// to the summary (RFC 8460 counts are not exclusive), so acknowledged types are subtracted from the
// summary's total and what cannot be attributed stays blocking.
static qint64 unacknowledged(const DayObservation &observation,
                             const QList<Acknowledgement> &acknowledgements)
{
    qint64 acknowledged = 0;
    for (const Acknowledgement &ack : acknowledgements) {
        if (ack.day != observation.day || !sameSender(ack.sender, observation.sender))
            continue;
        if (ack.resultType.isEmpty())
            return 0;
        acknowledged += observation.failuresByResultType.value(ack.resultType, 0);
    }
    return std::max<qint64>(0, observation.failedSessions - acknowledged);
}

// What a sender's observations of one day say about the live policy: the best of them (a report
// for the live policy is evidence even when another of the same day is not).
static PolicySeen bestSeen(const QList<const DayObservation *> &seen, const QString &sender,
                           bool &reported)
{
    PolicySeen best = PolicySeen::None;
    reported = false;
    for (const DayObservation *observation : seen) {
        if (!sameSender(observation->sender, sender))
            continue;
        reported = true;
        if (observation->policySeen == PolicySeen::Live)
            return PolicySeen::Live;
        if (observation->policySeen == PolicySeen::Other)
            best = PolicySeen::Other;
    }
    return best;
}

QList<DayVerdict> RolloutRules::classify(const QList<DayObservation> &observations,
                                         const QStringList &majorSenders,
                                         const QList<Acknowledgement> &acknowledgements,
                                         const QList<SenderExclusion> &exclusions,
                                         const QDate &from, const QDate &to)
{
    QList<DayVerdict> verdicts;
    if (!from.isValid() || !to.isValid() || from > to)
        return verdicts;
    QStringList inScope;
    for (const QString &major : majorSenders) {
        if (std::none_of(exclusions.begin(), exclusions.end(),
                         [&](const SenderExclusion &e) { return sameSender(e.sender, major); }))
            inScope << major;
    }
    QMap<QDate, QList<const DayObservation *>> byDay;
    for (const DayObservation &observation : observations) {
        if (observation.day >= from && observation.day <= to)
            byDay[observation.day].append(&observation);
    }
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DayVerdict verdict;
        verdict.day = day;
        const QList<const DayObservation *> seen = byDay.value(day);
        // Failures count whatever policy the sender applied: they are what its mail met.
        for (const DayObservation *observation : seen) {
            const qint64 open = unacknowledged(*observation, acknowledgements);
            if (open > 0)
                verdict.failuresBySender[observation->sender] += open;
            if (observation->failedSessions > open)
                verdict.acknowledgedBySender[observation->sender] +=
                    observation->failedSessions - open;
        }
        for (const QString &major : std::as_const(inScope)) {
            bool reported = false;
            const PolicySeen policy = bestSeen(seen, major, reported);
            if (!reported)
                verdict.missingSenders << major;
            else if (policy == PolicySeen::None)
                verdict.sendersWithoutPolicy << major;
            else if (policy == PolicySeen::Other)
                verdict.sendersWithOtherPolicy << major;
        }
        const bool evidence = verdict.missingSenders.isEmpty() &&
                              verdict.sendersWithoutPolicy.isEmpty() &&
                              verdict.sendersWithOtherPolicy.isEmpty();
        verdict.state = !verdict.failuresBySender.isEmpty() ? DayState::Failing
                        : !evidence                         ? DayState::Unknown
                                                            : DayState::Clean;
        verdicts << verdict;
    }
    return verdicts;
}

// Per sender, the days of `window` on which its reports were no evidence for the live policy (no
// policy seen, another policy applied), in the senders' order of appearance.
struct PolicyDays
{
    QString sender;
    int withoutPolicy = 0;
    int otherPolicy = 0;
};

static QList<PolicyDays> policyDays(const QList<DayVerdict> &window)
{
    QList<PolicyDays> result;
    auto entry = [&result](const QString &sender) -> PolicyDays & {
        for (PolicyDays &days : result) {
            if (days.sender == sender)
                return days;
        }
        result.append(PolicyDays{sender, 0, 0});
        return result.last();
    };
    for (const DayVerdict &verdict : window) {
        for (const QString &sender : verdict.sendersWithoutPolicy)
            ++entry(sender).withoutPolicy;
        for (const QString &sender : verdict.sendersWithOtherPolicy)
            ++entry(sender).otherPolicy;
    }
    return result;
}

Readiness RolloutRules::evaluate(const QList<DayObservation> &observations,
                                 const QStringList &majorSenders,
                                 const QList<Acknowledgement> &acknowledgements,
                                 const QList<SenderExclusion> &exclusions,
                                 const QDateTime &testingSince, const QDateTime &now,
                                 TextLanguage language)
{
    Readiness readiness;
    if (!testingSince.isValid()) {
        readiness.blockingReasons << tr("No testing policy has been published yet.", language);
        return readiness;
    }
    const QDate start = testingSince.toUTC().date();
    const QDate today = now.toUTC().date();
    const QDate lastComplete = today.addDays(-1); // today's reports are not in yet
    readiness.daysInTesting = int(std::max<qint64>(0, start.daysTo(today)));

    const QList<DayVerdict> verdicts =
        classify(observations, majorSenders, acknowledgements, exclusions, start, lastComplete);
    QMap<QDate, DayState> state;
    for (const DayVerdict &verdict : verdicts)
        state.insert(verdict.day, verdict.state);
    for (auto it = verdicts.crbegin(); it != verdicts.crend() && it->state == DayState::Clean; ++it)
        ++readiness.cleanStreak;

    // Ready "on" a day T: 14 days of testing before T, and the 7 days before T all clean.
    auto readyOn = [&](const QDate &t) {
        if (start.daysTo(t) < kMinimumTestingDays)
            return false;
        for (int back = 1; back <= kCleanDaysNeeded; ++back) {
            if (state.value(t.addDays(-back), DayState::Unknown) != DayState::Clean)
                return false;
        }
        return true;
    };
    readiness.ready = readyOn(today);
    if (readiness.ready) {
        QDate since = today;
        while (readyOn(since.addDays(-1)))
            since = since.addDays(-1);
        readiness.readySince = since;
        return readiness;
    }

    const QLocale locale;
    if (readiness.daysInTesting >= kFlagAfterDays) {
        readiness.flagged = true;
        readiness.blockingReasons << tr(
            "In testing for %n day(s) without becoming ready (the limit is 30).", nullptr,
            readiness.daysInTesting, language);
    }
    if (readiness.daysInTesting < kMinimumTestingDays)
        readiness.blockingReasons
            << tr("In testing for %n of at least 14 day(s); enforce is possible from %1 at the "
                  "earliest.",
                  nullptr, readiness.daysInTesting, language)
                   .arg(locale.toString(start.addDays(kMinimumTestingDays), QLocale::ShortFormat));
    QList<DayVerdict> window; // the last 7 complete days
    for (auto it = verdicts.crbegin(); it != verdicts.crend(); ++it) {
        if (it->day < today.addDays(-kCleanDaysNeeded))
            break;
        window.prepend(*it);
        const QString day = locale.toString(it->day, QLocale::ShortFormat);
        if (it->state == DayState::Failing) {
            QStringList senders;
            for (auto failure = it->failuresBySender.cbegin();
                 failure != it->failuresBySender.cend(); ++failure)
                senders << u"%1 (%2)"_s.arg(failure.key()).arg(failure.value());
            readiness.blockingReasons << tr("%1: failed sessions reported by %2.", language)
                                             .arg(day, senders.join(u", "_s));
        } else if (!it->missingSenders.isEmpty()) {
            readiness.blockingReasons << tr("%1: no report from %2.", language)
                                             .arg(day, it->missingSenders.join(u", "_s));
        }
    }
    // "Google saw no MTA-STS policy on 3 of the last 7 days" (the tr() calls stay in this member
    // function: lupdate files them under its class, the context they are looked up in).
    for (const PolicyDays &days : policyDays(window)) {
        if (days.withoutPolicy > 0)
            readiness.blockingReasons
                << tr("%1 saw no MTA-STS policy on %n of the last 7 day(s) (reports with "
                      "“no-policy-found” or only TLSA results).",
                      nullptr, days.withoutPolicy, language)
                       .arg(days.sender);
        if (days.otherPolicy > 0)
            readiness.blockingReasons
                << tr("%1 applied another MTA-STS policy than the live one on %n of the last "
                      "7 day(s).",
                      nullptr, days.otherPolicy, language)
                       .arg(days.sender);
    }
    return readiness;
}

} // namespace sts
